using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PartyBot.BotFramework.Connector;

/// <summary>
/// The connector's resilience pipeline: a total timeout around retries (exponential back-off with jitter, a
/// <c>Retry-After</c> header wins) around a per-attempt timeout. Retried: 429, 412, 500, 502, 503, 504, network
/// errors and attempt timeouts; every other answer goes straight back to the caller.
/// </summary>
internal static partial class ConnectorResilience
{
    public const string PipelineName = "connector";
    public const string SingleAttemptPipelineName = "connector-single-attempt";
    public const string BreakerPipelineName = "connector-breaker";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, BotFrameworkOptions options)
    {
        // Back-off and timeouts wait on the network, i.e. real time. Polly would otherwise take the host's
        // TimeProvider, and a test host with a fake clock would freeze every retry and never time out.
        builder.TimeProvider = TimeProvider.System;
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "ConnectorTotalTimeout", Timeout = options.ConnectorTotalTimeout })
            .AddRetry(new HttpRetryStrategyOptions
            {
                Name = "ConnectorRetry",
                MaxRetryAttempts = options.ConnectorMaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.ConnectorRetryBaseDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "ConnectorAttemptTimeout", Timeout = options.ConnectorAttemptTimeout });
    }

    /// <summary>The pipeline of <see cref="ConnectorClient.SingleAttempt"/>: the per-attempt timeout only.</summary>
    public static void ConfigureSingleAttempt(ResiliencePipelineBuilder<HttpResponseMessage> builder, BotFrameworkOptions options)
    {
        builder.TimeProvider = TimeProvider.System;
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "ConnectorAttemptTimeout", Timeout = options.ConnectorAttemptTimeout });
    }

    /// <summary>
    /// The circuit breaker around <see cref="ConfigureSingleAttempt"/> (one per serviceUrl authority). Its sampling and
    /// break run on the host's clock (<paramref name="time"/>), so tests move it; the attempt timeout stays on real time.
    /// </summary>
    public static void ConfigureBreaker(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorBreakerOptions options, TimeProvider time, ILogger logger, string authority)
    {
        builder.TimeProvider = time;
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "ConnectorCircuitBreaker",
            FailureRatio = options.FailureRatio,
            SamplingDuration = options.SamplingDuration,
            MinimumThroughput = options.MinimumThroughput,
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsConnectorFailure(args.Outcome)),
            OnOpened = args =>
            {
                LogOpened(logger, authority, args.BreakDuration);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                LogClosed(logger, authority);
                return ValueTask.CompletedTask;
            },
        });
    }

    /// <summary>What says the connector itself is sick: 5xx, 408, no answer. Not 429 (a conversation's pace) nor other 4xx.</summary>
    internal static bool IsConnectorFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => IsTransient(response.StatusCode),
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    internal static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or
        HttpStatusCode.PreconditionFailed or
        HttpStatusCode.InternalServerError or
        HttpStatusCode.BadGateway or
        HttpStatusCode.ServiceUnavailable or
        HttpStatusCode.GatewayTimeout;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connector at {Authority} keeps failing: its circuit is open, no call to it for {BreakDuration}")]
    private static partial void LogOpened(ILogger logger, string authority, TimeSpan breakDuration);

    [LoggerMessage(Level = LogLevel.Information, Message = "The connector at {Authority} answers again: its circuit is closed")]
    private static partial void LogClosed(ILogger logger, string authority);
}
