using Azure;

namespace PartyBot.Core.Storage;

/// <summary>
/// A turn's hold on an inbound activity id (<see cref="ProcessedActivityStore.TryBeginAsync"/>): its lease is renewed
/// in the background until the turn completes or abandons it, so a redelivery meanwhile sees a live owner.
/// </summary>
public sealed class ActivityClaim : IAsyncDisposable
{
    private readonly ProcessedActivityStore store;
    private readonly string partition;
    private readonly string row;
    private readonly CancellationTokenSource stopRenewing = new();
    private readonly Task renewing;
    private ETag etag;

    internal ActivityClaim(ProcessedActivityStore store, string partition, string row, ETag etag)
    {
        this.store = store;
        this.partition = partition;
        this.row = row;
        this.etag = etag;
        renewing = RenewUntilStoppedAsync();
    }

    /// <summary>The turn is done: a redelivery from now on changes nothing.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await StopRenewingAsync();
        await store.CompleteAsync(partition, row, cancellationToken);
    }

    /// <summary>The turn failed: the channel's retry is handled.</summary>
    public async Task AbandonAsync(CancellationToken cancellationToken)
    {
        await StopRenewingAsync();
        await store.AbandonAsync(partition, row, etag, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopRenewingAsync();
        stopRenewing.Dispose();
    }

    private async Task StopRenewingAsync()
    {
        if (!stopRenewing.IsCancellationRequested)
        {
            await stopRenewing.CancelAsync();
        }
        await renewing;
    }

    private async Task RenewUntilStoppedAsync()
    {
        var token = stopRenewing.Token;
        try
        {
            while (true)
            {
                await Task.Delay(store.RenewEvery, store.Time, token);
                // A renewal that fails (storage briefly away) is tried again next time; the lease is three periods long.
                try
                {
                    if (await store.RenewAsync(partition, row, etag, token) is not { } renewed)
                    {
                        return; // Taken over or gone: no longer this turn's.
                    }
                    etag = renewed;
                }
                catch (Exception ex) when (StorageFailures.IsStorageFailure(ex) && !token.IsCancellationRequested)
                {
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }
}
