using PartyBot.Core.Outbox;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// Told by the dispatcher when a row is finished (sent, unreachable or failed) and its outcome is stored: where a
/// feature records what the send gave it (the activity id of a posted card, an unreachable member). Registered in DI
/// (any lifetime); resolved for each finished row, in a scope of its own. Best effort: a host that dies between storing the outcome
/// and telling the observers never tells them, so an observer's record must also be found from the row itself
/// (<see cref="OutboxStore.FindAsync"/>). A failure is logged and does not change the row.
/// </summary>
public interface IOutboxObserver
{
    Task OnFinishedAsync(OutboxEntry entry, DeliveryOutcome outcome, CancellationToken cancellationToken);
}
