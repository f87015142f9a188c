using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Attendance;

/// <summary>Roll calls, one per meeting (PartitionKey = unit, RowKey = meeting id); changes under the row's ETag.</summary>
public sealed class RollCallStore(TableStore store)
{
    private TableClient Table => store.Table(TableNames.RollCalls);

    public async Task<RollCall?> GetAsync(string unitId, string meetingId, CancellationToken cancellationToken) =>
        await GetEntityAsync(unitId, meetingId, cancellationToken) is { } entity ? ToRollCall(entity) : null;

    /// <summary>Opens the roll call; when it is open (or closed) already, the stored one is returned unchanged.</summary>
    public async Task<(RollCall RollCall, bool Opened)> OpenAsync(RollCall rollCall, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rollCall);
        try
        {
            await Table.AddEntityAsync(ToEntity(rollCall), cancellationToken);
            return (rollCall, true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await GetAsync(rollCall.UnitId, rollCall.MeetingId, cancellationToken) ?? rollCall, false);
        }
    }

    /// <summary>Applies <paramref name="change"/> under the ETag, again on fresh data after a 412. Null when there is no roll call.</summary>
    public Task<RollCall?> UpdateAsync(string unitId, string meetingId, Func<RollCall, RollCall> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ConcurrentWrites.RetryAsync(async () =>
        {
            if (await GetEntityAsync(unitId, meetingId, cancellationToken) is not { } entity)
            {
                return null;
            }
            var changed = change(ToRollCall(entity)) with { UnitId = unitId, MeetingId = meetingId };
            await Table.UpdateEntityAsync(ToEntity(changed), entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return (RollCall?)changed;
        });
    }

    private async Task<TableEntity?> GetEntityAsync(string unitId, string meetingId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(unitId), TableKeys.Escape(meetingId), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>A string property holds at most 32K UTF-16 characters; the record of a large chi bộ is split across several.</summary>
    private const int RecordPartLength = 30_000;

    private static TableEntity ToEntity(RollCall r)
    {
        var entity = Properties(r);
        var json = r.Record is null ? "" : JsonSerializer.Serialize(r.Record);
        var parts = json.Chunk(RecordPartLength).Select(chars => new string(chars)).ToList();
        entity["RecordParts"] = parts.Count;
        for (var i = 0; i < parts.Count; i++)
        {
            entity[$"Record{i}"] = parts[i];
        }
        return entity;
    }

    private static RollCallRecord? ReadRecord(TableEntity e)
    {
        var parts = e.GetInt32("RecordParts") ?? 0;
        var json = string.Concat(Enumerable.Range(0, parts).Select(i => e.GetString($"Record{i}")));
        return json.Length == 0 ? null : JsonSerializer.Deserialize<RollCallRecord>(json);
    }

    private static TableEntity Properties(RollCall r) => new(TableKeys.Escape(r.UnitId), TableKeys.Escape(r.MeetingId))
    {
        ["UnitId"] = r.UnitId,
        ["MeetingId"] = r.MeetingId,
        ["Status"] = r.Status.ToString(),
        ["OpenedAt"] = r.OpenedAt,
        ["OpenedBy"] = r.OpenedBy,
        ["CheckInOpensAt"] = r.CheckInOpensAt,
        ["CheckInClosesAt"] = r.CheckInClosesAt,
        ["ClosedAt"] = r.ClosedAt,
        ["ClosedBy"] = r.ClosedBy,
        ["CardConversationId"] = r.CardConversationId,
        ["CardActivityId"] = r.CardActivityId,
        ["UpperAttendeeId"] = r.UpperAttendee?.MemberId,
        ["UpperAttendeeName"] = r.UpperAttendee?.FullName,
        ["UpperAttendeeAt"] = r.UpperAttendee?.At,
    };

    private static RollCall ToRollCall(TableEntity e) => new(
        e.GetString("UnitId"),
        e.GetString("MeetingId"),
        Enum.Parse<RollCallStatus>(e.GetString("Status")),
        e.GetDateTimeOffset("OpenedAt") ?? DateTimeOffset.MinValue,
        e.GetString("OpenedBy"),
        e.GetDateTimeOffset("CheckInOpensAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("CheckInClosesAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("ClosedAt"),
        e.GetString("ClosedBy"),
        ReadRecord(e),
        e.GetString("CardConversationId"),
        e.GetString("CardActivityId"),
        e.GetString("UpperAttendeeId") is { } upperId && e.GetDateTimeOffset("UpperAttendeeAt") is { } upperAt
            ? new UpperAttendeeCheckIn(upperId, e.GetString("UpperAttendeeName") ?? upperId, upperAt)
            : null);
}
