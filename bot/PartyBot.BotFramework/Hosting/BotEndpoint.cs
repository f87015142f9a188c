using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Authentication;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;

namespace PartyBot.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: caller check, body (≤ 1 MB), activity, token, <see cref="InboundActivityRules"/>, then the host's
/// <see cref="ActivityHandler"/>. Every rejection answers before any handler runs.
/// </summary>
internal sealed partial class BotEndpoint(
    IOptions<BotFrameworkOptions> options,
    BotTokenValidator tokenValidator,
    ILogger<BotEndpoint> logger)
{
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var authenticated = options.Value.HasAppId;
        if (!authenticated && !Loopback.IsLoopback(context.Connection.RemoteIpAddress))
        {
            Reject(context, StatusCodes.Status401Unauthorized, "no app id is configured and the caller is not on this machine");
            return;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            Reject(context, StatusCodes.Status413PayloadTooLarge, "the declared body is over the limit");
            return;
        }

        string? token = null;
        if (authenticated && !TryGetBearerToken(context.Request, out token))
        {
            Reject(context, StatusCodes.Status401Unauthorized, "no bearer token");
            return;
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(context.Request, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            Reject(context, ex.StatusCode, "the body could not be read");
            return;
        }
        catch (Exception ex) when (ex is IOException || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            Log.CallerLeft(logger);
            return;
        }

        if (body is null)
        {
            Reject(context, StatusCodes.Status413PayloadTooLarge, "the body is over the limit");
            return;
        }

        var activity = ParseActivity(body);
        if (activity is null)
        {
            Reject(context, StatusCodes.Status400BadRequest, "the body is not an activity");
            return;
        }

        if (token is not null && !await tokenValidator.ValidateAsync(token, activity, cancellationToken))
        {
            Reject(context, StatusCodes.Status401Unauthorized, "the token is not valid for this activity");
            return;
        }

        if (InboundActivityRules.Problem(activity) is { } problem)
        {
            Reject(context, StatusCodes.Status400BadRequest, problem);
            await context.Response.WriteAsJsonAsync(new { error = problem }, cancellationToken);
            return;
        }

        if (!authenticated && !Loopback.IsLocalServiceUrl(activity.ServiceUrl))
        {
            Reject(context, StatusCodes.Status401Unauthorized, "no app id is configured and the serviceUrl is not http(s) on this machine");
            return;
        }

        await RunTurnAsync(context, activity, cancellationToken);
    }

    internal static Activity? ParseActivity(byte[] body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
            return activity is { Type.Length: > 0 } ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task RunTurnAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        InvokeResponse? response;
        try
        {
            var handler = context.RequestServices.GetRequiredService<ActivityHandler>();
            var connector = context.RequestServices.GetRequiredService<IConnectorClient>();
            response = await handler.OnTurnAsync(new TurnContext(activity, connector), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.TurnAborted(logger, activity.Type, activity.Id);
            return;
        }
#pragma warning disable CA1031 // The HTTP boundary: log once, answer 500.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.TurnFailed(logger, activity.Type, activity.Id, ex);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            return;
        }

        context.Response.StatusCode = response?.Status ?? StatusCodes.Status200OK;
        if (response?.Body is { } invokeBody)
        {
            await context.Response.WriteAsJsonAsync(invokeBody, invokeBody.GetType(), BotJson.Options, "application/json; charset=utf-8", cancellationToken);
        }
    }

    private static bool TryGetBearerToken(HttpRequest request, out string? token)
    {
        token = null;
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header) &&
            string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) &&
            !string.IsNullOrWhiteSpace(header.Parameter))
        {
            token = header.Parameter.Trim();
        }

        return token is not null;
    }

    /// <summary>The body, or null when it is over <see cref="MaxBodyBytes"/> (chunked bodies declare no length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 16 * 1024);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private void Reject(HttpContext context, int statusCode, string reason)
    {
        Log.Rejected(logger, statusCode, reason);
        context.Response.StatusCode = statusCode;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Bot request rejected with {StatusCode}: {Reason}")]
        public static partial void Rejected(ILogger logger, int statusCode, string reason);

        [LoggerMessage(Level = LogLevel.Error, Message = "The turn for activity {ActivityType} {ActivityId} failed")]
        public static partial void TurnFailed(ILogger logger, string? activityType, string? activityId, Exception exception);

        [LoggerMessage(Level = LogLevel.Debug, Message = "The caller went away while sending the body")]
        public static partial void CallerLeft(ILogger logger);

        [LoggerMessage(Level = LogLevel.Information, Message = "The caller went away during activity {ActivityType} {ActivityId}")]
        public static partial void TurnAborted(ILogger logger, string? activityType, string? activityId);
    }
}
