using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>
/// Committee attendance assignments in Table storage: one partition per quarter ("2026Q4", a bounded read for the
/// rotation and the compliance view), one row per meeting (RowKey = unit|meeting), so a meeting never has two. A new
/// row is an insert (two job runs: one wins, the other gets false); every change is made under the row's ETag.
/// </summary>
public sealed class AssignmentStore(TableStore store)
{
    private TableClient Table => store.Table(TableNames.CommitteeAssignments);

    public async Task<IReadOnlyList<CommitteeAssignment>> ListQuarterAsync(Quarter quarter, CancellationToken cancellationToken)
    {
        var rows = new List<CommitteeAssignment>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(e => e.PartitionKey == quarter.Key, cancellationToken: cancellationToken))
        {
            rows.Add(ToAssignment(entity));
        }
        return rows;
    }

    public async Task<CommitteeAssignment?> GetAsync(Quarter quarter, string unitId, string meetingId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(quarter.Key, TableKeys.Join(unitId, meetingId), cancellationToken: cancellationToken);
        return response.HasValue ? ToAssignment(response.Value!) : null;
    }

    /// <summary>Writes a new row. False when the meeting already has one (left as it is).</summary>
    public async Task<bool> TryAddAsync(CommitteeAssignment assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        try
        {
            await Table.AddEntityAsync(ToEntity(assignment), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Replaces the row if it is still as <paramref name="seen"/> was read (its ETag), and returns it as stored (with its new
    /// ETag). Null when someone changed it meanwhile (another run, the member's answer): the caller decides again on fresh data.
    /// </summary>
    public async Task<CommitteeAssignment?> TryReplaceAsync(CommitteeAssignment seen, CommitteeAssignment next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(next);
        if (seen.Quarter != next.Quarter || seen.UnitId != next.UnitId || seen.MeetingId != next.MeetingId)
        {
            throw new InvalidOperationException("An assignment update cannot change its quarter, unit or meeting.");
        }
        try
        {
            var response = await Table.UpdateEntityAsync(ToEntity(next), seen.ETag, TableUpdateMode.Replace, cancellationToken);
            return next with { ETag = response.Headers.ETag ?? ETag.All };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    private static TableEntity ToEntity(CommitteeAssignment a) => new(a.Quarter.Key, TableKeys.Join(a.UnitId, a.MeetingId))
    {
        ["Year"] = a.Quarter.Year,
        ["QuarterNumber"] = a.Quarter.Number,
        ["UnitId"] = a.UnitId,
        ["MeetingId"] = a.MeetingId,
        ["MemberId"] = a.MemberId,
        ["State"] = a.State.ToString(),
        ["StartsAt"] = a.StartsAt.ToUniversalTime(),
        ["Reason"] = a.Reason,
        ["Round"] = a.Round,
        ["UpdatedAt"] = a.UpdatedAt.ToUniversalTime(),
        ["DeclinedBy"] = a.Decliners.Count == 0 ? null : JsonSerializer.Serialize(a.Decliners),
        ["Note"] = a.Note,
        ["RecordedBy"] = a.RecordedBy,
    };

    private static CommitteeAssignment ToAssignment(TableEntity e) => new(
        new Quarter(e.GetInt32("Year") ?? 0, e.GetInt32("QuarterNumber") ?? 0),
        e.GetString("UnitId"),
        e.GetString("MeetingId"),
        e.GetString("MemberId"),
        Enum.Parse<AssignmentState>(e.GetString("State")),
        e.GetDateTimeOffset("StartsAt") ?? default,
        e.GetString("Reason") ?? "",
        e.GetInt32("Round") ?? 0,
        e.GetDateTimeOffset("UpdatedAt") ?? default,
        e.GetString("DeclinedBy") is { Length: > 0 } declined ? JsonSerializer.Deserialize<string[]>(declined) : null,
        e.ETag,
        e.GetString("Note"),
        e.GetString("RecordedBy"));
}
