using Azure;

namespace PartyBot.Core.CommitteeAttendance;

public enum AssignmentState
{
    /// <summary>Chosen by the rotation, waiting for the member's answer.</summary>
    Pending,

    /// <summary>The member confirmed: never reshuffled by the rotation.</summary>
    Confirmed,

    /// <summary>No one assigned (the meeting was cancelled or moved, or the member declined); the meeting may be assigned again.</summary>
    Released,

    /// <summary>After the meeting: the member attended (recorded by him or her, or by the chi bộ's secretary). Only this counts toward the quota once recorded.</summary>
    Attended,

    /// <summary>After the meeting: the member could not attend after all. Counts for nothing; never reshuffled.</summary>
    Missed,
}

/// <summary>
/// The upper-level attendee of one chi bộ meeting: one row per (quarter, unit, meeting), so a meeting never has two.
/// <see cref="Round"/> counts the choices made for the meeting (each new one is told under its own key);
/// <see cref="DeclinedBy"/> are never chosen again for it.
/// </summary>
/// <param name="StartsAt">The meeting's start when the member was chosen (or the assignment re-checked): a different start means the meeting moved.</param>
/// <param name="Reason">Why this member (Vietnamese, shown to the office and the member), or why the meeting has no one.</param>
/// <param name="Note">With <see cref="AssignmentState.Attended"/> or <see cref="AssignmentState.Missed"/>: the ý kiến chỉ đạo, or why not (bounded, optional).</param>
/// <param name="RecordedBy">Who recorded the outcome: the member, or the chi bộ's secretary for him or her.</param>
public sealed record CommitteeAssignment(
    Quarter Quarter,
    string UnitId,
    string MeetingId,
    string? MemberId,
    AssignmentState State,
    DateTimeOffset StartsAt,
    string Reason,
    int Round,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string>? DeclinedBy = null,
    ETag ETag = default,
    string? Note = null,
    string? RecordedBy = null)
{
    public IReadOnlyList<string> Decliners => DeclinedBy ?? [];

    /// <summary>Someone is going (or asked to), or went: counts as the chi bộ's visit and the member's load.</summary>
    public bool IsLive => State is AssignmentState.Pending or AssignmentState.Confirmed or AssignmentState.Attended && MemberId is not null;

    /// <summary>The meeting's outcome is recorded (<see cref="AssignmentState.Attended"/> or <see cref="AssignmentState.Missed"/>): kept as it is by the rotation.</summary>
    public bool IsRecorded => State is AssignmentState.Attended or AssignmentState.Missed;
}

/// <summary>A period a committee member declared unavailable ("bận"), Vietnam dates, both included.</summary>
public sealed record Unavailability(string MemberId, DateOnly From, DateOnly To, string? Reason = null)
{
    public bool Covers(DateOnly first, DateOnly last) => From <= last && first <= To;
}
