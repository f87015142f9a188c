using PartyBot.Core.Outbox;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// Records where a meeting's card of one kind was posted, once its row is sent (a key made by <see cref="CardKeys"/>).
/// Best effort (<see cref="IOutboxObserver"/>): an update of the card is sent to the post row's
/// <see cref="OutboxEntry.SentActivityId"/> by the dispatcher whether or not this ran.
/// </summary>
public abstract class SentCardObserver(string kind) : IOutboxObserver
{
    public Task OnFinishedAsync(OutboxEntry entry, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Message.Kind == kind && entry.Status == OutboxStatus.Sent && entry.SentActivityId is { } activityId
            && CardKeys.Parse(entry.Message.Key, kind) is ({ } unitId, { } meetingId)
            ? RecordAsync(unitId, meetingId, entry.Message.Target.ConversationId, activityId, cancellationToken)
            : Task.CompletedTask;
    }

    protected abstract Task RecordAsync(string unitId, string meetingId, string? conversationId, string activityId, CancellationToken cancellationToken);
}
