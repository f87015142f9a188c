namespace PartyBot.Core.Attendance;

/// <summary>A member's answer to the invitation (an intention; the roll call is the fact).</summary>
public enum RsvpAnswer
{
    None,

    /// <summary>Tham dự.</summary>
    Attending,

    /// <summary>Vắng có lý do: the reason is required.</summary>
    Excused,
}

/// <summary>
/// A member's attendance at one meeting (domain.md "Attendance"). <see cref="Pending"/> exists only while the roll
/// call is open ("chưa điểm danh"); closing turns it into <see cref="Unexcused"/>.
/// </summary>
public enum AttendanceState
{
    Pending,

    /// <summary>Có mặt.</summary>
    Present,

    /// <summary>Vắng có lý do (with the reason).</summary>
    Excused,

    /// <summary>Vắng không lý do.</summary>
    Unexcused,

    /// <summary>Miễn: not summoned (exempted, suspended or temporarily attending elsewhere).</summary>
    Exempt,
}

/// <summary>
/// One member's row for one meeting: the RSVP, the self check-in, and the secretary's mark, which wins over both.
/// One row per (meeting, member), so a repeated click overwrites instead of adding.
/// </summary>
/// <param name="Mark">The secretary's decision (Present, Excused or Unexcused); null when not marked.</param>
/// <param name="MarkedBy">The member id of whoever set the mark.</param>
public sealed record AttendanceEntry(
    string MemberId,
    RsvpAnswer Rsvp = RsvpAnswer.None,
    string? RsvpReason = null,
    DateTimeOffset? RsvpAt = null,
    DateTimeOffset? CheckedInAt = null,
    AttendanceState? Mark = null,
    string? MarkReason = null,
    string? MarkedBy = null,
    DateTimeOffset? MarkedAt = null)
{
    /// <summary>
    /// Where the member stands now for a summoned member: the secretary's mark, else a check-in (present), else an
    /// excused RSVP (excused with its reason), else pending.
    /// </summary>
    public (AttendanceState State, string? Reason) Current => (Mark, CheckedInAt, Rsvp) switch
    {
        ({ } mark, _, _) => (mark, mark == AttendanceState.Excused ? MarkReason : null),
        (null, not null, _) => (AttendanceState.Present, null),
        (null, null, RsvpAnswer.Excused) => (AttendanceState.Excused, RsvpReason),
        _ => (AttendanceState.Pending, null),
    };
}

/// <summary>One change to a member's row, kept for the record: who did what, when (corrections included).</summary>
/// <param name="ByMemberId">The member who made the change (the member himself or herself, or the secretary).</param>
/// <param name="What">What changed, e.g. "rsvp", "checkin", "mark".</param>
/// <param name="From">The value before, in words of the model (e.g. "Pending").</param>
/// <param name="To">The value after.</param>
public sealed record AttendanceChange(string MemberId, string ByMemberId, DateTimeOffset At, string What, string? From, string? To, string? Reason = null);

/// <summary>A member ticked as having spoken (or named thư ký): who did it and when.</summary>
public sealed record SpeakerTick(string MemberId, string ByMemberId, DateTimeOffset At);
