using PartyBot.Core.Meetings;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Meetings;

/// <summary>Records on the meeting the activity id of its posted invitation (<see cref="MeetingPublisher.InvitationKey"/>), so later readers find the card.</summary>
public sealed class InvitationObserver(MeetingStore meetings) : SentCardObserver(MeetingPublisher.Kind)
{
    protected override async Task RecordAsync(string unitId, string meetingId, string? conversationId, string activityId, CancellationToken cancellationToken) =>
        await meetings.UpdateAsync(unitId, meetingId, m => m with
        {
            Status = m.Status == MeetingStatus.Planned ? MeetingStatus.Announced : m.Status,
            CardConversationId = m.CardConversationId ?? conversationId,
            CardActivityId = activityId,
        }, cancellationToken);
}
