using System.Net;
using System.Text;
using PartyBot.BotFramework.Schema;
using PartyBot.Bot.Tests.Organization;
using PartyBot.Core.Conversations;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Turns;

public sealed class TurnTests
{
    private const string Member = "aad-member-2";

    [Fact]
    public async Task RedeliveredActivity_SameId_IsHandledOnce()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var message = TestActivities.Message("trợ giúp", Member, ConversationTypes.Personal, channel.ServiceUrl);

        var first = await host.PostAsync(message);
        var second = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(channel.Calls, c => c.IsActivityPost());
    }

    [Fact]
    public async Task ConnectorAnswers429ThenOk_OneMessageDelivered()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        await TestOrganization.SeedAsync(host); // a known member: no roster lookup comes before the reply
        channel.EnqueueFailure(429, retryAfter: TimeSpan.FromSeconds(1));

        var response = await host.PostAsync(TestActivities.Message("trợ giúp", TestOrganization.Member1, ConversationTypes.Personal, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posts = channel.Calls.Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 200], posts.Select(c => c.AnsweredStatus));
        Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.DoesNotContain(channel.Calls, c => c.Method == "GET");
    }

    [Fact]
    public async Task PersonalMessage_SavesUserReferenceForProactiveMessages()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        await host.PostAsync(TestActivities.Message("xin chào", Member, ConversationTypes.Personal, channel.ServiceUrl));

        var user = await host.Service<ConversationStore>().FindUserAsync(Member, CancellationToken.None);
        Assert.NotNull(user);
        Assert.Equal(TestActivities.PersonalConversationId(Member), user.PersonalConversationId);
        Assert.Equal(TestActivities.UserId(Member), user.UserId);
        Assert.Equal(channel.ServiceUrl, user.ServiceUrl);
        Assert.Equal(TestActivities.TenantId, user.TenantId);
    }

    [Fact]
    public async Task ChannelInstall_SavesChannelReference()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var install = TestActivities.ConversationUpdateBotAdded("team", channel.ServiceUrl);

        await host.PostAsync(install);

        var saved = await host.Service<ConversationStore>().FindConversationAsync(install.Conversation!.Id!, CancellationToken.None);
        Assert.NotNull(saved);
        Assert.Equal(ConversationTypes.Channel, saved.ConversationType);
        Assert.Equal(TestActivities.TeamId, saved.TeamId);
    }

    [Fact]
    public async Task ChannelThreadMessage_SavesTheChannelNotTheThread()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var message = TestActivities.Message("trợ giúp", Member, ConversationTypes.Channel, channel.ServiceUrl, mentionBot: true);
        var channelId = message.Conversation!.Id!;
        message.Conversation.Id = channelId + ";messageid=1732345678901";

        await host.PostAsync(message);

        Assert.NotNull(await host.Service<ConversationStore>().FindConversationAsync(channelId, CancellationToken.None));
    }

    [Fact]
    public async Task RequestWithoutToken_WhenAppIdSet_Is401AndNothingHappens()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var message = TestActivities.Message("trợ giúp", Member, ConversationTypes.Personal, channel.ServiceUrl);

        var response = await host.PostAsync(message, token: "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(channel.Calls);
        Assert.Null(await host.Service<ConversationStore>().FindUserAsync(Member, CancellationToken.None));
    }

    [Fact]
    public async Task TokenForAnotherServiceUrl_Is401AndNothingHappens()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var message = TestActivities.Message("trợ giúp", Member, ConversationTypes.Personal, channel.ServiceUrl);

        var response = await host.PostAsync(message, channel.CreateToken(BotHost.AppId, "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(channel.Calls);
    }

    [Fact]
    public async Task LocalDevelopment_NoAppId_LoopbackCallerServedWithoutToken()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false);

        var response = await host.PostAsync(TestActivities.Message("help", Member, ConversationTypes.Personal, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Null(sent.Authorization);
    }

    [Theory]
    [InlineData("file:///tmp/partybot-outbox/")]
    [InlineData("http://192.0.2.10:8080/connector/")]
    public async Task LocalDevelopment_ServiceUrlNotOnThisMachine_Is401AndNothingStored(string serviceUrl)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false);

        var response = await host.PostAsync(TestActivities.Message("trợ giúp", Member, ConversationTypes.Personal, serviceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await host.Service<ConversationStore>().FindUserAsync(Member, CancellationToken.None));
        Assert.Empty(channel.Calls);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"text\": \"trợ giúp\"}")]
    public async Task BadBody_Is400_AndTouchesNothing(string body)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false);

        var response = await host.Http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(channel.Calls);
    }

    [Fact]
    public async Task BodyOverOneMegabyte_Is413()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false);
        var message = TestActivities.Message(new string('a', 1_100_000), Member, ConversationTypes.Personal, channel.ServiceUrl);

        var response = await host.PostAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(channel.Calls);
        Assert.Null(await host.Service<ConversationStore>().FindUserAsync(Member, CancellationToken.None));
    }
}
