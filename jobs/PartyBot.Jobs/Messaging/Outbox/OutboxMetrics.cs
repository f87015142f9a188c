using System.Diagnostics.Metrics;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>What became of one attempt to deliver an outbox row.</summary>
public enum DeliveryOutcome
{
    Sent,

    /// <summary>A transient failure (5xx, 412, timeout): tried again after a back-off.</summary>
    Retried,

    /// <summary>429: tried again after the connector's Retry-After.</summary>
    Throttled,
    Unreachable,
    Failed,

    /// <summary>Not sent: the connector's circuit is open (it kept failing). Back to pending after the break, no attempt spent.</summary>
    CircuitOpen,
}

/// <summary>
/// Meter <c>PartyBot.Outbox</c>, counter <c>partybot.outbox.deliveries</c> tagged <c>outcome</c> (sent, retried,
/// throttled, unreachable, failed, circuit_open) and <c>kind</c>.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "PartyBot.Outbox";
    public const string DeliveriesName = "partybot.outbox.deliveries";

    private readonly Counter<long> _deliveries;

    public OutboxMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _deliveries = meters.Create(MeterName).CreateCounter<long>(DeliveriesName, description: "Outbox delivery attempts by outcome and message kind");
    }

    public void Count(DeliveryOutcome outcome, string kind) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", Name(outcome)), new KeyValuePair<string, object?>("kind", kind));

    public static string Name(DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.Sent => "sent",
        DeliveryOutcome.Retried => "retried",
        DeliveryOutcome.Throttled => "throttled",
        DeliveryOutcome.Unreachable => "unreachable",
        DeliveryOutcome.CircuitOpen => "circuit_open",
        _ => "failed",
    };
}
