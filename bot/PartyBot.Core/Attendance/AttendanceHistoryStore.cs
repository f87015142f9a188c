using Azure.Data.Tables;
using PartyBot.Core.Meetings;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Attendance;

/// <summary>
/// Each member's attendance at closed roll calls (PartitionKey = member, RowKey = "start|unit|meeting"), so a
/// member's history of a year is one bounded query. Written with upserts under deterministic keys: closing again
/// after a crash rewrites the same rows. The history follows the meeting: an entry of a meeting that is cancelled (for
/// one cancelled after its roll call closed, before held meetings refused cancelling) is left out when read.
/// </summary>
public sealed class AttendanceHistoryStore(TableStore store, MeetingStore meetings)
{
    private const int ParallelWrites = 8;

    private TableClient Table => store.Table(TableNames.AttendanceHistory);

    public async Task SaveAsync(IEnumerable<AttendanceHistoryEntry> entries, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(entries, parallel, async (entry, ct) => await Table.UpsertEntityAsync(ToEntity(entry), TableUpdateMode.Replace, ct));
    }

    /// <summary>The member's entries of meetings starting in [from, to), oldest first.</summary>
    public async Task<IReadOnlyList<AttendanceHistoryEntry>> ListAsync(string memberId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Escape(memberId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {TimeKey(from)} and RowKey lt {TimeKey(to)}");
        var found = new List<AttendanceHistoryEntry>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(ToEntry(entity));
        }
        var cancelled = await CancelledAsync(found, cancellationToken);
        return [.. found
            .Where(e => !cancelled.Contains((e.UnitId, e.MeetingId)))
            .OrderBy(e => e.StartsAt).ThenBy(e => e.MeetingId, StringComparer.Ordinal)];
    }

    /// <summary>The (unit, meeting) of these entries whose meeting is cancelled: one point read per meeting.</summary>
    private async Task<HashSet<(string UnitId, string MeetingId)>> CancelledAsync(List<AttendanceHistoryEntry> entries, CancellationToken cancellationToken)
    {
        var cancelled = new HashSet<(string, string)>();
        foreach (var (unitId, meetingId) in entries.Select(e => (e.UnitId, e.MeetingId)).Distinct())
        {
            if (await meetings.GetAsync(unitId, meetingId, cancellationToken) is { Status: MeetingStatus.Cancelled })
            {
                cancelled.Add((unitId, meetingId));
            }
        }
        return cancelled;
    }

    private static string TimeKey(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(AttendanceHistoryEntry h) =>
        new(TableKeys.Escape(h.MemberId), $"{TimeKey(h.StartsAt)}|{TableKeys.Join(h.UnitId, h.MeetingId)}")
        {
            ["MemberId"] = h.MemberId,
            ["UnitId"] = h.UnitId,
            ["MeetingId"] = h.MeetingId,
            ["Kind"] = h.Kind.ToString(),
            ["StartsAt"] = h.StartsAt,
            ["State"] = h.State.ToString(),
            ["Reason"] = h.Reason,
            ["Spoke"] = h.Spoke,
        };

    private static AttendanceHistoryEntry ToEntry(TableEntity e) => new(
        e.GetString("MemberId"),
        e.GetString("UnitId"),
        e.GetString("MeetingId"),
        Enum.Parse<MeetingKind>(e.GetString("Kind")),
        e.GetDateTimeOffset("StartsAt") ?? DateTimeOffset.MinValue,
        Enum.Parse<AttendanceState>(e.GetString("State")),
        e.GetString("Reason"),
        e.GetBoolean("Spoke") ?? false);
}
