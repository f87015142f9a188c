using Azure;

namespace PartyBot.Core.Outbox;

/// <summary>One outbox row as stored: the message, where it stands, and what the connector last answered.</summary>
/// <param name="NextAttemptAt">When a dispatcher may next pick it up: due time, back-off after a failure, or the end of a lease.</param>
/// <param name="Attempts">Leases taken (each is an attempt, also one cut short by a crash).</param>
/// <param name="Throttles">Attempts answered 429: not counted against the attempt limit.</param>
/// <param name="LastAnswer">The connector's last answer, e.g. "429", "403 ConversationBlockedByUser", "timeout".</param>
public sealed record OutboxEntry(
    OutboxMessage Message,
    OutboxStatus Status,
    DateTimeOffset NextAttemptAt,
    int Attempts,
    int Throttles,
    string? LastAnswer,
    string? SentActivityId,
    string? LeasedBy,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset? CompletedAt,
    ETag ETag)
{
    public bool IsFinished => Status is OutboxStatus.Sent or OutboxStatus.Unreachable or OutboxStatus.Failed or OutboxStatus.Withdrawn;

    /// <summary>Attempts that count against the limit: all but the throttled ones.</summary>
    public int FailedAttempts => Attempts - Throttles;
}
