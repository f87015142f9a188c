using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Testing;
using Xunit.Abstractions;

namespace PartyBot.Jobs.Tests.Messaging.Outbox;

/// <summary>
/// Issue 11, item 7: hundreds of messages through the dispatcher with its default pacing, against a fake connector that
/// enforces Teams' limits and fails at a seeded rate. What the design promises (OutboxDispatcher's summary): nothing is
/// lost; a row is sent once, except that an attempt the client gave up on ("no answer": the injected timeouts after
/// receipt, or a slow answer on a busy machine) may have been taken by the connector and is sent again, so such a row
/// may be shown once more for each of those; a row is unreachable only after a 403.
/// </summary>
public sealed class OutboxFaultTests(ITestOutputHelper output)
{
    private static readonly ConnectorFaults Faults = new(Seed: 11, ServerErrors: 0.05, Blocked: 0.02, TimeoutsAfterReceipt: 0.03);

    /// <summary>The dispatcher's default pacing (the rig turns it off), a shorter attempt timeout for the timeouts.</summary>
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Outbox:Dispatcher:ConversationBurst"] = $"{new OutboxDispatcherOptions().ConversationBurst}",
        ["Outbox:Dispatcher:TenantBurst"] = $"{new OutboxDispatcherOptions().TenantBurst}",
        ["BotFramework:ConnectorAttemptTimeout"] = "00:00:02",
    };

    [Fact]
    public async Task DispatchOnce_200MessagesIn50ConversationsWithFaults_NoneLostDuplicatesOnlyAfterTimeouts_LimitsNeverReached()
    {
        var finished = new FinishedRows();
        await using var rig = await OutboxRig.CreateAsync(Defaults, services => services.AddSingleton<IOutboxObserver>(finished));
        var keys = await EnqueueAsync(rig, messages: 200, conversations: 50);

        await DeliverAsync(rig, [rig.Dispatcher], keys, finished);

        await AssertPromisesKeptAsync(rig, keys);
        Assert.Equal(0, rig.Channel.LimitRejections);
    }

    [Fact]
    public async Task DispatchOnce_TwoHostsOnOneStoreWithFaults_NoneLostDuplicatesOnlyAfterTimeouts()
    {
        var finished = new FinishedRows();
        await using var rig = await OutboxRig.CreateAsync(Defaults, services => services.AddSingleton<IOutboxObserver>(finished));
        await rig.AddHostAsync();
        var keys = await EnqueueAsync(rig, messages: 120, conversations: 30);

        await DeliverAsync(rig, [rig.Dispatcher, rig.DispatcherOf(1)], keys, finished);

        await AssertPromisesKeptAsync(rig, keys);
        // Pacing is each instance's own: two instances may together pass a limit; the 429s are waited out, nothing is lost.
        output.WriteLine($"429s for Teams' limits with two instances: {rig.Channel.LimitRejections}");
    }

    [Fact]
    public async Task FakeChannel_TeamsLimits_EighthPostToAConversationWithinASecond_429WithRetryAfter()
    {
        await using var channel = await FakeChannel.StartAsync();
        channel.EnforceTeamsLimits();
        using var http = new HttpClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 8; i++)
        {
            last?.Dispose();
            last = await http.PostAsync(channel.ServiceUrl + "v3/conversations/19:a@thread.v2/activities",
                new StringContent("""{"type":"message","text":"x"}""", Encoding.UTF8, "application/json"));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 7), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(TimeSpan.FromSeconds(1), last!.Headers.RetryAfter?.Delta);
        Assert.Equal(1, channel.LimitRejections);
        last.Dispose();
    }

    private static async Task<IReadOnlyList<string>> EnqueueAsync(OutboxRig rig, int messages, int conversations)
    {
        var keys = Enumerable.Range(0, messages).Select(i => (Key: $"m{i:D3}", Chat: $"19:c{i % conversations}@thread.v2")).ToList();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (k, _) => await rig.EnqueueAsync(k.Key, k.Chat));
        rig.Channel.EnforceTeamsLimits();
        rig.Channel.InjectFaults(Faults);
        return [.. keys.Select(k => k.Key)];
    }

    /// <summary>Rounds until every row is finished: the pacing refills on the real clock, the back-offs pass on the fake one.</summary>
    private async Task DeliverAsync(OutboxRig rig, IReadOnlyList<OutboxDispatcher> dispatchers, IReadOnlyList<string> keys, FinishedRows finished)
    {
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (finished.Count < keys.Count && clock.Elapsed < TimeSpan.FromSeconds(45))
        {
            await Task.WhenAll(dispatchers.Select(d => d.DispatchOnceAsync(CancellationToken.None)));
            rig.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
            rounds++;
        }
        output.WriteLine($"{keys.Count} rows finished: {finished.Count}, in {rounds} rounds, {clock.Elapsed.TotalSeconds:F1} s");
    }

    private async Task AssertPromisesKeptAsync(OutboxRig rig, IReadOnlyList<string> keys)
    {
        var posts = rig.Channel.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal)).ToLookup(OutboxRig.Text);
        var tally = new Dictionary<OutboxStatus, int>();
        var duplicated = 0;
        foreach (var key in keys)
        {
            var row = await rig.RowAsync(key);
            var mine = posts[key].ToList();
            var answered200 = mine.Count(c => c.AnsweredStatus == 200);
            var timedOut = mine.Count(c => c.Fault == "timeout");
            var gaveUp = rig.Logs.Entries.Count(e => e.Message.StartsWith($"Outbox test {key}: Retried", StringComparison.Ordinal) &&
                                                    e.Message.EndsWith("connector answered no answer)", StringComparison.Ordinal));
            Assert.True(gaveUp >= timedOut, $"{key}: {timedOut} injected timeouts, but the client gave up only {gaveUp} times");
            tally[row.Status] = tally.GetValueOrDefault(row.Status) + 1;
            switch (row.Status)
            {
                case OutboxStatus.Sent:
                    var shown = mine.Count(c => c.Accepted);
                    Assert.True(shown >= 1 && shown <= 1 + gaveUp, $"{key}: sent, shown {shown} times, the client gave up {gaveUp} times");
                    duplicated += shown > 1 ? 1 : 0;
                    break;
                case OutboxStatus.Unreachable:
                    Assert.Equal((key, "blocked"), (key, mine[^1].Fault));
                    Assert.True(answered200 <= gaveUp, $"{key}: unreachable after {answered200} answers 200 the client did not see");
                    break;
                default:
                    Assert.Fail($"{key}: {row.Status} after {row.Attempts} attempts, last answer {row.LastAnswer}");
                    break;
            }
        }
        output.WriteLine($"sent {tally.GetValueOrDefault(OutboxStatus.Sent)}, unreachable {tally.GetValueOrDefault(OutboxStatus.Unreachable)}, " +
            $"shown twice or more after the client gave up {duplicated}; circuit opened {rig.Logs.Entries.Count(e => e.Message.Contains("circuit is open", StringComparison.Ordinal) && e.Message.StartsWith("Outbox:", StringComparison.Ordinal))} times; faults: " +
            string.Join(", ", rig.Channel.Calls.Where(c => c.Fault is not null).GroupBy(c => c.Fault).Select(g => $"{g.Key} {g.Count()}")));
        // The faults did happen, so the promises above were tested.
        foreach (var fault in new[] { "500", "blocked", "timeout" })
        {
            Assert.Contains(rig.Channel.Calls, c => c.Fault == fault);
        }
    }

    private sealed class FinishedRows : IOutboxObserver
    {
        private readonly ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);

        public int Count => _keys.Count;

        public Task OnFinishedAsync(OutboxEntry entry, DeliveryOutcome outcome, CancellationToken cancellationToken)
        {
            _keys.TryAdd(entry.Message.Key, 0);
            return Task.CompletedTask;
        }
    }
}
