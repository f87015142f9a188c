using System.ComponentModel.DataAnnotations;

namespace PartyBot.BotFramework.Connector;

/// <summary>
/// The circuit breaker of the single-attempt connector client (section <c>BotFramework:ConnectorBreaker</c>), one per
/// serviceUrl authority: when at least <see cref="FailureRatio"/> of the calls of the last <see cref="SamplingDuration"/>
/// failed (5xx, 408, no answer; at least <see cref="MinimumThroughput"/> calls), that connector is not called for
/// <see cref="BreakDuration"/>, then one trial call decides. 429 and other 4xx are answers, not failures of the connector.
/// </summary>
public sealed class ConnectorBreakerOptions
{
    public const string Section = "BotFramework:ConnectorBreaker";

    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    [Range(2, 10000)]
    public int MinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
