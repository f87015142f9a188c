using System.Net;
using PartyBot.BotFramework.Schema;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Welcome;

public sealed class WelcomeTests
{
    [Theory]
    [InlineData("team", "liên kết chi bộ")]
    [InlineData("groupChat", "liên kết chi bộ")]
    [InlineData("personal", "trợ giúp")]
    public async Task BotAddedByConversationUpdate_EachScope_PostsOneWelcomeCard(string scope, string firstStep)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        var response = await host.PostAsync(TestActivities.ConversationUpdateBotAdded(scope, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(channel.Calls, c => c.IsActivityPost());
        var text = sent.CardText();
        Assert.Contains("Chào mừng", text, StringComparison.Ordinal);
        Assert.Contains(firstStep, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("team")]
    [InlineData("groupChat")]
    [InlineData("personal")]
    public async Task InstallationUpdateAdd_EachScope_PostsWelcomeCard(string scope)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        await host.PostAsync(TestActivities.InstallationUpdateAdd(scope, channel.ServiceUrl));

        var sent = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Contains("Chào mừng", sent.CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallAnnouncedTwice_ConversationUpdateAndInstallationUpdate_WelcomesOnce()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        await host.PostAsync(TestActivities.ConversationUpdateBotAdded("team", channel.ServiceUrl));
        await host.PostAsync(TestActivities.InstallationUpdateAdd("team", channel.ServiceUrl));

        Assert.Single(channel.Calls, c => c.IsActivityPost());
    }

    [Fact]
    public async Task Reinstall_AfterRemove_WelcomesAgain()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        await host.PostAsync(TestActivities.InstallationUpdateAdd("groupChat", channel.ServiceUrl));
        var remove = TestActivities.InstallationUpdateAdd("groupChat", channel.ServiceUrl);
        remove.Action = "remove";
        await host.PostAsync(remove);

        await host.PostAsync(TestActivities.InstallationUpdateAdd("groupChat", channel.ServiceUrl));

        Assert.Equal(2, channel.Calls.Count(c => c.IsActivityPost()));
    }

    [Fact]
    public async Task OtherMemberAdded_NotTheBot_SendsNothing()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var activity = TestActivities.ConversationUpdateBotAdded("team", channel.ServiceUrl);
        activity.MembersAdded = [new ChannelAccount { Id = "29:someone-else", Name = "Trần Thị Bình" }];

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(channel.Calls, c => c.IsActivityPost());
    }
}
