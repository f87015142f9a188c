using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Storage;

/// <summary>
/// Remembers inbound activity ids so a redelivered activity is handled once. A turn first claims the id
/// ("processing", signed by its <see cref="HostInstance"/>, the lease renewed while the turn runs), then marks it
/// done; a turn that fails gives the claim back so the channel's retry is handled. A redelivery finds the claim and
/// takes it over as soon as its owner is known to have ended (a crashed process on this machine, or a lease not renewed
/// within <see cref="StorageOptions.ProcessedActivityLease"/>); while the owner runs, the redelivery is refused.
/// </summary>
public sealed class ProcessedActivityStore(TableStore store, TimeProvider time, IOptions<StorageOptions> options, HostInstance instance)
{
    private const string Processing = "processing";
    private const string Done = "done";

    private TableClient Table => store.Table(TableNames.ProcessedActivities);

    /// <summary>The claim of this turn (complete or abandon it), or null when the activity is done or being handled by a live owner.</summary>
    public async Task<ActivityClaim?> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(conversationId, activityId);
        // Two rounds: a row seen on the add can be gone on the read (purged, or abandoned by another turn).
        for (var round = 0; round < 2; round++)
        {
            try
            {
                var added = await Table.AddEntityAsync(NewClaim(partition, row), cancellationToken);
                return new ActivityClaim(this, partition, row, added.Headers.ETag ?? ETag.All);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                var (found, claim) = await TryTakeOverEndedClaimAsync(partition, row, cancellationToken);
                if (found)
                {
                    return claim;
                }
            }
        }
        return null;
    }

    /// <summary>Forgets ids older than the retention period; returns how many were removed.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.ProcessedActivityRetention;
        var filter = TableClient.CreateQueryFilter($"ClaimedAt lt {cutoff}");
        var removed = 0;
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await Table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
            removed++;
        }
        return removed;
    }

    internal TimeProvider Time => time;

    internal TimeSpan RenewEvery => options.Value.ProcessedActivityLease / 3;

    internal async Task CompleteAsync(string partition, string row, CancellationToken cancellationToken) =>
        await Table.UpdateEntityAsync(new TableEntity(partition, row) { ["State"] = Done }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    internal async Task AbandonAsync(string partition, string row, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(partition, row, etag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone, or taken over by a redelivery since: the claim is no longer this turn's to give back.
        }
    }

    /// <summary>The new ETag, or null when the claim is no longer this turn's (taken over or gone).</summary>
    internal async Task<ETag?> RenewAsync(string partition, string row, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            var entity = new TableEntity(partition, row) { ["RenewedAt"] = time.GetUtcNow() };
            return (await Table.UpdateEntityAsync(entity, etag, TableUpdateMode.Merge, cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>Not found: the row vanished meanwhile. Found with a claim: taken over; without: someone else's live or finished claim.</summary>
    private async Task<(bool Found, ActivityClaim? Claim)> TryTakeOverEndedClaimAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return (false, null);
        }
        var existing = response.Value!;
        if (existing.GetString("State") == Done || !OwnerHasEnded(existing))
        {
            return (true, null);
        }
        try
        {
            var replaced = await Table.UpdateEntityAsync(NewClaim(partition, row), existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return (true, new ActivityClaim(this, partition, row, replaced.Headers.ETag ?? ETag.All));
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return (true, null);
        }
    }

    private bool OwnerHasEnded(TableEntity claim)
    {
        var renewedAt = claim.GetDateTimeOffset("RenewedAt") ?? claim.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue;
        if (time.GetUtcNow() - renewedAt >= options.Value.ProcessedActivityLease)
        {
            return true;
        }
        var owner = new HostInstance(
            claim.GetString("Owner") ?? "",
            claim.GetString("OwnerMachine") ?? "",
            claim.GetInt32("OwnerProcessId") ?? 0,
            claim.GetDateTimeOffset("OwnerStartedAt") ?? DateTimeOffset.MinValue);
        return owner.Id.Length > 0 && instance.KnowsEnded(owner);
    }

    private TableEntity NewClaim(string partition, string row)
    {
        var now = time.GetUtcNow();
        return new TableEntity(partition, row)
        {
            ["State"] = Processing,
            ["ClaimedAt"] = now,
            ["RenewedAt"] = now,
            ["Owner"] = instance.Id,
            ["OwnerMachine"] = instance.Machine,
            ["OwnerProcessId"] = instance.ProcessId,
            ["OwnerStartedAt"] = instance.StartedAt,
        };
    }

    private static (string Partition, string Row) Keys(string conversationId, string activityId) =>
        (TableKeys.Escape(conversationId), TableKeys.Escape(activityId));
}
