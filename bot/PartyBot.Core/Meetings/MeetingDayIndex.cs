using Azure;
using System.Globalization;
using Azure.Data.Tables;
using PartyBot.Core.Calendar;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Meetings;

/// <summary>
/// Meetings by the day they start (table MeetingDays: PartitionKey = "d" + Vietnam day yyyyMMdd, RowKey = unit|meeting),
/// so a scanner finds tonight's meetings without a query per chi bộ. Only pointers: <see cref="MeetingStore"/> writes the
/// row of a meeting's day before the meeting itself, and never deletes one, so a meeting is always found from its day;
/// a row left on a day the meeting moved off (or by a crash before the meeting's write) is dropped by the reader, who
/// reads each meeting. Tables from before the index have no <see cref="MarkerPartition"/> row: the first reader builds
/// the index from the Meetings table, then writes the marker (the writers index every meeting meanwhile).
/// Each row also says which report scan has seen the meeting as it is (<c>ReportsChecked</c>): a write of the meeting's
/// day, time or status rewrites the row before and after the meeting's write, which clears it, so the minutes scan reads
/// only the meetings changed since it last looked.
/// </summary>
internal sealed class MeetingDayIndex(TableStore store)
{
    private const string MarkerPartition = "marker";
    private const string MarkerRow = "built";
    private const string CheckedColumn = "ReportsChecked";

    private volatile bool _built;

    private TableClient Table => store.Table(TableNames.MeetingDays);

    public static string DayKey(DateTimeOffset startsAt) =>
        "d" + VietnamTime.ToVietnam(startsAt).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public async Task WriteAsync(Meeting meeting, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity(DayKey(meeting.StartsAt), TableKeys.Join(meeting.UnitId, meeting.Id)) { ["UnitId"] = meeting.UnitId, ["MeetingId"] = meeting.Id, [CheckedColumn] = "" },
            TableUpdateMode.Replace, cancellationToken);

    /// <summary>The (unit, meeting) pointers of the days [from, to) touches; some may no longer start then.</summary>
    public async Task<IReadOnlyList<(string UnitId, string MeetingId)>> FindAsync(
        DateTimeOffset from, DateTimeOffset to, Func<CancellationToken, IAsyncEnumerable<Meeting>> everyMeeting, CancellationToken cancellationToken)
    {
        await EnsureBuiltAsync(everyMeeting, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {DayKey(from)} and PartitionKey le {DayKey(to.AddTicks(-1))}");
        var found = new List<(string, string)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, select: ["UnitId", "MeetingId"], cancellationToken: cancellationToken))
        {
            found.Add((e.GetString("UnitId"), e.GetString("MeetingId")));
        }
        return [.. found.Distinct()];
    }

    /// <summary>The pointers of the days [from, to) that the report scan <paramref name="check"/> has not seen as they are.</summary>
    public async Task<IReadOnlyList<TableEntity>> FindUncheckedAsync(
        DateTimeOffset from, DateTimeOffset to, string check, Func<CancellationToken, IAsyncEnumerable<Meeting>> everyMeeting, CancellationToken cancellationToken)
    {
        await EnsureBuiltAsync(everyMeeting, cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {DayKey(from)} and PartitionKey le {DayKey(to.AddTicks(-1))} and ReportsChecked ne {check}");
        var found = new List<TableEntity>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(e);
        }
        return found;
    }

    /// <summary>Records that <paramref name="check"/> has seen the meeting, unless its row was rewritten since it was read.</summary>
    public async Task MarkCheckedAsync(TableEntity pointer, string check, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(new TableEntity(pointer.PartitionKey, pointer.RowKey) { [CheckedColumn] = check }, pointer.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    private async Task EnsureBuiltAsync(Func<CancellationToken, IAsyncEnumerable<Meeting>> everyMeeting, CancellationToken cancellationToken)
    {
        if (_built)
        {
            return;
        }
        if (!(await Table.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken)).HasValue)
        {
            await foreach (var meeting in everyMeeting(cancellationToken))
            {
                await WriteAsync(meeting, cancellationToken);
            }
            await Table.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow), TableUpdateMode.Replace, cancellationToken);
        }
        _built = true;
    }
}
