using System.Threading.RateLimiting;
using PartyBot.Core.Outbox;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// Token buckets per tenant, then per conversation (System.Threading.RateLimiting, idle buckets dropped by the
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
        // Tenant first: a chain stops at the first limiter without a permit, and the permits taken before it are spent.
        // A tenant permit refills in 1/40 s, a conversation's in 2 s: a busy tenant must not burn the conversations' ones.
        _limiter = PartitionedRateLimiter.CreateChained(_tenants, _conversations);
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
