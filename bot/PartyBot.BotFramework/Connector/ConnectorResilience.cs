using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace PartyBot.BotFramework.Connector;

/// <summary>
/// The connector's resilience pipeline: a total timeout around retries (exponential back-off with jitter, a
/// <c>Retry-After</c> header wins) around a per-attempt timeout. Retried: 429, 412, 500, 502, 503, 504, network
/// errors and attempt timeouts; every other answer goes straight back to the caller.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";
    public const string SingleAttemptPipelineName = "connector-single-attempt";

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
}
