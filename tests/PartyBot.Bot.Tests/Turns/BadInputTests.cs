using System.Net;
using System.Text.Json;
using PartyBot.Bot.Tests.Organization;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Conversations;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Turns;

/// <summary>What a caller sends that the bot cannot use: a 4xx or a polite answer, never a 500.</summary>
public sealed class BadInputTests
{
    private const string Member = "aad-member-2";

    [Theory]
    [InlineData("no conversation")]
    [InlineData("no serviceUrl")]
    [InlineData("id of 600 characters")]
    [InlineData("name of 70,000 characters")]
    public async Task Activity_StorageCannotHoldIt_Is400AndNothingStoredOrSent(string problem)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false);
        var message = TestActivities.Message("trợ giúp", Member, ConversationTypes.Personal, channel.ServiceUrl);
        switch (problem)
        {
            case "no conversation": message.Conversation = null; break;
            case "no serviceUrl": message.ServiceUrl = null; break;
            case "id of 600 characters": message.From!.Id = "29:" + new string('u', 600); break;
            case "name of 70,000 characters": message.From!.Name = new string('n', 70_000); break;
        }

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(channel.Calls);
        Assert.Null(await host.Service<ConversationStore>().FindUserAsync(Member, CancellationToken.None));
    }

    [Theory]
    [InlineData("\"not an object\"")]
    [InlineData("{\"action\": 5}")]
    [InlineData("{\"action\": {\"verb\": 5}}")]
    [InlineData("{\"action\": {\"verb\": [\"rsvp\"], \"data\": {}}}")]
    public async Task Invoke_MalformedValue_AnswersTheInvokeErrorInVietnamese(string value)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var invoke = TestActivities.InvokeAdaptiveCardAction("rsvp", null, TestOrganization.Member1, channel.ServiceUrl);
        invoke.Value = JsonDocument.Parse(value).RootElement.Clone();

        var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, body.GetProperty("type").GetString());
        Assert.Equal(TurnTexts.MalformedCardAction, body.GetProperty("value").GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("thành viên")]
    [InlineData("lịch họp")]
    [InlineData("chuyên cần")]
    public async Task Command_ArgumentOf100000Characters_EchoesAShortenedPart(string command)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        await TestOrganization.SeedAsync(host);

        var response = await host.PostAsync(TestActivities.Message($"{command} {new string('Z', 100_000)}", TestOrganization.Secretary1, ConversationTypes.Personal, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(channel.Calls, c => c.IsActivityPost()).Text()!;
        Assert.True(reply.Length < 400, $"The reply is {reply.Length} characters.");
        Assert.Contains(new string('Z', 60) + "…", reply, StringComparison.Ordinal);
    }
}
