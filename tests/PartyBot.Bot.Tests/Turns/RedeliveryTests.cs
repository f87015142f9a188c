using System.Diagnostics;
using System.Net;
using Azure.Data.Tables;
using PartyBot.BotFramework.Schema;
using Activity = PartyBot.BotFramework.Schema.Activity;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Turns;

/// <summary>The channel redelivers an activity it got no answer for: handled once, and at once when the first attempt died.</summary>
public sealed class RedeliveryTests
{
    private const string Member = "aad-member-2";

    // A command that changes state takes the storage claim (a read-only one needs none: CheapTurnTests).
    private const string StateChanging = "liên kết chi bộ CB1";

    [Fact]
    public async Task Redelivery_AfterTheHostWasKilledMidTurn_IsHandledAtOnceByTheNextHost()
    {
        await using var channel = await FakeChannel.StartAsync();
        var tables = await SharedAzurite.GetConnectionStringAsync();
        var prefix = "k" + Guid.NewGuid().ToString("N")[..12];
        var message = TestActivities.Message(StateChanging, Member, ConversationTypes.Personal, channel.ServiceUrl);
        channel.EnqueueDelay(TimeSpan.FromMinutes(10)); // the first attempt's connector call never answers: the turn hangs

        await using (var first = await HostProcess.StartAsync(tables, prefix))
        {
            var attempt = first.PostAsync(message);
            await WaitForClaimAsync(tables, prefix, message);
            await WaitUntilAsync(() => channel.ConnectorRequestsReceived > 0, "The first attempt never called the connector.");
            await first.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => attempt);
        }

        await using var second = await HostProcess.StartAsync(tables, prefix);
        var redelivered = Stopwatch.StartNew();
        using var response = await second.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await channel.WaitForCallAsync(c => c.IsActivityPost() && c.AnsweredStatus == 200);
        Assert.True(redelivered.Elapsed < TimeSpan.FromSeconds(10), $"The redelivery took {redelivered.Elapsed}.");
        Assert.Equal(message.Id, reply.Body!.Value.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task Redelivery_WhileTheFirstAttemptStillRuns_IsAcknowledgedAndNotAppliedTwice()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false);
        var message = TestActivities.Message(StateChanging, Member, ConversationTypes.Personal, channel.ServiceUrl);
        channel.EnqueueDelay(TimeSpan.FromSeconds(3)); // the first attempt is slow, as the channel's retry comes

        var first = host.PostAsync(message);
        await WaitForClaimAsync(host.Service<TableStore>(), message);
        var duplicate = Stopwatch.StartNew();
        using var second = await host.PostAsync(message);
        duplicate.Stop();
        using var firstResponse = await first;

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.True(duplicate.Elapsed < TimeSpan.FromSeconds(2), $"The duplicate took {duplicate.Elapsed}.");
        Assert.Single(channel.Calls, c => c.IsActivityPost());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), failure);
            await Task.Delay(50);
        }
    }

    private static Task WaitForClaimAsync(string tables, string prefix, Activity activity) =>
        WaitForClaimAsync(new TableServiceClient(tables).GetTableClient(prefix + TableNames.ProcessedActivities), activity);

    private static Task WaitForClaimAsync(TableStore store, Activity activity) =>
        WaitForClaimAsync(store.Table(TableNames.ProcessedActivities), activity);

    private static async Task WaitForClaimAsync(TableClient table, Activity activity)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(activity.Conversation!.Id!), TableKeys.Escape(activity.Id!));
                if (row.HasValue && row.Value!.GetString("State") == "processing")
                {
                    return;
                }
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 404)
            {
                // The table is not there yet.
            }
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), "The first attempt never claimed the activity.");
            await Task.Delay(50);
        }
    }
}
