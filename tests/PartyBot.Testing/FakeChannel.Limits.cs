using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PartyBot.Testing;

/// <summary>Faults the fake connector injects at a seeded rate (each a fraction of the requests, 0–1).</summary>
/// <param name="Seed">The same seed and the same requests give the same faults, whatever order the requests come in.</param>
/// <param name="ServerErrors">Answered 500.</param>
/// <param name="Blocked">Answered 403 ConversationBlockedByUser.</param>
/// <param name="TimeoutsAfterReceipt">Taken (the activity counts as shown, <see cref="RecordedCall.Accepted"/>), then no answer until the client gives up.</param>
public sealed record ConnectorFaults(int Seed, double ServerErrors = 0, double Blocked = 0, double TimeoutsAfterReceipt = 0);

/// <summary>
/// Teams' limits, enforced (protocol.md §5), and seeded faults. Per conversation 7 / 1 s, 8 / 2 s, 60 / 30 s,
/// 1,800 / hour; per app and tenant (this fake serves one tenant) 50 / s; a request over a limit is answered 429 with
/// Retry-After and does not count. Windows slide on the real clock, as the network does.
/// </summary>
public sealed partial class FakeChannel
{
    private static readonly (int Count, TimeSpan Window)[] ConversationLimits =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    private static readonly (int Count, TimeSpan Window) TenantLimit = (50, TimeSpan.FromSeconds(1));

    private readonly Lock _limitsGate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _acceptedByConversation = new(StringComparer.Ordinal);
    private readonly List<DateTimeOffset> _acceptedByTenant = [];
    private readonly Dictionary<string, int> _seenRequests = new(StringComparer.Ordinal);
    private bool _enforceLimits;
    private ConnectorFaults? _faults;
    private int _limitRejections;

    /// <summary>Requests answered 429 because a Teams limit was reached (<see cref="EnforceTeamsLimits"/>).</summary>
    public int LimitRejections => Volatile.Read(ref _limitRejections);

    /// <summary>From now on, a request over one of Teams' limits is answered 429 with Retry-After.</summary>
    public void EnforceTeamsLimits()
    {
        lock (_limitsGate)
        {
            _enforceLimits = true;
        }
    }

    /// <summary>From now on, requests fail at the given seeded rates (after the queued failures, before the limits).</summary>
    public void InjectFaults(ConnectorFaults faults)
    {
        lock (_limitsGate)
        {
            _faults = faults;
        }
    }

    /// <summary>The 429 a request over a limit gets, or null (and the request counts) when it is within them.</summary>
    private TimeSpan? OverLimit(string[] segments)
    {
        var now = TimeProvider.System.GetUtcNow();
        lock (_limitsGate)
        {
            if (!_enforceLimits)
            {
                return null;
            }
            // segments: connector, v3, conversations, {id}, …; POST v3/conversations (a new 1:1) counts for the tenant only.
            var conversation = segments.Length > 3
                ? _acceptedByConversation.TryGetValue(segments[3], out var list) ? list : _acceptedByConversation[segments[3]] = []
                : null;
            var wait = Wait(_acceptedByTenant, TenantLimit, now);
            foreach (var limit in conversation is null ? [] : ConversationLimits)
            {
                wait = Longer(wait, Wait(conversation!, limit, now));
            }
            if (wait is { } retryAfter)
            {
                _limitRejections++;
                return retryAfter;
            }
            _acceptedByTenant.RemoveAll(t => t <= now - TenantLimit.Window);
            _acceptedByTenant.Add(now);
            conversation?.Add(now);
            return null;
        }

        static TimeSpan? Longer(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
    }

    /// <summary>How long until one more request fits in the window, or null when it fits now.</summary>
    private static TimeSpan? Wait(List<DateTimeOffset> accepted, (int Count, TimeSpan Window) limit, DateTimeOffset now)
    {
        var inWindow = accepted.Where(t => t > now - limit.Window).ToList();
        if (limit.Window == TimeSpan.FromHours(1))
        {
            accepted.RemoveAll(t => t <= now - limit.Window); // the longest window: older ones never matter again
        }
        return inWindow.Count < limit.Count ? null : inWindow[^limit.Count] + limit.Window - now;
    }

    /// <summary>The seeded fault for this request, if any: "500", "blocked" or "timeout".</summary>
    private string? FaultFor(string method, string[] segments, JsonElement? body)
    {
        ConnectorFaults faults;
        int seen;
        var request = $"{method} {string.Join('/', segments)} {body?.GetRawText()}";
        lock (_limitsGate)
        {
            if (_faults is null)
            {
                return null;
            }
            faults = _faults;
            seen = _seenRequests[request] = _seenRequests.GetValueOrDefault(request) + 1;
        }
        var draw = Draw($"{faults.Seed}|{seen}|{request}");
        return draw < faults.ServerErrors ? "500"
            : draw < faults.ServerErrors + faults.Blocked && segments.Length > 3 ? "blocked"
            : draw < faults.ServerErrors + faults.Blocked + faults.TimeoutsAfterReceipt ? "timeout"
            : null;
    }

    /// <summary>Answers a fault; a timeout first does what the request asks (the activity is shown), then holds the answer until the client hangs up.</summary>
    private async Task<int> AnswerFaultAsync(HttpContext context, string fault)
    {
        switch (fault)
        {
            case "500":
                return await WriteAsync(context, 500, Error("InternalServerError", "Fake connector fault."));
            case "blocked":
                return await WriteAsync(context, 403, Error("ConversationBlockedByUser", "User blocked the conversation with the bot."));
            default:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    try
                    {
                        await Task.Delay(TimeSpan.FromMinutes(1), linked.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                return 499;
        }
    }

    private static async Task<int> WriteRateLimitedAsync(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return await WriteAsync(context, 429, new JsonObject { ["error"] = new JsonObject { ["code"] = "TooManyRequests", ["message"] = "Fake Teams limit." } });
    }

    /// <summary>A stable number in [0, 1) from the text (FNV-1a: the same in every process, unlike string.GetHashCode).</summary>
    private static double Draw(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return (hash >> 11) / (double)(1UL << 53);
    }
}
