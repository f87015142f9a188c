using System.Net;
using System.Text.Json;
using PartyBot.BotFramework.Schema;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Help;

public sealed class HelpTests
{
    private const string Member = "aad-member-1";

    [Theory]
    [InlineData("trợ giúp", "personal", false)]
    [InlineData("TRỢ GIÚP", "personal", false)]
    [InlineData("tro giup", "personal", false)]
    [InlineData("  Trợ   giúp ! ", "personal", false)]
    [InlineData("help", "personal", false)]
    [InlineData("Help", "groupChat", true)]
    [InlineData("trợ giúp", "channel", true)]
    [InlineData("tro giup", "channel", true)]
    public async Task HelpText_AnySpelling_WithOrWithoutMention_AnswersHelpCard(string text, string conversationType, bool mention)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        var response = await host.PostAsync(TestActivities.Message(text, Member, conversationType, channel.ServiceUrl, mention));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(channel.Calls, c => c.IsActivityPost());
        var card = sent.CardText();
        Assert.Contains("Các lệnh của PartyBot", card, StringComparison.Ordinal);
        Assert.Contains("trợ giúp", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_AnswersVietnameseHintTowardsHelp()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        await host.PostAsync(TestActivities.Message("xin chào bạn", Member, ConversationTypes.Personal, channel.ServiceUrl));

        var sent = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Null(sent.CardJson());
        Assert.Contains("xin chào bạn", sent.Text(), StringComparison.Ordinal);
        Assert.Contains("trợ giúp", sent.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NearMissCommand_LichHpo_AsksWhetherLichHopWasMeantAndRunsNothing()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        await host.PostAsync(TestActivities.Message("lich hpo", Member, ConversationTypes.Personal, channel.ServiceUrl));

        var sent = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Null(sent.CardJson());
        Assert.Equal("Có phải đồng chí muốn gõ “lịch họp”? Đồng chí gõ “trợ giúp” để xem các lệnh.", sent.Text());
    }

    [Fact]
    public async Task WordThatOnlyStartsLikeHelp_IsNotHelp()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        await host.PostAsync(TestActivities.Message("helpful", Member, ConversationTypes.Personal, channel.ServiceUrl));

        Assert.Null(Assert.Single(channel.Calls, c => c.IsActivityPost()).CardJson());
    }

    [Fact]
    public async Task HelpButton_ActionExecute_SendsHelpCardAndAnswersInvoke()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        var response = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction("help", null, Member, channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Contains("Các lệnh của PartyBot", Assert.Single(channel.Calls, c => c.IsActivityPost()).CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_ActionExecute_AnswersErrorAndSendsNothing()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        var response = await host.PostAsync(TestActivities.InvokeAdaptiveCardAction("deleteEverything", new { meetingId = "x" }, Member, channel.ServiceUrl));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.DoesNotContain(channel.Calls, c => c.IsActivityPost());
    }

    [Fact]
    public async Task HelpButton_ActionSubmitFromOlderClient_SendsHelpCard()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var click = TestActivities.Message("", Member, ConversationTypes.Personal, channel.ServiceUrl);
        click.Text = null;
        click.Value = JsonSerializer.SerializeToElement(new { verb = "help" });

        await host.PostAsync(click);

        Assert.Contains("Các lệnh của PartyBot", Assert.Single(channel.Calls, c => c.IsActivityPost()).CardText(), StringComparison.Ordinal);
    }
}
