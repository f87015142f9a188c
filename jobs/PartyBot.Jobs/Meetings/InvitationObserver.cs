using PartyBot.Core.Meetings;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Meetings;

/// <summary>
/// Records on the meeting the activity id of its posted invitation (<see cref="MeetingPublisher.InvitationKey"/>),
/// so later updates and readers find the card. Best effort (<see cref="IOutboxObserver"/>): an update whose meeting has
/// no id yet is sent to the invitation row's <see cref="OutboxEntry.SentActivityId"/> by the dispatcher.
/// </summary>
public sealed class InvitationObserver(MeetingStore meetings) : IOutboxObserver
{
    public async Task OnFinishedAsync(OutboxEntry entry, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Message.Kind != MeetingPublisher.Kind || entry.Status != OutboxStatus.Sent || entry.SentActivityId is not { } activityId
            || CardKeys.Parse(entry.Message.Key, MeetingPublisher.Kind) is not ({ } unitId, { } meetingId))
        {
            return;
        }
        await meetings.UpdateAsync(unitId, meetingId, m => m with
        {
            Status = m.Status == MeetingStatus.Planned ? MeetingStatus.Announced : m.Status,
            CardConversationId = m.CardConversationId ?? entry.Message.Target.ConversationId,
            CardActivityId = activityId,
        }, cancellationToken);
    }
}
