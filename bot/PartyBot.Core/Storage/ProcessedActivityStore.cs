using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Storage;

/// <summary>
/// Remembers inbound activity ids so a redelivered activity is handled once. A turn first claims the id
/// ("processing"), then marks it done; a turn that fails gives the claim back so the channel's retry is
/// handled. A claim left behind by a crashed host is taken over after <see cref="InFlightTimeout"/>.
/// </summary>
public sealed class ProcessedActivityStore(TableStore store, TimeProvider time, IOptions<StorageOptions> options)
{
    public static readonly TimeSpan InFlightTimeout = TimeSpan.FromMinutes(2);
    private const string Processing = "processing";
    private const string Done = "done";

    private TableClient Table => store.Table(TableNames.ProcessedActivities);

    public async Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(conversationId, activityId);
        // Two rounds: a row seen on the add can be gone on the read (purged, or abandoned by another turn).
        for (var round = 0; round < 2; round++)
        {
            try
            {
                await Table.AddEntityAsync(NewClaim(partition, row), cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                if (await TryTakeOverStaleClaimAsync(partition, row, cancellationToken) is { } tookOver)
                {
                    return tookOver;
                }
            }
        }
        return false;
    }

    public async Task CompleteAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(conversationId, activityId);
        var entity = new TableEntity(partition, row) { ["State"] = Done };
        await Table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task AbandonAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(conversationId, activityId);
        await Table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
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

    /// <summary>True: taken over; false: someone else's live or finished claim; null: the row vanished meanwhile.</summary>
    private async Task<bool?> TryTakeOverStaleClaimAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }
        var existing = response.Value!;
        var claimedAt = existing.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue;
        if (existing.GetString("State") == Done || time.GetUtcNow() - claimedAt < InFlightTimeout)
        {
            return false;
        }
        try
        {
            await Table.UpdateEntityAsync(NewClaim(partition, row), existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private TableEntity NewClaim(string partition, string row) =>
        new(partition, row) { ["State"] = Processing, ["ClaimedAt"] = time.GetUtcNow() };

    private static (string Partition, string Row) Keys(string conversationId, string activityId) =>
        (TableKeys.Escape(conversationId), TableKeys.Escape(activityId));
}
