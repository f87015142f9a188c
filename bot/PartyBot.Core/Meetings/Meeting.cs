namespace PartyBot.Core.Meetings;

public enum MeetingKind
{
    /// <summary>Sinh hoạt định kỳ: once every month.</summary>
    Regular,

    /// <summary>Sinh hoạt chuyên đề: at least once every quarter, never replacing the monthly meeting.</summary>
    Thematic,
}

public enum MeetingStatus
{
    /// <summary>Planned (by the planner or the secretary), not yet announced.</summary>
    Planned,

    /// <summary>The agenda card is in the chi bộ's conversation.</summary>
    Announced,

    Cancelled,
}

/// <summary>One agenda item the secretary adds to the standard order (domain.md "Standard agenda order").</summary>
/// <param name="AfterStep">The standard step (1–8) it follows; month items usually follow step 4 or 6.</param>
public sealed record AgendaItem(string Title, int AfterStep = 6);

/// <summary>
/// A chi bộ meeting. Stored in UTC, shown in Vietnam time. The planner's regular meeting of a month has the
/// deterministic id "R-yyyy-MM", so planning twice (or on two hosts) writes the same row.
/// </summary>
public sealed record Meeting(
    string UnitId,
    string Id,
    MeetingKind Kind,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    MeetingStatus Status = MeetingStatus.Planned,
    string? Place = null,
    Uri? OnlineLink = null,
    string? Topic = null,
    IReadOnlyList<string>? PreparerMemberIds = null,
    IReadOnlyList<AgendaItem>? ExtraAgenda = null,
    string? CancelReason = null,
    string? UpperAttendeeMemberId = null,
    bool PlannedAutomatically = false,
    string? Warning = null,
    string? CardConversationId = null,
    string? CardActivityId = null)
{
    public IReadOnlyList<string> Preparers => PreparerMemberIds ?? [];
    public IReadOnlyList<AgendaItem> Agenda => ExtraAgenda ?? [];
    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);
    public bool IsOnline => OnlineLink is not null;

    public static string RegularId(int year, int month) => $"R-{year:D4}-{month:D2}";
}
