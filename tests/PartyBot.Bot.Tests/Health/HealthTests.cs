using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Health;

public sealed class HealthTests
{
    private const string Member = "aad-member-2";

    [Fact]
    public async Task Healthz_StorageStops_TheCachedAnswerUntilItExpires_Then503()
    {
        await using var channel = await FakeChannel.StartAsync();
        var azurite = await AzuriteServer.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await BotHost.StartAsync(channel, tablesConnection: azurite.ConnectionString, time: time);

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/healthz")).StatusCode);

        await azurite.DisposeAsync();

        // Probes within the cache period ask storage nothing: the last answer, at once.
        var probe = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/healthz")).StatusCode);
        Assert.True(probe.Elapsed < TimeSpan.FromSeconds(1), $"The cached probe took {probe.Elapsed}.");
        time.Advance(new StorageOptions().HealthCacheDuration);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Message_StorageDown_RepliesTryAgainLaterWithinSeconds()
    {
        await using var channel = await FakeChannel.StartAsync();
        var azurite = await AzuriteServer.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false, tablesConnection: azurite.ConnectionString);
        await azurite.DisposeAsync();

        var turn = Stopwatch.StartNew();
        var response = await host.PostAsync(TestActivities.Message("trợ giúp", Member, ConversationTypes.Personal, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(turn.Elapsed < TimeSpan.FromSeconds(4), $"The turn took {turn.Elapsed}.");
        Assert.Equal(TurnTexts.StorageBusy, Assert.Single(channel.Calls, c => c.IsActivityPost()).Text());
    }

    [Fact]
    public async Task Invoke_StorageDown_AnswersTheInvokeErrorTryAgainLater()
    {
        await using var channel = await FakeChannel.StartAsync();
        var azurite = await AzuriteServer.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false, tablesConnection: azurite.ConnectionString);
        await azurite.DisposeAsync();

        var response = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction("rsvp", new { meetingId = "m1" }, Member, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(503, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.GetProperty("type").GetString());
        Assert.Equal(TurnTexts.StorageBusy, body.GetProperty("value").GetProperty("message").GetString());
    }
}
