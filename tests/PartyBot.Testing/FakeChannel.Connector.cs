using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartyBot.BotFramework.Schema;

namespace PartyBot.Testing;

/// <summary>The fake Bot Connector: <c>{ServiceUrl}v3/conversations/…</c>, recording every call.</summary>
public sealed partial class FakeChannel
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _callsGate = new();
    private readonly List<RecordedCall> _calls = [];
    private readonly List<ChannelAccount> _roster = [];
    private readonly ConcurrentQueue<PlannedAnswer> _planned = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<PlannedAnswer>> _plannedFor = new(StringComparer.Ordinal);
    private TaskCompletionSource _callRecorded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _late;
    private int _nextActivityId;
    private int _connectorRequests;
    private int _held;

    /// <summary>Connector requests that have arrived, answered or not yet (a delayed answer is still on its way).</summary>
    public int ConnectorRequestsReceived => Volatile.Read(ref _connectorRequests);

    /// <summary>Every connector call so far, in the order they were answered (a snapshot).</summary>
    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_callsGate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The next connector call answers <paramref name="statusCode"/> (with Retry-After and error.code if given). Queued in order.</summary>
    public void EnqueueFailure(int statusCode, TimeSpan? retryAfter = null, string? errorCode = null) =>
        _planned.Enqueue(new PlannedAnswer(statusCode, retryAfter, errorCode, TimeSpan.Zero));

    /// <summary>
    /// The next call about conversation <paramref name="conversationId"/> (v3/conversations/{id}/…) answers
    /// <paramref name="statusCode"/>; calls about other conversations are not affected. Queued in order, before the general queue.
    /// </summary>
    public void EnqueueFailureFor(string conversationId, int statusCode, TimeSpan? retryAfter = null, string? errorCode = null) =>
        _plannedFor.GetOrAdd(conversationId, _ => new ConcurrentQueue<PlannedAnswer>())
            .Enqueue(new PlannedAnswer(statusCode, retryAfter, errorCode, TimeSpan.Zero));

    /// <summary>The next connector call waits <paramref name="delay"/> before answering normally (for timeouts).</summary>
    public void EnqueueDelay(TimeSpan delay) => _planned.Enqueue(new PlannedAnswer(null, null, null, delay));

    /// <summary>
    /// From now on every connector call is held unanswered until <see cref="AnswerOnTime"/>, so that a test can kill a host
    /// while its send is in flight. A held call whose client hangs up (its host died, or its attempt timed out) is
    /// recorded 499 and not <see cref="RecordedCall.Accepted"/>: the activity was not shown.
    /// </summary>
    public void AnswerLate()
    {
        lock (_callsGate)
        {
            _late ??= new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Answers the calls <see cref="AnswerLate"/> holds, and every later one at once.</summary>
    public void AnswerOnTime()
    {
        TaskCompletionSource? late;
        lock (_callsGate)
        {
            (late, _late) = (_late, null);
        }
        late?.TrySetResult();
    }

    /// <summary>Connector calls held right now by <see cref="AnswerLate"/>.</summary>
    public int CallsHeld => Volatile.Read(ref _held);

    /// <summary>A member of every conversation's roster (pagedmembers, members/{id}).</summary>
    public void AddMember(ChannelAccount member)
    {
        lock (_callsGate)
        {
            _roster.Add(member);
        }
    }

    /// <summary>Forgets the recorded calls (queued failures and delays stay queued).</summary>
    public void ResetCalls()
    {
        lock (_callsGate)
        {
            _calls.Clear();
        }
    }

    /// <summary>The first call (already made or still to come) that matches; TimeoutException after 10 s by default.</summary>
    public async Task<RecordedCall> WaitForCallAsync(Func<RecordedCall, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var expiry = new CancellationTokenSource(timeout ?? DefaultWait);
        while (true)
        {
            Task recorded;
            lock (_callsGate)
            {
                if (_calls.FirstOrDefault(match) is { } call)
                {
                    return call;
                }

                recorded = _callRecorded.Task;
            }

            try
            {
                await recorded.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join(", ", Calls.Select(c => $"{c.Method} {c.Path} → {c.AnsweredStatus}"));
                throw new TimeoutException($"No matching connector call within {timeout ?? DefaultWait}. Calls: [{seen}]");
            }
        }
    }

    private async Task HandleConnectorAsync(HttpContext context)
    {
        var receivedAt = TimeProvider.System.GetUtcNow();
        Interlocked.Increment(ref _connectorRequests);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var (status, body, fault) = await AnswerAsync(context, segments);
        context.Items.TryGetValue(AnsweredActivityIdItem, out var answeredId);
        Record(new RecordedCall(
            context.Request.Method,
            "/" + string.Join('/', segments),
            context.Request.Headers.Authorization.FirstOrDefault(),
            body,
            status)
        {
            RawPath = rawPath,
            Query = queryStart < 0 ? "" : rawTarget[(queryStart + 1)..],
            ReceivedAt = receivedAt,
            Fault = fault,
            Accepted = status is >= 200 and < 300 || fault == "timeout",
            AnsweredActivityId = answeredId as string,
        });
    }

    private async Task<(int Status, JsonElement? Body, string? Fault)> AnswerAsync(HttpContext context, string[] segments)
    {
        JsonElement? body;
        try
        {
            body = await ReadBodyAsync(context.Request);
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return (StatusCodes.Status400BadRequest, null, null);
        }

        if (!await HoldWhileLateAsync(context))
        {
            return (499, body, null);
        }
        if (TryDequeuePlanned(segments, out var planned))
        {
            if (planned.Delay > TimeSpan.Zero)
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
                try
                {
                    await Task.Delay(planned.Delay, linked.Token);
                }
                catch (OperationCanceledException)
                {
                    return (499, body, null);
                }
            }

            if (planned.StatusCode is { } failure)
            {
                if (planned.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var error = planned.ErrorCode is null
                    ? null
                    : new JsonObject { ["error"] = new JsonObject { ["code"] = planned.ErrorCode, ["message"] = "Fake connector failure." } };
                return (await WriteAsync(context, failure, error), body, null);
            }
        }

        if (OverLimit(segments) is { } limitWait)
        {
            return (await WriteRateLimitedAsync(context, limitWait), body, "limit");
        }
        if (FaultFor(context.Request.Method, segments, body) is { } fault)
        {
            return (await AnswerFaultAsync(context, fault), body, fault);
        }
        return (await RouteAsync(context, segments, body), body, null);
    }

    /// <summary>Waits while <see cref="AnswerLate"/> holds the calls; false when the client hung up (or the fake stops) meanwhile.</summary>
    private async Task<bool> HoldWhileLateAsync(HttpContext context)
    {
        Task late;
        lock (_callsGate)
        {
            if (_late is null)
            {
                return true;
            }
            late = _late.Task;
        }
        Interlocked.Increment(ref _held);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await late.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            Interlocked.Decrement(ref _held);
        }
    }

    private bool TryDequeuePlanned(string[] segments, out PlannedAnswer planned)
    {
        // segments: connector, v3, conversations, {id}, …
        if (segments.Length > 3 && _plannedFor.TryGetValue(segments[3], out var queue) && queue.TryDequeue(out planned!))
        {
            return true;
        }
        return _planned.TryDequeue(out planned!);
    }

    /// <summary>Segments after "connector": v3/conversations[/{id}[/activities[/{activityId}] | /pagedmembers | /members/{userId}]].</summary>
    private Task<int> RouteAsync(HttpContext context, string[] segments, JsonElement? body)
    {
        var path = segments.Skip(1).ToArray();
        var method = context.Request.Method;
        return (path, method) switch
        {
            (["v3", "conversations"], "POST") => CreateConversationAsync(context, body),
            (["v3", "conversations", _, "activities"], "POST") => WriteAsync(context, 200, NewActivityId(context)),
            (["v3", "conversations", _, "activities", _], "POST") => WriteAsync(context, 200, NewActivityId(context)),
            (["v3", "conversations", _, "activities", var activityId], "PUT") => WriteAsync(context, 200, new JsonObject { ["id"] = activityId }),
            (["v3", "conversations", _, "activities", _], "DELETE") => WriteAsync(context, 200, null),
            (["v3", "conversations", _, "pagedmembers"], "GET") => PagedMembersAsync(context),
            (["v3", "conversations", _, "members", var userId], "GET") => MemberAsync(context, userId),
            _ => WriteAsync(context, 404, Error("NotFound", "The fake connector has no such route.")),
        };
    }

    private static Task<int> CreateConversationAsync(HttpContext context, JsonElement? body)
    {
        var memberId = body is { ValueKind: JsonValueKind.Object } parameters &&
                       parameters.TryGetProperty("members", out var members) &&
                       members.ValueKind == JsonValueKind.Array &&
                       members.GetArrayLength() > 0 &&
                       members[0].TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
        return memberId is null
            ? WriteAsync(context, 400, Error("BadArgument", "members[0].id is required."))
            : WriteAsync(context, 200, new JsonObject { ["id"] = $"a:fake-{memberId}" });
    }

    private Task<int> PagedMembersAsync(HttpContext context)
    {
        var pageSize = int.TryParse(context.Request.Query["pageSize"], CultureInfo.InvariantCulture, out var size) && size > 0 ? size : 200;
        var start = int.TryParse(context.Request.Query["continuationToken"], CultureInfo.InvariantCulture, out var from) ? from : 0;
        ChannelAccount[] page;
        bool more;
        lock (_callsGate)
        {
            page = [.. _roster.Skip(start).Take(pageSize)];
            more = start + page.Length < _roster.Count;
        }

        var result = new PagedMembersResult
        {
            Members = page,
            ContinuationToken = more ? (start + page.Length).ToString(CultureInfo.InvariantCulture) : null,
        };
        return WriteAsync(context, 200, JsonSerializer.SerializeToNode(result, BotJson.Options));
    }

    private Task<int> MemberAsync(HttpContext context, string userId)
    {
        ChannelAccount? member;
        lock (_callsGate)
        {
            member = _roster.FirstOrDefault(m => m.Id == userId || m.EntraObjectId == userId);
        }

        return member is null
            ? WriteAsync(context, 404, Error("MemberNotFoundInConversation", "The member is not in the conversation."))
            : WriteAsync(context, 200, JsonSerializer.SerializeToNode(member, BotJson.Options));
    }

    private const string AnsweredActivityIdItem = "fake-channel-activity-id";

    private JsonObject NewActivityId(HttpContext context)
    {
        var id = $"1:fake-activity-{Interlocked.Increment(ref _nextActivityId)}";
        context.Items[AnsweredActivityIdItem] = id;
        return new() { ["id"] = id };
    }

    private static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static async Task<int> WriteAsync(HttpContext context, int statusCode, JsonNode? body)
    {
        context.Response.StatusCode = statusCode;
        if (body is not null)
        {
            await WriteJsonAsync(context, statusCode, body);
        }

        return statusCode;
    }

    private static async Task<JsonElement?> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (buffer.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private void Record(RecordedCall call)
    {
        TaskCompletionSource recorded;
        lock (_callsGate)
        {
            _calls.Add(call);
            recorded = _callRecorded;
            _callRecorded = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        recorded.TrySetResult();
    }

    private sealed record PlannedAnswer(int? StatusCode, TimeSpan? RetryAfter, string? ErrorCode, TimeSpan Delay);
}
