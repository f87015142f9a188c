using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Tests.Messaging.Outbox;

public sealed class OutboxDispatcherTests
{
    private const string ChatA = "19:a@thread.v2";
    private const string ChatB = "19:b@thread.v2";

    [Fact]
    public async Task DispatchOnce_DueRows_EachSentOnceAndRecorded()
    {
        await using var rig = await OutboxRig.CreateAsync();
        await rig.EnqueueAsync("a1", ChatA);
        await rig.EnqueueAsync("a2", ChatA);
        await rig.EnqueueAsync("b1", ChatB);
        await rig.Store.EnqueueAsync(rig.Message("later", ChatB) with { DueAt = rig.Time.GetUtcNow().AddMinutes(5) }, CancellationToken.None);

        Assert.Equal(3, await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None));
        Assert.Equal(0, await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None));

        Assert.Equal(["a1", "a2"], rig.Posts(ChatA).Select(OutboxRig.Text));
        Assert.Equal(["b1"], rig.Posts(ChatB).Select(OutboxRig.Text));
        var a1 = await rig.RowAsync("a1");
        Assert.Equal(OutboxStatus.Sent, a1.Status);
        Assert.StartsWith("1:fake-activity-", a1.SentActivityId, StringComparison.Ordinal);
        Assert.Equal(1, a1.Attempts);
        Assert.Equal(OutboxStatus.Pending, (await rig.RowAsync("later")).Status);
    }

    [Fact]
    public async Task DispatchOnce_429WithRetryAfter_OnlyThatConversationWaits()
    {
        await using var rig = await OutboxRig.CreateAsync();
        rig.Channel.EnqueueFailureFor(ChatA, 429, retryAfter: TimeSpan.FromSeconds(30));
        await rig.EnqueueAsync("a1", ChatA);
        await rig.EnqueueAsync("a2", ChatA);
        await rig.EnqueueAsync("b1", ChatB);

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        rig.Time.Advance(TimeSpan.FromSeconds(29));
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal([429], rig.Posts(ChatA).Select(c => c.AnsweredStatus));
        Assert.Equal(["b1"], rig.Posts(ChatB).Select(OutboxRig.Text));
        var throttled = await rig.RowAsync("a1");
        Assert.Equal((OutboxStatus.Pending, 1, "429"), (throttled.Status, throttled.Throttles, throttled.LastAnswer));
        Assert.Equal(rig.Time.GetUtcNow().AddSeconds(1), throttled.NextAttemptAt);

        rig.Time.Advance(TimeSpan.FromSeconds(1));
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(["a1", "a1", "a2"], rig.Posts(ChatA).Select(OutboxRig.Text));
        Assert.Equal(OutboxStatus.Sent, (await rig.RowAsync("a1")).Status);
    }

    [Fact]
    public async Task DispatchOnce_500ThenSuccess_SentOnceAfterTheBackOff()
    {
        await using var rig = await OutboxRig.CreateAsync();
        rig.Channel.EnqueueFailureFor(ChatA, 500);
        await rig.EnqueueAsync("a1", ChatA);

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        var retried = await rig.RowAsync("a1");
        Assert.Equal((OutboxStatus.Pending, "500"), (retried.Status, retried.LastAnswer));
        Assert.InRange(retried.NextAttemptAt - rig.Time.GetUtcNow(), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal([500, 200], rig.Posts(ChatA).Select(c => c.AnsweredStatus));
        var sent = await rig.RowAsync("a1");
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
    }

    [Fact]
    public async Task DispatchOnce_TransientFailuresBeyondMaxAttempts_Failed()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?> { ["Outbox:Dispatcher:MaxAttempts"] = "2" });
        foreach (var _ in Enumerable.Range(0, 3))
        {
            rig.Channel.EnqueueFailureFor(ChatA, 503);
        }
        await rig.EnqueueAsync("a1", ChatA);

        foreach (var _ in Enumerable.Range(0, 4))
        {
            await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
            rig.Time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(2, rig.Posts(ChatA).Count);
        var failed = await rig.RowAsync("a1");
        Assert.Equal((OutboxStatus.Failed, "503"), (failed.Status, failed.LastAnswer));
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser", "403 ConversationBlockedByUser")]
    [InlineData(403, "BotNotInConversationRoster", "403 BotNotInConversationRoster")]
    [InlineData(404, null, "404")]
    public async Task DispatchOnce_BlockedOrGone_UnreachableAndNeverRetried(int status, string? errorCode, string answer)
    {
        await using var rig = await OutboxRig.CreateAsync();
        rig.Channel.EnqueueFailureFor(ChatA, status, errorCode: errorCode);
        await rig.EnqueueAsync("a1", ChatA);

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        rig.Time.Advance(TimeSpan.FromDays(1));
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Single(rig.Posts(ChatA));
        var row = await rig.RowAsync("a1");
        Assert.Equal((OutboxStatus.Unreachable, answer), (row.Status, row.LastAnswer));
        Assert.Equal(rig.Time.GetUtcNow().AddDays(-1), row.CompletedAt);
    }

    [Fact]
    public async Task DispatchOnce_LeaseOfACrashedDispatcherExpired_TakenOverAndSentOnce()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?> { ["Outbox:Lease"] = "00:01:00" });
        var crashed = await rig.Store.TryLeaseAsync(await rig.EnqueueAsync("a1", ChatA), "crashed-host", CancellationToken.None);
        Assert.NotNull(crashed);

        Assert.Equal(0, await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None));
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None));
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Single(rig.Posts(ChatA));
        var row = await rig.RowAsync("a1");
        Assert.Equal((OutboxStatus.Sent, 2), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task DispatchOnce_LeasesCutShortMoreThanMaxAttempts_FailedWithoutAnotherSend()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Outbox:Lease"] = "00:01:00",
            ["Outbox:Dispatcher:MaxAttempts"] = "2",
        });
        var entry = await rig.EnqueueAsync("a1", ChatA);
        foreach (var crash in Enumerable.Range(1, 2))
        {
            entry = (await rig.Store.TryLeaseAsync(entry, $"crashed-{crash}", CancellationToken.None))!;
            rig.Time.Advance(TimeSpan.FromMinutes(1));
        }

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Empty(rig.Channel.Calls);
        var row = await rig.RowAsync("a1");
        Assert.Equal((OutboxStatus.Failed, "abandoned after 2 attempts"), (row.Status, row.LastAnswer));
    }

    [Fact]
    public async Task DispatchOnce_UnexpectedError_RetriedThenFailedAndOthersGoOn()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?> { ["Outbox:Dispatcher:MaxAttempts"] = "2" });
        await rig.Store.EnqueueAsync(
            rig.Message("bad", ChatA) with { Target = new OutboxTarget("ftp://not-a-connector/", ChatA, OutboxRig.TenantId) }, CancellationToken.None);
        await rig.EnqueueAsync("b1", ChatB);

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal((OutboxStatus.Pending, "error ArgumentException"), ((await rig.RowAsync("bad")).Status, (await rig.RowAsync("bad")).LastAnswer));
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(OutboxStatus.Failed, (await rig.RowAsync("bad")).Status);
        Assert.Equal(["b1"], rig.Posts(ChatB).Select(OutboxRig.Text));
    }

    [Fact]
    public async Task DispatchOnce_TwoHostsOnOneStore_200MessagesIn20ConversationsDeliveredExactlyOnce()
    {
        await using var rig = await OutboxRig.CreateAsync();
        await rig.AddHostAsync();
        var second = rig.DispatcherOf(1);
        var keys = Enumerable.Range(0, 200).Select(i => (Key: $"m{i:D3}", Chat: $"19:c{i % 20}@thread.v2")).ToList();
        await Parallel.ForEachAsync(keys, async (k, _) => await rig.EnqueueAsync(k.Key, k.Chat));
        // Some turbulence: transient failures and throttles on a few conversations.
        rig.Channel.EnqueueFailureFor("19:c3@thread.v2", 500);
        rig.Channel.EnqueueFailureFor("19:c7@thread.v2", 429, retryAfter: TimeSpan.FromSeconds(1));

        for (var round = 0; round < 20 && rig.Channel.Calls.Count(c => c.AnsweredStatus == 200) < 200; round++)
        {
            await Task.WhenAll(rig.Dispatcher.DispatchOnceAsync(CancellationToken.None), second.DispatchOnceAsync(CancellationToken.None));
            rig.Time.Advance(TimeSpan.FromSeconds(10));
        }

        var delivered = rig.Channel.Calls.Where(c => c.AnsweredStatus == 200).Select(OutboxRig.Text).ToList();
        Assert.Equal(200, delivered.Count);
        Assert.Equal(keys.Select(k => k.Key).Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DispatchOnce_ConversationOutOfPermits_ItsRestWaitsAndOthersGo()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Outbox:Dispatcher:ConversationBurst"] = "2",
            ["Outbox:Dispatcher:ConversationPeriod"] = "1.00:00:00", // no refill during the test
        });
        foreach (var i in Enumerable.Range(1, 5))
        {
            await rig.EnqueueAsync($"a{i}", ChatA);
        }
        await rig.EnqueueAsync("b1", ChatB);

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(["a1", "a2"], rig.Posts(ChatA).Select(OutboxRig.Text));
        Assert.Equal(["b1"], rig.Posts(ChatB).Select(OutboxRig.Text));
        var waiting = await rig.RowAsync("a3");
        Assert.Equal((OutboxStatus.Pending, 0), (waiting.Status, waiting.Attempts));
    }

    [Fact]
    public async Task DispatchOnce_PermitsRefillOverTime_ConversationSpreadOut()
    {
        // The .NET token bucket refills on the real clock: burst 1, then one every 300 ms. Five sends cannot span less
        // than 3 full periods after the first permit; only the first call's own transit time can shorten what the fake
        // sees, hence the margin. Slowness can only lengthen the span, so this cannot fail on a busy machine.
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Outbox:Dispatcher:ConversationBurst"] = "1",
            ["Outbox:Dispatcher:ConversationPeriod"] = "00:00:00.300",
        });
        foreach (var i in Enumerable.Range(1, 5))
        {
            await rig.EnqueueAsync($"a{i}", ChatA);
        }

        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (rig.Posts(ChatA).Count < 5 && TimeProvider.System.GetUtcNow() < deadline)
        {
            await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
            await Task.Delay(50);
        }

        var posts = rig.Posts(ChatA);
        Assert.Equal(["a1", "a2", "a3", "a4", "a5"], posts.Select(OutboxRig.Text));
        Assert.True(posts[4].ReceivedAt - posts[0].ReceivedAt >= TimeSpan.FromMilliseconds(600), $"five sends within {posts[4].ReceivedAt - posts[0].ReceivedAt}");
    }

    [Fact]
    public async Task DispatchOnce_TenantOutOfPermits_TheRestWaits()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Outbox:Dispatcher:TenantBurst"] = "3",
            ["Outbox:Dispatcher:TenantPeriod"] = "1.00:00:00",
        });
        foreach (var i in Enumerable.Range(1, 6))
        {
            await rig.EnqueueAsync($"m{i}", $"19:c{i}@thread.v2");
        }
        await rig.EnqueueAsync("other-tenant", "19:x@thread.v2", tenantId: "tenant-2");

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        var sent = rig.Channel.Calls.Where(c => c.AnsweredStatus == 200).Select(OutboxRig.Text).ToList();
        Assert.Equal(4, sent.Count);
        Assert.Contains("other-tenant", sent);
    }

    [Fact]
    public async Task DispatchOnce_UpdateInPlace_PutsToThatActivity()
    {
        await using var rig = await OutboxRig.CreateAsync();
        await rig.Store.EnqueueAsync(rig.Message("card|v2", ChatA) with { UpdateActivityId = "1:card-7" }, CancellationToken.None);

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        var put = Assert.Single(rig.Channel.Calls);
        Assert.Equal(("PUT", $"/connector/v3/conversations/{ChatA}/activities/1:card-7"), (put.Method, put.Path));
        Assert.Equal("1:card-7", (await rig.RowAsync("card|v2")).SentActivityId);
    }

    [Fact]
    public async Task DispatchOnce_FinishedRows_ObserversToldOnceWithTheStoredOutcome()
    {
        var observer = new RecordingObserver();
        await using var rig = await OutboxRig.CreateAsync(services: s => s.AddSingleton<IOutboxObserver>(observer));
        await rig.EnqueueAsync("sent|1", ChatA);
        await rig.EnqueueAsync("retried|1", ChatB);
        await rig.EnqueueAsync("gone|1", "a:gone");
        rig.Channel.EnqueueFailureFor(ChatB, 503);
        rig.Channel.EnqueueFailureFor("a:gone", 403, errorCode: "ConversationBlockedByUser");

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        var told = observer.Told.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        Assert.Equal([("gone|1", DeliveryOutcome.Unreachable), ("sent|1", DeliveryOutcome.Sent)], told.Select(t => (t.Key, t.Outcome)));
        Assert.NotNull(told[1].SentActivityId);
        Assert.Equal((await rig.RowAsync("sent|1")).ETag, told[1].ETag);
    }

    private sealed class RecordingObserver : IOutboxObserver
    {
        public System.Collections.Concurrent.ConcurrentBag<(string Key, DeliveryOutcome Outcome, string? SentActivityId, Azure.ETag ETag)> Told { get; } = [];

        public Task OnFinishedAsync(OutboxEntry entry, DeliveryOutcome outcome, CancellationToken cancellationToken)
        {
            Told.Add((entry.Message.Key, outcome, entry.SentActivityId, entry.ETag));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task DispatchOnce_NoConversationYet_CreatesThe1on1AndKeepsItOnTheRow()
    {
        await using var rig = await OutboxRig.CreateAsync();
        var target = new OutboxTarget(rig.Channel.ServiceUrl, null, OutboxRig.TenantId, UserId: "29:user-2", BotId: "28:bot");
        await rig.Store.EnqueueAsync(
            new OutboxMessage("dm|1", "reminder", target, OutboxRig.Json(Activity.CreateMessage("Nhắc họp")), rig.Time.GetUtcNow()),
            CancellationToken.None);

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        var create = rig.Channel.Calls[0];
        Assert.Equal(("POST", "/connector/v3/conversations"), (create.Method, create.Path));
        Assert.Equal(OutboxRig.TenantId, create.Body!.Value.GetProperty("tenantId").GetString());
        Assert.Single(rig.Posts("a:fake-29:user-2"));
        Assert.Equal("a:fake-29:user-2", (await rig.RowAsync("dm|1")).Message.Target.ConversationId);
    }

    [Fact]
    public async Task DispatchOnce_Outcomes_CountedAndLoggedWithKindAndKeyNotContent()
    {
        await using var rig = await OutboxRig.CreateAsync();
        var counts = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == rig.Meters && instrument.Name == OutboxMetrics.DeliveriesName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var outcome = (string)tags.ToArray().Single(t => t.Key == "outcome").Value!;
            lock (counts)
            {
                counts[outcome] = counts.GetValueOrDefault(outcome) + value;
            }
        });
        listener.Start();
        rig.Channel.EnqueueFailureFor(ChatA, 429, retryAfter: TimeSpan.FromSeconds(5));
        rig.Channel.EnqueueFailureFor(ChatB, 403, errorCode: "ConversationBlockedByUser");
        rig.Channel.EnqueueFailureFor("19:c@thread.v2", 502);
        await rig.Store.EnqueueAsync(rig.Message("a1", ChatA, text: "bí mật"), CancellationToken.None);
        await rig.EnqueueAsync("b1", ChatB);
        await rig.EnqueueAsync("c1", "19:c@thread.v2");
        await rig.EnqueueAsync("d1", "19:d@thread.v2");

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(new Dictionary<string, long> { ["sent"] = 1, ["throttled"] = 1, ["unreachable"] = 1, ["retried"] = 1 }, counts);
        var lines = rig.Logs.Entries.Where(e => e.Message.StartsWith("Outbox test ", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Contains(lines, l => l.Contains("a1", StringComparison.Ordinal) && l.Contains("Throttled", StringComparison.Ordinal));
        Assert.DoesNotContain(rig.Logs.Entries, e => e.Message.Contains("bí mật", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HostedDispatcher_Enabled_DeliversOnItsOwnPolls()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?> { ["Outbox:Dispatcher:Enabled"] = "true" });
        await rig.StartAsync();
        await rig.EnqueueAsync("a1", ChatA);

        var posted = rig.Channel.WaitForCallAsync(c => c.Method == "POST");
        while (!posted.IsCompleted)
        {
            rig.Time.Advance(TimeSpan.FromSeconds(1)); // the poll interval, on the fake clock
            await Task.WhenAny(posted, Task.Delay(50));
        }

        Assert.Equal("a1", OutboxRig.Text(await posted));
        await rig.StopAsync();
    }

    [Fact]
    public async Task HostedDispatcher_Disabled_SaysSoAndSendsNothing()
    {
        await using var rig = await OutboxRig.CreateAsync();
        await rig.EnqueueAsync("a1", ChatA);

        await rig.StartAsync();
        // ExecuteAsync runs on its own thread: wait for it to have looked at its options.
        await JobsHost.WaitForAsync(
            () => Task.FromResult(rig.Logs.Entries.FirstOrDefault(e => e.Message.Contains("turned off", StringComparison.Ordinal))),
            "The disabled dispatcher did not say it is turned off.");
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        await rig.StopAsync();

        Assert.Empty(rig.Channel.Calls);
    }

    [Fact]
    public async Task Start_InvalidPacing_FailsWithTheSettingNamed()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?> { ["Outbox:Dispatcher:ConversationBurst"] = "0" });

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(rig.StartAsync);

        Assert.Contains("ConversationBurst", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_LeaseShorterThanThreeConnectorAttempts_FailsWithTheSettingNamed()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Outbox:Lease"] = "00:00:40",
            ["BotFramework:ConnectorAttemptTimeout"] = "00:00:15",
        });

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(rig.StartAsync);

        Assert.Contains("Outbox:Lease", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextPause_IdleRounds_DoubleUpToTheMaximum_AndWorkResetsIt()
    {
        var options = new OutboxDispatcherOptions();
        var pauses = new List<TimeSpan>();
        var pause = options.PollInterval;
        foreach (var attempted in new[] { 0, 0, 0, 0, 3, 0 })
        {
            pause = OutboxDispatcher.NextPause(pause, attempted, options);
            pauses.Add(pause);
        }

        Assert.Equal([4, 8, 10, 10, 2, 4], pauses.Select(p => p.TotalSeconds));
    }

    [Fact]
    public async Task Start_MaxIdlePollShorterThanPoll_FailsWithTheSettingNamed()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?>
        {
            ["Outbox:Dispatcher:PollInterval"] = "00:00:05",
            ["Outbox:Dispatcher:MaxIdlePollInterval"] = "00:00:02",
        });

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(rig.StartAsync);

        Assert.Contains("MaxIdlePollInterval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPartyBotJobs_RegistersTheDispatcherAsAHostedService()
    {
        using var host = await JobsHost.BuildAsync(TimeProvider.System, new Dictionary<string, string?>());

        var hosted = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>();

        Assert.Same(host.Services.GetRequiredService<OutboxDispatcher>(), Assert.Single(hosted.OfType<OutboxDispatcher>()));
    }
}
