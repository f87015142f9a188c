using Microsoft.Extensions.Options;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Jobs.Meetings;

/// <summary>
/// What the invitation card of a meeting shows, with names resolved: the agenda view (preparers, the upper-level
/// attendee) and the shared invitation posted in the chi bộ's conversation. The bot builds each viewer's own
/// invitation from the same agenda view.
/// </summary>
public sealed class AgendaViews(
    OrganizationStore organization, ConversationStore conversations, IOptions<MeetingOptions> options, IOptions<AttendanceOptions> attendance, TimeProvider time)
{
    /// <summary>Teams refreshes a card for everyone only in a conversation of at most this many people; past it, for the listed viewers only.</summary>
    public const int AutomaticRefreshLimit = CardRefresh.MaxUserIds;

    /// <summary>The agenda view of a meeting, for the chi bộ's members (with its tổ đảng) the caller has already read.</summary>
    public async Task<AgendaView> AgendaAsync(
        OrganizationTree tree, Unit unit, Meeting meeting, IReadOnlyList<Member> cellMembers, DateTimeOffset? updatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(unit);
        return Agenda(tree, unit, meeting, updatedAt, cellMembers, await UpperAttendeeAsync(meeting, cancellationToken));
    }

    private async Task<Member?> UpperAttendeeAsync(Meeting meeting, CancellationToken cancellationToken) =>
        meeting.UpperAttendeeMemberId is { } id ? await organization.FindMemberAsync(id, cancellationToken) : null;

    private AgendaView Agenda(OrganizationTree tree, Unit unit, Meeting meeting, DateTimeOffset? updatedAt, IReadOnlyList<Member> cellMembers, Member? upperAttendee)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var members = cellMembers.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var preparers = meeting.Preparers.Select(id => members.TryGetValue(id, out var m) ? m.FullName : null).OfType<string>().ToList();
        return new AgendaView(unit.Name, tree.PathOf(unit.Id), meeting, preparers, upperAttendee?.FullName, updatedAt, options.Value.DocumentsDaysBefore);
    }

    /// <summary>Members may answer until the meeting starts, unless it is cancelled.</summary>
    public bool IsAnswerable(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.Status != MeetingStatus.Cancelled && time.GetUtcNow() < meeting.StartsAt;
    }

    /// <summary>
    /// The invitation every member of the chi bộ's conversation sees until Teams refreshes it for him or her. In a chi bộ
    /// of more than <see cref="AutomaticRefreshLimit"/> summoned members the refresh names its leaders, whose tally
    /// then still refreshes by itself; everyone else has the "Làm mới" button.
    /// </summary>
    public async Task<InvitationView> SharedInvitationAsync(OrganizationTree tree, Unit unit, Meeting meeting, DateTimeOffset? updatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(meeting);
        var members = await organization.MembersOfSubtreeAsync(tree, unit.Id, cancellationToken);
        var agenda = Agenda(tree, unit, meeting, updatedAt, members, await UpperAttendeeAsync(meeting, cancellationToken));
        var day = DateOnly.FromDateTime(VietnamTime.ToVietnam(meeting.StartsAt).DateTime);
        IReadOnlyList<string>? refreshFor = null;
        if (members.Count(m => m.IsSummonedOn(day)) > AutomaticRefreshLimit)
        {
            var leaders = members.Where(m => Permissions.IsSecretaryOf(m, unit.Id) && m.AadObjectId is not null).Take(AutomaticRefreshLimit);
            var ids = new List<string>();
            foreach (var leader in leaders)
            {
                if (await conversations.FindUserAsync(leader.AadObjectId!, cancellationToken) is { } address)
                {
                    ids.Add(address.UserId);
                }
            }
            refreshFor = ids.Count == 0 ? null : ids;
        }
        return new InvitationView(agenda, IsAnswerable(meeting), RefreshUserIds: refreshFor, ReasonMaxLength: attendance.Value.ReasonMaxLength);
    }
}
