using System.Net;
using Polly.CircuitBreaker;

namespace PartyBot.BotFramework.Connector;

/// <summary>The connector answered with an error, or did not answer within the allowed time.</summary>
public sealed class ConnectorException(string message, HttpStatusCode? statusCode, string? errorCode, Exception? inner = null, TimeSpan? retryAfter = null)
    : Exception(message, inner)
{
    /// <summary>Null when no answer came (timeout, network).</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>The connector's <c>error.code</c>, e.g. ConversationBlockedByUser.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The answer's <c>Retry-After</c> in seconds (a 429 usually has one); null without one or as a date.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The user blocked or removed the bot: mark unreachable, never retry.</summary>
    public bool IsUserUnreachable =>
        StatusCode == HttpStatusCode.Forbidden &&
        ErrorCode is "ConversationBlockedByUser" or "BotNotInConversationRoster";

    /// <summary>Not called at all: the connector kept failing and its circuit breaker is open (<see cref="RetryAfter"/>: until when, if known).</summary>
    public bool IsCircuitOpen => InnerException is BrokenCircuitException;

    /// <summary>No answer (timeout, network) or one worth another try later: 429, 412, 500, 502, 503, 504.</summary>
    public bool IsTransient => StatusCode is not { } status || ConnectorResilience.IsTransient(status);
}
