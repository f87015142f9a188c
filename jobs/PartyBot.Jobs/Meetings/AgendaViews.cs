using Microsoft.Extensions.Options;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Jobs.Meetings;

/// <summary>
/// What the invitation card of a meeting shows, with names resolved: the agenda view (preparers, the upper-level
/// attendee) and the shared invitation posted in the chi bộ's conversation. The bot builds each viewer's own
/// invitation from the same agenda view.
/// </summary>
public sealed class AgendaViews(OrganizationStore organization, IOptions<MeetingOptions> options, TimeProvider time)
{
    /// <summary>In a chat of more than this many summoned members, Teams' automatic refresh needs the viewers listed.</summary>
    public const int AutomaticRefreshLimit = 60;

    public async Task<AgendaView> AgendaAsync(OrganizationTree tree, Unit unit, Meeting meeting, DateTimeOffset? updatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(meeting);
        var members = (await organization.MembersOfSubtreeAsync(tree, unit.Id, cancellationToken)).ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var preparers = meeting.Preparers.Select(id => members.TryGetValue(id, out var m) ? m.FullName : null).OfType<string>().ToList();
        string? upper = null;
        if (meeting.UpperAttendeeMemberId is { } upperId)
        {
            upper = (members.GetValueOrDefault(upperId) ?? await organization.FindMemberAsync(upperId, cancellationToken))?.FullName;
        }
        return new AgendaView(unit.Name, tree.PathOf(unit.Id), meeting, preparers, upper, updatedAt, options.Value.DocumentsDaysBefore);
    }

    /// <summary>Members may answer until the meeting starts, unless it is cancelled.</summary>
    public bool IsAnswerable(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.Status != MeetingStatus.Cancelled && time.GetUtcNow() < meeting.StartsAt;
    }

    /// <summary>The invitation every member of the chi bộ's conversation sees until Teams refreshes it for him or her.</summary>
    public async Task<InvitationView> SharedInvitationAsync(OrganizationTree tree, Unit unit, Meeting meeting, DateTimeOffset? updatedAt, CancellationToken cancellationToken) =>
        new(await AgendaAsync(tree, unit, meeting, updatedAt, cancellationToken), IsAnswerable(meeting));
}
