using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Storage;

/// <summary>
/// Healthy only while Table storage answers a query within a few seconds. The answer is kept for
/// <see cref="StorageOptions.HealthCacheDuration"/>, so frequent probes cost storage one query per period.
/// </summary>
internal sealed class TableStorageHealthCheck(TableStore store, TimeProvider time, IOptions<StorageOptions> options) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // One check at a time: probes arriving meanwhile wait for it and share its answer.
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (last is { } cached && time.GetUtcNow() - cached.At < options.Value.HealthCacheDuration)
            {
                return cached.Result;
            }
            var result = await QueryAsync(cancellationToken);
            last = (result, time.GetUtcNow());
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<HealthCheckResult> QueryAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var query = store.Table(TableNames.Claims).QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token);
            await foreach (var _ in query.AsPages().WithCancellation(timeout.Token))
            {
                break;
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table storage does not answer.", ex);
        }
    }
}
