using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;
using PartyBot.BotFramework.Schema;

namespace PartyBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API v3 over a typed <see cref="HttpClient"/> whose handlers add the token and the
/// resilience pipeline (see <see cref="ConnectorResilience"/>). Ids are escaped into the path; errors become
/// <see cref="ConnectorException"/>.
/// </summary>
public sealed partial class ConnectorClient(HttpClient httpClient, ILogger<ConnectorClient> logger) : IConnectorClient
{
    /// <summary>
    /// The key of a keyed <see cref="IConnectorClient"/> that makes one attempt per call (an attempt timeout, no retries):
    /// for a caller that retries on its own schedule, such as the outbox dispatcher, so the two never stack.
    /// </summary>
    public const string SingleAttempt = "connector-single-attempt";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, ActivityPath(conversationId, activityId), activity, cancellationToken)
        ?? new ResourceResponse(null);

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, ActivityPath(conversationId, activityId), activity, cancellationToken)
        ?? new ResourceResponse(activityId);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(HttpMethod.Delete, serviceUrl, ActivityPath(conversationId, activityId), null, cancellationToken);

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken)
        ?? new ConversationResourceResponse();

    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers?pageSize={pageSize}";
        if (!string.IsNullOrEmpty(continuationToken))
        {
            path += $"&continuationToken={Escape(continuationToken)}";
        }

        return await SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, cancellationToken) ?? new PagedMembersResult();
    }

    public async Task<ChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        await SendAsync<ChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}", null, cancellationToken)
        ?? throw new ConnectorException("The connector answered a member lookup with an empty body.", HttpStatusCode.OK, null);

    private static string ActivityPath(string conversationId, string activityId) =>
        $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}";

    private static string Escape(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }

    internal static Uri BuildUri(string serviceUrl, string relativePath)
    {
        var root = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        if (!Uri.TryCreate(root, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        return new Uri(baseUri, relativePath);
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string relativePath, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, BuildUri(serviceUrl, relativePath));
        if (body is not null)
        {
            // Bytes, not a streaming JsonContent: a Content-Length, and the same content for every retry.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        using var response = await SendWithErrorsAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateErrorAsync(request, response, cancellationToken);
        }

        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            return content.Length == 0 ? default : JsonSerializer.Deserialize<T>(content, BotJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ConnectorException($"The connector's answer to {method} {relativePath} is not valid JSON.", response.StatusCode, null, ex);
        }
    }

    private async Task<HttpResponseMessage> SendWithErrorsAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await httpClient.SendAsync(request, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            // Nothing was sent: the single-attempt client's breaker holds calls to a connector that keeps failing.
            throw new ConnectorException("The connector's circuit is open: it was not called.", null, null, ex, ex.RetryAfter);
        }
        catch (TimeoutRejectedException ex)
        {
            Log.TimedOut(logger, request.Method.Method, request.RequestUri!.AbsolutePath, ex);
            throw new ConnectorException("The connector did not answer in time.", null, null, ex);
        }
        catch (HttpRequestException ex)
        {
            Log.Unreachable(logger, request.Method.Method, request.RequestUri!.AbsolutePath, ex);
            throw new ConnectorException("The connector could not be reached.", null, null, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TimedOut(logger, request.Method.Method, request.RequestUri!.AbsolutePath, ex);
            throw new ConnectorException("The connector did not answer in time.", null, null, ex);
        }
    }

    private async Task<ConnectorException> CreateErrorAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var code = ReadErrorCode(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var status = (int)response.StatusCode;
        Log.Failed(logger, request.Method.Method, request.RequestUri!.AbsolutePath, status, code);
        return new ConnectorException(
            $"The connector answered {request.Method} with {status} {code}".TrimEnd() + ".", response.StatusCode, code, retryAfter: response.Headers.RetryAfter?.Delta);
    }

    /// <summary>The <c>error.code</c> of a connector error body <c>{ "error": { "code", "message" } }</c>.</summary>
    internal static string? ReadErrorCode(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                   document.RootElement.TryGetProperty("error", out var error) &&
                   error.ValueKind == JsonValueKind.Object &&
                   error.TryGetProperty("code", out var code) &&
                   code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Connector call {Method} {Path} answered {StatusCode} {ErrorCode}")]
        public static partial void Failed(ILogger logger, string method, string path, int statusCode, string? errorCode);

        [LoggerMessage(Level = LogLevel.Error, Message = "Connector call {Method} {Path} did not answer in time")]
        public static partial void TimedOut(ILogger logger, string method, string path, Exception exception);

        [LoggerMessage(Level = LogLevel.Error, Message = "Connector call {Method} {Path} could not reach the connector")]
        public static partial void Unreachable(ILogger logger, string method, string path, Exception exception);
    }
}
