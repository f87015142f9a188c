using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.Bot.Organization;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// A meeting an attendance action touches, with the chi bộ's members and the caller's place: a member of the chi bộ
/// (<see cref="Self"/>), one who may manage it (secretary, deputy, administrator), or one who oversees it.
/// </summary>
public sealed record AttendanceScope(Caller Caller, Unit Unit, Meeting Meeting, IReadOnlyList<Member> Members)
{
    /// <summary>The caller as a member of this chi bộ (or of a tổ đảng in it); null for anyone else.</summary>
    public Member? Self => Members.FirstOrDefault(m => string.Equals(m.Id, Caller.Member.Id, StringComparison.OrdinalIgnoreCase));

    public bool CanManage => Caller.Permissions.CanManage(Caller.Member, Unit.Id);

    /// <summary>The caller is the meeting's upper-level attendee (đại biểu cấp trên, confirmed): checks in apart.</summary>
    public bool IsUpperAttendee => string.Equals(Meeting.UpperAttendeeMemberId, Caller.Member.Id, StringComparison.OrdinalIgnoreCase);

    /// <summary>The caller is summoned to this meeting.</summary>
    public bool IsSummoned => Self?.IsSummonedOn(Day) == true;

    public DateOnly Day => DateOnly.FromDateTime(VietnamTime.ToVietnam(Meeting.StartsAt).DateTime);

    public Member? FindMember(string? memberId) =>
        memberId is null ? null : Members.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Who an attendance verb is for.</summary>
public enum AttendanceActor
{
    /// <summary>Anyone who may see the chi bộ's meetings: its members, leaders, administrators, following committee members.</summary>
    Viewer,

    /// <summary>A member of the chi bộ (or of a tổ đảng in it).</summary>
    Member,

    /// <summary>Its secretary or deputy, or an administrator.</summary>
    Manager,
}

/// <summary>
/// Every attendance verb starts here. The unit and meeting ids of the payload are untrusted: the unit must be a chi
/// bộ, the meeting one of its own (read from the chi bộ's partition), and the caller one of its members, its
/// leaders or administrators, a committee member following it, or the meeting's upper-level attendee. Anyone else is
/// refused and nothing changes.
/// </summary>
public sealed class AttendanceAccess(MeetingStore meetings, OrganizationStore organization)
{
    /// <summary>
    /// The scope of the action, or the refusal: <paramref name="need"/> <see cref="AttendanceActor.Member"/> is for the
    /// chi bộ's own members (answering, checking in), <see cref="AttendanceActor.Manager"/> for its leaders and
    /// administrators (marking, closing).
    /// </summary>
    public async Task<(AttendanceScope? Scope, AdaptiveCardInvokeResponse? Error)> CheckAsync(CardActionContext context, AttendanceActor need, CancellationToken cancellationToken)
    {
        var (scope, error) = await FindAsync(context, cancellationToken);
        return need switch
        {
            _ when error is not null => (null, error),
            AttendanceActor.Member when scope!.Self is null => Refuse(403, "NotOfThisCell", AttendanceTexts.NotOfThisCell(scope.Unit.Name)),
            AttendanceActor.Manager when !scope!.CanManage => Refuse(403, "NotAllowed", AttendanceTexts.OnlyLeaders),
            _ => (scope, null),
        };
    }

    private async Task<(AttendanceScope? Scope, AdaptiveCardInvokeResponse? Error)> FindAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var unitId = CardData.Trimmed(context.Data, MeetingVerbs.UnitIdKey);
        var meetingId = CardData.Trimmed(context.Data, MeetingVerbs.MeetingIdKey);
        if (unitId is null || meetingId is null || caller.Tree.Find(unitId) is not { IsCell: true } unit)
        {
            return Refuse(404, "MeetingNotFound", MeetingFormTexts.MeetingNotFound);
        }
        var related = caller.Permissions.IsMemberOf(caller.Member, unit.Id) || caller.Permissions.CanOversee(caller.Member, unit.Id);
        var meeting = related || caller.Member.Committee is not null ? await meetings.GetAsync(unit.Id, meetingId, cancellationToken) : null;
        // The upper-level attendee may not follow the chi bộ: the meeting names him or her (a stranger learns nothing of it).
        if (!related && !string.Equals(meeting?.UpperAttendeeMemberId, caller.Member.Id, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(403, "NotOfThisCell", AttendanceTexts.NotOfThisCell(unit.Name));
        }
        if (meeting is null)
        {
            return Refuse(404, "MeetingNotFound", MeetingFormTexts.MeetingNotFound);
        }
        var members = await organization.MembersOfSubtreeAsync(caller.Tree, unit.Id, cancellationToken);
        return (new AttendanceScope(caller, unit, meeting, members), null);
    }

    public async Task<AttendanceScope> ScopeAsync(Caller caller, Unit unit, Meeting meeting, CancellationToken cancellationToken) =>
        new(caller, unit, meeting, await organization.MembersOfSubtreeAsync(caller.Tree, unit.Id, cancellationToken));

    private static (AttendanceScope?, AdaptiveCardInvokeResponse?) Refuse(int status, string code, string message) =>
        (null, AdaptiveCardInvokeResponse.Error(status, code, message));
}
