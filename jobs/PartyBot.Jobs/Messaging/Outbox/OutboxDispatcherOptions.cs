using System.ComponentModel.DataAnnotations;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// The dispatcher's schedule, retries and pacing (section <c>Outbox:Dispatcher</c>). The pacing defaults stay under
/// Teams' published limits (protocol.md §5): per conversation 7 / 1 s, 8 / 2 s, 60 / 30 s, 1,800 / hour — a burst of 3
/// then one every 2 s gives at most 4 in any 2 s, 18 in 30 s, about 1,800 an hour; per tenant 50 requests / s — a
/// burst of 5 then 4 every 100 ms gives at most 45 in any second where the bot sends them, a margin for the network,
/// which can bring requests sent over a little more than a second into one (the fault tests saw a 51st without it).
/// </summary>
public sealed class OutboxDispatcherOptions : IValidatableObject
{
    public const string Section = "Outbox:Dispatcher";

    /// <summary>Off: the dispatcher does not run in this host (the rows wait for a host where it runs).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The pause between two looks for due rows while there is work.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest pause when idle: each round that finds nothing doubles the pause, up to this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan MaxIdlePollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Due rows read per partition in one round.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Conversations sent to at the same time.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Attempts (429s not counted) before a transient failure becomes <c>Failed</c>.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The back-off after the first transient failure; doubled after each further one, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 1000)]
    public int ConversationBurst { get; set; } = 3;

    [Range(1, 1000)]
    public int ConversationTokensPerPeriod { get; set; } = 1;

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ConversationPeriod { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 10000)]
    public int TenantBurst { get; set; } = 5;

    [Range(1, 10000)]
    public int TenantTokensPerPeriod { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan TenantPeriod { get; set; } = TimeSpan.FromMilliseconds(100);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxIdlePollInterval < PollInterval)
        {
            yield return new ValidationResult(
                $"{Section}:MaxIdlePollInterval ({MaxIdlePollInterval}) must not be shorter than PollInterval ({PollInterval}).",
                [nameof(MaxIdlePollInterval)]);
        }
    }
}
