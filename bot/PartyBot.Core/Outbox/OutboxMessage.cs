namespace PartyBot.Core.Outbox;

/// <summary>Where a proactive message goes, as the connector needs it.</summary>
/// <param name="ConversationId">The conversation to post in; null for a 1:1 that may not exist yet (then <paramref name="UserId"/> and <paramref name="BotId"/>).</param>
/// <param name="UserId">The Teams user id (29:…) of a 1:1 recipient, for creating the conversation.</param>
/// <param name="AadObjectId">The 1:1 recipient's Entra object id: a conversation created for him or her is remembered under it.</param>
public sealed record OutboxTarget(string ServiceUrl, string? ConversationId, string? TenantId, string? UserId = null, string? BotId = null, string? AadObjectId = null)
{
    /// <summary>What the per-conversation pacing counts by: the conversation, or the user whose 1:1 is still to be created.</summary>
    public string ConversationKey => ConversationId ?? "user:" + UserId;
}

/// <summary>
/// A message to deliver, under a key the caller makes deterministic (kind, what, for whom, card version) so a retried
/// or duplicated enqueue finds the row that is already there.
/// </summary>
/// <param name="Kind">What sort of message (e.g. "invitation", "reminder"): logged and counted, never the content.</param>
/// <param name="ActivityJson">The activity as the connector takes it (Bot Framework JSON).</param>
/// <param name="UpdateActivityId">Null: post a new activity. Set: replace that activity in place (PUT).</param>
/// <param name="DueAt">Not sent before this time.</param>
/// <param name="UpdateOfKey">
/// Set (and <paramref name="UpdateActivityId"/> null): replace in place the activity that the row under this key posted,
/// as found when this row is sent: it waits while that row is not sent yet, and fails if that row failed or is gone.
/// </param>
public sealed record OutboxMessage(
    string Key, string Kind, OutboxTarget Target, string ActivityJson, DateTimeOffset DueAt, string? UpdateActivityId = null, string? UpdateOfKey = null);

public enum OutboxStatus
{
    Pending,

    /// <summary>A dispatcher is sending it; when the lease runs out unfinished, another dispatcher takes it over.</summary>
    Leased,
    Sent,

    /// <summary>403 blocked / not in roster, or 404: never retried.</summary>
    Unreachable,

    /// <summary>Given up: a permanent error, or too many transient ones.</summary>
    Failed,

    /// <summary>Taken back before it was sent, as no longer wanted (a reminder for a report submitted meanwhile).</summary>
    Withdrawn,
}
