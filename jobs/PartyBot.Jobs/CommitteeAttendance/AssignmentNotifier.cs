using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.CommitteeAttendance;

/// <summary>
/// The assigned member's 1:1 card (<see cref="AssignmentCard"/>) through the outbox, once per choice: the key names the
/// quarter, the meeting and the round, so a rerun adds nothing and a new choice (after a decline) is told anew.
/// </summary>
public sealed class AssignmentNotifier(MemberOutbox outbox)
{
    public const string Kind = "committee-assignment";

    public static string KeyOf(CommitteeAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return $"{Kind}/{assignment.Quarter.Key}/{assignment.UnitId}/{assignment.MeetingId}/{assignment.Round}";
    }

    public async Task<SendOutcome> NotifyAsync(
        CommitteeAssignment assignment, Meeting meeting, OrganizationTree tree, IReadOnlyDictionary<string, Member> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(members);
        if (assignment.MemberId is null || !members.TryGetValue(assignment.MemberId, out var member))
        {
            return SendOutcome.NoAddress;
        }
        var card = AssignmentCard.Build(ViewOf(assignment, meeting, tree, members.Values));
        return await outbox.EnqueueAsync(KeyOf(assignment), Kind, member, MeetingPublisher.CardActivity(card), cancellationToken);
    }

    /// <summary>
    /// "committee-moved/{quarter}/{unit}/{meeting}/{member}/{new start}": the member who was going is told of each new
    /// time once, whatever the number of runs.
    /// </summary>
    public static string MovedKeyOf(CommitteeAssignment assignment, string memberId, DateTimeOffset startsAt)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var start = startsAt.UtcDateTime.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);
        return $"{MovedKind}/{assignment.Quarter.Key}/{assignment.UnitId}/{assignment.MeetingId}/{memberId}/{start}";
    }

    public const string MovedKind = "committee-moved";

    /// <summary>
    /// The meeting moved: the member who was going gets the card again with the new time, still to be answered when
    /// pending, or saying that the assignment goes to someone else when the new time does not suit (a released row).
    /// </summary>
    public async Task<SendOutcome> NotifyMovedAsync(
        string memberId, CommitteeAssignment assignment, Meeting meeting, OrganizationTree tree, IReadOnlyDictionary<string, Member> members,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(members);
        if (!members.TryGetValue(memberId, out var member))
        {
            return SendOutcome.NoAddress;
        }
        var view = ViewOf(assignment, meeting, tree, members.Values) with { Moved = true };
        return await outbox.EnqueueAsync(MovedKeyOf(assignment, memberId, meeting.StartsAt), MovedKind, member,
            MeetingPublisher.CardActivity(AssignmentCard.Build(view)), cancellationToken);
    }

    public const string CancelledKind = "committee-cancelled";

    /// <summary>"committee-cancelled/{quarter}/{unit}/{meeting}/{member}": told once that the meeting he or she was to attend is off.</summary>
    public static string CancelledKeyOf(CommitteeAssignment assignment, string memberId)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return $"{CancelledKind}/{assignment.Quarter.Key}/{assignment.UnitId}/{assignment.MeetingId}/{memberId}";
    }

    /// <summary>The chi bộ cancelled the meeting: the member who was going gets the card once more, saying so, with no buttons.</summary>
    public async Task<SendOutcome> NotifyCancelledAsync(
        string memberId, CommitteeAssignment assignment, Meeting meeting, OrganizationTree tree, IReadOnlyDictionary<string, Member> members,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(members);
        if (!members.TryGetValue(memberId, out var member))
        {
            return SendOutcome.NoAddress;
        }
        var view = ViewOf(assignment, meeting, tree, members.Values) with
        {
            Notice = AssignmentCardTexts.Cancelled(Cards.Meetings.MeetingFormTexts.At(meeting.StartsAt), meeting.CancelReason),
        };
        return await outbox.EnqueueAsync(CancelledKeyOf(assignment, memberId), CancelledKind, member,
            MeetingPublisher.CardActivity(AssignmentCard.Build(view)), cancellationToken);
    }

    /// <summary>The card's view: the chi bộ's name and path, and its secretary (or deputy) as the contact.</summary>
    public static AssignmentView ViewOf(CommitteeAssignment assignment, Meeting meeting, OrganizationTree tree, IEnumerable<Member> members)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(tree);
        var cellMembers = members.Where(m => string.Equals(m.UnitId, assignment.UnitId, StringComparison.OrdinalIgnoreCase)).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var secretary = cellMembers.FirstOrDefault(m => m.HasRole(UnitRole.Secretary)) ?? cellMembers.FirstOrDefault(m => m.HasRole(UnitRole.DeputySecretary));
        return new AssignmentView(tree.Find(assignment.UnitId)?.Name ?? assignment.UnitId, tree.PathOf(assignment.UnitId), meeting, assignment, secretary?.FullName);
    }
}
