using System.Threading.RateLimiting;
using PartyBot.Core.Outbox;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// Token buckets per conversation, then per tenant (System.Threading.RateLimiting, idle buckets dropped by the
/// partitioned limiter). Never waits: a row without a permit stays due for the next round, so one busy conversation
/// never holds up the others.
/// </summary>
internal sealed class OutboxPacing : IDisposable
{
    private readonly PartitionedRateLimiter<OutboxEntry> _conversations;
    private readonly PartitionedRateLimiter<OutboxEntry> _tenants;
    private readonly PartitionedRateLimiter<OutboxEntry> _limiter;

    public OutboxPacing(OutboxDispatcherOptions options)
    {
        _conversations = PartitionedRateLimiter.Create<OutboxEntry, string>(entry => RateLimitPartition.GetTokenBucketLimiter(
            entry.Message.Target.ConversationKey,
            _ => Bucket(options.ConversationBurst, options.ConversationTokensPerPeriod, options.ConversationPeriod)));
        _tenants = PartitionedRateLimiter.Create<OutboxEntry, string>(entry => RateLimitPartition.GetTokenBucketLimiter(
            entry.Message.Target.TenantId ?? "",
            _ => Bucket(options.TenantBurst, options.TenantTokensPerPeriod, options.TenantPeriod)));
        _limiter = PartitionedRateLimiter.CreateChained(_conversations, _tenants);
    }

    /// <summary>True when the row may be sent now (the permit is spent either way).</summary>
    public bool TryAcquire(OutboxEntry entry)
    {
        using var lease = _limiter.AttemptAcquire(entry);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _tenants.Dispose();
        _conversations.Dispose();
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int tokensPerPeriod, TimeSpan period) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = tokensPerPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
