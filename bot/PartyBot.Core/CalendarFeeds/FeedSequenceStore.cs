using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.CalendarFeeds;

/// <summary>
/// The SEQUENCE of each event of the feeds (RFC 5545 3.8.7.4): a row per event (PartitionKey = unit, RowKey = event key)
/// with what the event last said (a fingerprint of time, place, status…) and its number, raised under the row's ETag
/// whenever a feed is built and the event has changed since. Every member's feed reads the same number.
/// </summary>
public sealed class FeedSequenceStore(TableStore store)
{
    private TableClient Table => store.Table(TableNames.CalendarFeedSequences);

    public Task<int> SequenceAsync(string unitId, string eventKey, string fingerprint, CancellationToken cancellationToken) =>
        ConcurrentWrites.RetryAsync(async () =>
        {
            var partition = TableKeys.Escape(unitId);
            var row = TableKeys.Escape(eventKey);
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            if (!stored.HasValue)
            {
                await Table.AddEntityAsync(new TableEntity(partition, row) { ["Fingerprint"] = fingerprint, ["Sequence"] = 0 }, cancellationToken);
                return 0;
            }
            var sequence = stored.Value!.GetInt32("Sequence") ?? 0;
            if (stored.Value.GetString("Fingerprint") == fingerprint)
            {
                return sequence;
            }
            await Table.UpdateEntityAsync(
                new TableEntity(partition, row) { ["Fingerprint"] = fingerprint, ["Sequence"] = sequence + 1 }, stored.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return sequence + 1;
        });
}
