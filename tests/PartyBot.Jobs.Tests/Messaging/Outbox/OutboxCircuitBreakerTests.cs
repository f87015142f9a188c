using PartyBot.Core.Outbox;
using PartyBot.Testing;

namespace PartyBot.Jobs.Tests.Messaging.Outbox;

/// <summary>The single-attempt connector client's circuit breaker, seen through the dispatcher (issue 11, item 2).</summary>
public sealed class OutboxCircuitBreakerTests
{
    private static readonly Dictionary<string, string?> Breaker = new()
    {
        ["BotFramework:ConnectorBreaker:MinimumThroughput"] = "4",
        ["BotFramework:ConnectorBreaker:FailureRatio"] = "0.5",
        ["BotFramework:ConnectorBreaker:BreakDuration"] = "00:00:30",
        ["Outbox:Dispatcher:MaxAttempts"] = "2",
        ["Outbox:Dispatcher:MaxConcurrency"] = "1", // conversations in order, so the calls before the break are known
    };

    [Fact]
    public async Task DispatchOnce_Many500s_CircuitOpensNoCallsUntilTheBreakEnds_ThenAllDeliveredNoneFailed()
    {
        await using var rig = await OutboxRig.CreateAsync(Breaker);
        await using var elsewhere = await FakeChannel.StartAsync();
        var keys = Enumerable.Range(0, 6).Select(i => $"c{i}").ToList();
        foreach (var key in keys)
        {
            await rig.EnqueueAsync(key, $"19:{key}@thread.v2");
        }
        await rig.Store.EnqueueAsync(
            rig.Message("other", "19:other@thread.v2") with { Target = new OutboxTarget(elsewhere.ServiceUrl, "19:other@thread.v2", OutboxRig.TenantId) },
            CancellationToken.None);
        foreach (var _ in Enumerable.Range(0, 4))
        {
            rig.Channel.EnqueueFailure(500);
        }

        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);

        // c0–c3 failed (the 4th failure opened the circuit); c4 met the open circuit: not called, no attempt spent,
        // back after the break; c5 was not even leased. Another connector (authority) is not affected.
        Assert.Equal(4, rig.Channel.ConnectorRequestsReceived);
        Assert.Equal(["other"], elsewhere.Calls.Select(OutboxRig.Text));
        var deferred = await rig.RowAsync("c4");
        Assert.Equal((OutboxStatus.Pending, 0, "circuit open"), (deferred.Status, deferred.Attempts, deferred.LastAnswer));
        Assert.Equal(rig.Time.GetUtcNow().AddSeconds(30), deferred.NextAttemptAt);
        Assert.Equal(0, (await rig.RowAsync("c5")).Attempts);
        Assert.Single(rig.Logs.Entries, e => e.Message.Contains("circuit is open", StringComparison.Ordinal) && e.Message.StartsWith("Outbox:", StringComparison.Ordinal));

        // c0–c3 are due again after their back-off, but the circuit is still open: no call, no attempt (MaxAttempts is 2).
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None));
        rig.Time.Advance(TimeSpan.FromSeconds(19));
        await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(4, rig.Channel.ConnectorRequestsReceived);

        rig.Time.Advance(TimeSpan.FromSeconds(2));
        for (var round = 0; round < 3; round++)
        {
            await rig.Dispatcher.DispatchOnceAsync(CancellationToken.None);
        }

        var delivered = rig.Channel.Calls.Where(c => c.AnsweredStatus == 200).Select(OutboxRig.Text).Order(StringComparer.Ordinal);
        Assert.Equal(keys, delivered);
        foreach (var key in keys)
        {
            var row = await rig.RowAsync(key);
            Assert.Equal((key, OutboxStatus.Sent), (key, row.Status));
            Assert.Equal((key, key is "c4" or "c5" ? 1 : 2), (key, row.Attempts));
        }
    }

    [Fact]
    public async Task Start_BreakerFailureRatioOutOfRange_FailsWithTheSettingNamed()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?> { ["BotFramework:ConnectorBreaker:FailureRatio"] = "0" });

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(rig.StartAsync);

        Assert.Contains("FailureRatio", error.Message, StringComparison.Ordinal);
    }
}
