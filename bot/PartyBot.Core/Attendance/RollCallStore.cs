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

    private static TableEntity ToEntity(RollCall r) => new(TableKeys.Escape(r.UnitId), TableKeys.Escape(r.MeetingId))
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
        // A closed roll call of 200 members is about 30 KB of JSON: within a property's 64 KB.
        ["Record"] = r.Record is null ? null : JsonSerializer.Serialize(r.Record),
        ["CardConversationId"] = r.CardConversationId,
        ["CardActivityId"] = r.CardActivityId,
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
        e.GetString("Record") is { Length: > 0 } json ? JsonSerializer.Deserialize<RollCallRecord>(json) : null,
        e.GetString("CardConversationId"),
        e.GetString("CardActivityId"));
}
