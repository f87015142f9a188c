using PartyBot.Core.Attendance;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Bot.Attendance;

/// <summary>Records on the roll call the activity id of its posted card (<see cref="RollCallPublisher.CardKey"/>).</summary>
public sealed class RollCallCardObserver(RollCallStore rollCalls) : SentCardObserver(RollCallPublisher.CardKind)
{
    protected override async Task RecordAsync(string unitId, string meetingId, string? conversationId, string activityId, CancellationToken cancellationToken) =>
        await rollCalls.UpdateAsync(unitId, meetingId, r => r with
        {
            CardConversationId = r.CardConversationId ?? conversationId,
            CardActivityId = activityId,
        }, cancellationToken);
}
