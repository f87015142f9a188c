using System.Text.Json;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Meetings;

/// <summary>How meetings are written to Table storage (PartitionKey = unit, RowKey = meeting id) and read back.</summary>
internal static class MeetingEntities
{
    public const string StartsAtColumn = "StartsAt";

    public static TableEntity ToEntity(Meeting m) => new(TableKeys.Escape(m.UnitId), TableKeys.Escape(m.Id))
    {
        ["UnitId"] = m.UnitId,
        ["MeetingId"] = m.Id,
        ["Kind"] = m.Kind.ToString(),
        [StartsAtColumn] = m.StartsAt.ToUniversalTime(),
        ["DurationMinutes"] = m.DurationMinutes,
        ["Status"] = m.Status.ToString(),
        ["Place"] = m.Place,
        ["OnlineLink"] = m.OnlineLink?.ToString(),
        ["Topic"] = m.Topic,
        ["PreparerMemberIds"] = m.Preparers.Count == 0 ? null : JsonSerializer.Serialize(m.Preparers),
        ["ExtraAgenda"] = m.Agenda.Count == 0 ? null : JsonSerializer.Serialize(m.Agenda),
        ["CancelReason"] = m.CancelReason,
        ["UpperAttendeeMemberId"] = m.UpperAttendeeMemberId,
        ["PlannedAutomatically"] = m.PlannedAutomatically,
        ["Warning"] = m.Warning,
        ["CardConversationId"] = m.CardConversationId,
        ["CardActivityId"] = m.CardActivityId,
    };

    public static Meeting ToMeeting(TableEntity e) => new(
        e.GetString("UnitId"),
        e.GetString("MeetingId"),
        Enum.Parse<MeetingKind>(e.GetString("Kind")),
        e.GetDateTimeOffset(StartsAtColumn) ?? throw new InvalidDataException($"Meeting {e.PartitionKey}/{e.RowKey} has no start."),
        e.GetInt32("DurationMinutes") ?? 0,
        Enum.Parse<MeetingStatus>(e.GetString("Status")),
        e.GetString("Place"),
        e.GetString("OnlineLink") is { Length: > 0 } link ? new Uri(link) : null,
        e.GetString("Topic"),
        Read<string[]>(e.GetString("PreparerMemberIds")),
        Read<AgendaItem[]>(e.GetString("ExtraAgenda")),
        e.GetString("CancelReason"),
        e.GetString("UpperAttendeeMemberId"),
        e.GetBoolean("PlannedAutomatically") ?? false,
        e.GetString("Warning"),
        e.GetString("CardConversationId"),
        e.GetString("CardActivityId"));

    private static T? Read<T>(string? json) where T : class =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<T>(json);
}
