using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>
/// What the rotation is given: everything it decides on, so that the same input always gives the same plan.
/// </summary>
/// <param name="Meetings">The quarter's meetings of the chi bộ (cancelled ones included: their assignments are released).</param>
/// <param name="Committee">The committee members who may be sent (members with a <see cref="Member.Committee"/> seat).</param>
/// <param name="Existing">The quarter's stored assignments.</param>
/// <param name="Now">Meetings starting before it get no new attendee (their assignments still count).</param>
public sealed record RotationInput(
    RotationRules Rules,
    Quarter Quarter,
    DateTimeOffset Now,
    OrganizationTree Tree,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Member> Committee,
    IReadOnlyList<Unavailability> Unavailable,
    IReadOnlyList<CommitteeAssignment> Existing);

/// <summary>A new choice: <paramref name="MemberId"/> attends the meeting, for <paramref name="Reasons"/> (Vietnamese).</summary>
public sealed record RotationChoice(string UnitId, string MeetingId, DateTimeOffset StartsAt, string MemberId, IReadOnlyList<string> Reasons)
{
    public string Reason => string.Join("; ", Reasons);
}

public enum ReleaseCause
{
    MeetingCancelled,

    /// <summary>The meeting is no longer in the quarter (moved to another, or deleted).</summary>
    MeetingGone,

    /// <summary>The meeting moved and now clashes with another of the member's meetings.</summary>
    Clash,

    /// <summary>The meeting moved into a period the member declared unavailable.</summary>
    Unavailable,

    /// <summary>The member may no longer be sent there (left the committee, moved into that chi bộ…).</summary>
    NotEligible,

    /// <summary>The member did not answer within the rules' time: counted as a decline, so someone else is chosen.</summary>
    NoAnswer,
}

/// <summary>A stored assignment to release (nobody goes any more), and why.</summary>
public sealed record RotationRelease(string UnitId, string MeetingId, string MemberId, ReleaseCause Cause, string Reason);

/// <summary>A stored assignment kept although its meeting moved: the row's start is brought up to date.</summary>
public sealed record RotationRecheck(string UnitId, string MeetingId, string MemberId, DateTimeOffset StartsAt);

public enum BrokenRule
{
    /// <summary>The chi bộ gets fewer upper-level attendees in the quarter than the rule asks.</summary>
    CellNotVisited,

    /// <summary>Someone else was chosen although a member follows the chi bộ.</summary>
    FollowerNotChosen,

    /// <summary>The member's attended meetings stay under his or her quota.</summary>
    QuotaNotMet,
}

/// <summary>One rule the plan cannot keep, where, and exactly why (Vietnamese, for the office).</summary>
/// <param name="MeetingId">The meeting concerned; null for a chi bộ without a meeting left, or a member's quota.</param>
/// <param name="MemberId">For <see cref="BrokenRule.QuotaNotMet"/> and <see cref="BrokenRule.FollowerNotChosen"/>: the member concerned.</param>
public sealed record RuleBreach(BrokenRule Rule, string UnitId, string? MeetingId, string? MemberId, string Text);

/// <summary>The rotation's answer for one quarter.</summary>
/// <param name="Choices">New assignments, for the whole quarter (the job stores those of the coming weeks).</param>
public sealed record RotationPlan(
    IReadOnlyList<RotationChoice> Choices,
    IReadOnlyList<RotationRelease> Releases,
    IReadOnlyList<RotationRecheck> Rechecks,
    IReadOnlyList<RuleBreach> Breaches);
