using PartyBot.Core.Attendance;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// Records on the roll call the activity id of its posted card (<see cref="RollCallPublisher.CardKey"/>). Best effort
/// (<see cref="IOutboxObserver"/>): the card's update is sent to the card row's <see cref="OutboxEntry.SentActivityId"/>
/// by the dispatcher whether or not this ran.
/// </summary>
public sealed class RollCallCardObserver(RollCallStore rollCalls) : IOutboxObserver
{
    public async Task OnFinishedAsync(OutboxEntry entry, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Message.Kind != RollCallPublisher.CardKind || entry.Status != OutboxStatus.Sent || entry.SentActivityId is not { } activityId
            || CardKeys.Parse(entry.Message.Key, RollCallPublisher.CardKind) is not ({ } unitId, { } meetingId))
        {
            return;
        }
        await rollCalls.UpdateAsync(unitId, meetingId, r => r with
        {
            CardConversationId = r.CardConversationId ?? entry.Message.Target.ConversationId,
            CardActivityId = activityId,
        }, cancellationToken);
    }
}
