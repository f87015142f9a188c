using PartyBot.Core.Outbox;

namespace PartyBot.Jobs.Tests.Messaging.Outbox;

/// <summary>Updates in place through the dispatcher: of a post still queued (<see cref="OutboxMessage.UpdateOfKey"/>), and latest wins (<see cref="OutboxStore.EnqueueLatestAsync"/>).</summary>
public sealed class OutboxCardUpdateTests
{
    private const string Chat = "19:a@thread.v2";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task DispatchOnce_UpdateOfAPostNotSentYet_WaitsWithoutAttempts_ThenPutsToThePostedActivity()
    {
        await using var rig = await OutboxRig.CreateAsync();
        rig.Channel.EnqueueFailureFor(Chat, 500);
        await rig.EnqueueAsync("card", Chat);
        await rig.Store.EnqueueAsync(rig.Message("update", Chat, text: "newer") with { UpdateOfKey = "card" }, None);

        await rig.Dispatcher.DispatchOnceAsync(None); // the post: 500
        await rig.Dispatcher.DispatchOnceAsync(None); // the post waits for its back-off; so does the update

        var waiting = await rig.RowAsync("update");
        Assert.Equal((OutboxStatus.Pending, 0, null), (waiting.Status, waiting.Attempts, waiting.LastAnswer));
        Assert.DoesNotContain(rig.Channel.Calls, c => c.Method == "PUT");
        rig.Time.Advance(TimeSpan.FromSeconds(10));
        await rig.Dispatcher.DispatchOnceAsync(None);
        await rig.Dispatcher.DispatchOnceAsync(None);

        var posted = (await rig.RowAsync("card")).SentActivityId;
        var put = Assert.Single(rig.Channel.Calls, c => c.Method == "PUT");
        Assert.Equal($"/connector/v3/conversations/{Chat}/activities/{posted}", put.Path);
        Assert.Equal(posted, put.Body!.Value.GetProperty("id").GetString());
        Assert.Equal("newer", OutboxRig.Text(put));
        var sent = await rig.RowAsync("update");
        Assert.Equal((OutboxStatus.Sent, 1, posted), (sent.Status, sent.Attempts, sent.SentActivityId));
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser", "not sent: the post card ended Unreachable (403 ConversationBlockedByUser)")]
    [InlineData(400, "BadArgument", "not sent: the post card ended Failed (400 BadArgument)")]
    [InlineData(0, null, "not sent: the post card is gone")]
    public async Task DispatchOnce_UpdateOfAPostThatNeverWasSent_FailedWithTheReason_NothingPut(int postStatus, string? errorCode, string answer)
    {
        await using var rig = await OutboxRig.CreateAsync();
        if (postStatus != 0)
        {
            rig.Channel.EnqueueFailureFor(Chat, postStatus, errorCode: errorCode);
            await rig.EnqueueAsync("card", Chat);
        }
        await rig.Store.EnqueueAsync(rig.Message("update", Chat) with { UpdateOfKey = "card" }, None);

        await rig.Dispatcher.DispatchOnceAsync(None);
        await rig.Dispatcher.DispatchOnceAsync(None);

        var failed = await rig.RowAsync("update");
        Assert.Equal((OutboxStatus.Failed, answer), (failed.Status, failed.LastAnswer));
        Assert.DoesNotContain(rig.Channel.Calls, c => c.Method == "PUT");
    }

    [Fact]
    public async Task DispatchOnce_ContentReplacedWhileTheOlderIsOnItsWay_NoOtherDispatcherSendsMeanwhile_NewestSentAfterAndLast()
    {
        await using var rig = await OutboxRig.CreateAsync();
        await rig.AddHostAsync();
        await rig.Store.EnqueueLatestAsync("update", Latest(rig, "older"), None);
        rig.Channel.EnqueueDelay(TimeSpan.FromSeconds(1));

        var slowRound = rig.Dispatcher.DispatchOnceAsync(None);
        await WaitUntilAsync(() => rig.Channel.ConnectorRequestsReceived == 1);
        await rig.Store.EnqueueLatestAsync("update", Latest(rig, "newest"), None);
        Assert.Equal(0, await rig.DispatcherOf(1).DispatchOnceAsync(None)); // the older call may still land: the newest waits for it
        await slowRound;

        var released = await rig.RowAsync("update");
        Assert.Equal(OutboxStatus.Pending, released.Status);
        Assert.Contains("newest", released.Message.ActivityJson, StringComparison.Ordinal);
        Assert.Equal(1, await rig.DispatcherOf(1).DispatchOnceAsync(None));
        Assert.Equal(0, await rig.Dispatcher.DispatchOnceAsync(None));

        Assert.Equal(["older", "newest"], rig.Channel.Calls.Where(c => c.Method == "PUT").Select(OutboxRig.Text));
        Assert.Equal(OutboxStatus.Sent, (await rig.RowAsync("update")).Status);
        Assert.Contains(rig.Logs.Entries, e => e.Message.Contains("newer content replaced the row", StringComparison.Ordinal) && e.Message.Contains("update", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchOnce_ContentReplacedUnderADispatcherThatDied_NewestSentOnceWhenItsLeaseRunsOut()
    {
        await using var rig = await OutboxRig.CreateAsync(new Dictionary<string, string?> { ["Outbox:Lease"] = "00:01:00" });
        var entry = await rig.Store.EnqueueLatestAsync("update", Latest(rig, "older"), None);
        Assert.NotNull(await rig.Store.TryLeaseAsync(entry, "died-mid-call", None));
        await rig.Store.EnqueueLatestAsync("update", Latest(rig, "newest"), None);

        Assert.Equal(0, await rig.Dispatcher.DispatchOnceAsync(None));
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await rig.Dispatcher.DispatchOnceAsync(None));

        Assert.Equal("newest", OutboxRig.Text(Assert.Single(rig.Channel.Calls)));
        var sent = await rig.RowAsync("update");
        Assert.Equal((OutboxStatus.Sent, 1), (sent.Status, sent.Attempts));
    }

    private static Func<CancellationToken, Task<OutboxMessage>> Latest(OutboxRig rig, string text) =>
        _ => Task.FromResult(rig.Message("update", Chat, text: text) with { UpdateActivityId = "1:card-7" });

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the connector call.");
            await Task.Delay(20);
        }
    }
}
