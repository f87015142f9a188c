using System.Text.Json;
using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Teams;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

public sealed class TeamsActivityExtensionsTests
{
    [Fact]
    public void RemoveRecipientMention_MentionEntity_RemovesExactText()
    {
        var activity = WithText("<at>Party Bot</at> họp   tháng", mentionText: "<at>Party Bot</at>");

        Assert.Equal("họp tháng", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_NoEntity_FallsBackToRecipientName()
    {
        var activity = WithText("<at>PartyBot</at> điểm danh", mentionText: null);

        Assert.Equal("điểm danh", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_Nbsp_IsDecoded()
    {
        var activity = WithText("<at>PartyBot</at>&nbsp;báo\u00A0cáo&nbsp;&nbsp;quý", mentionText: "<at>PartyBot</at>");

        Assert.Equal("báo cáo quý", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_MentionInTheMiddle_JoinsTheRest()
    {
        var activity = WithText("nhờ <at>PartyBot</at> tạo cuộc họp", mentionText: "<at>PartyBot</at>");

        Assert.Equal("nhờ tạo cuộc họp", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_OtherPeople_StayMentioned()
    {
        var activity = WithText("<at>PartyBot</at> giao việc cho <at>Lan</at>", mentionText: "<at>PartyBot</at>");
        activity.Entities!.Add(new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:lan", Name = "Lan" }, Text = "<at>Lan</at>" });

        Assert.Equal("giao việc cho <at>Lan</at>", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_BotMentionedTwice_RemovesBoth()
    {
        var activity = WithText("<at>PartyBot</at> a <at>PartyBot</at> b", mentionText: "<at>PartyBot</at>");

        Assert.Equal("a b", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_NoText_ReturnsNull() =>
        Assert.Null(new Activity { Type = ActivityTypes.Message }.RemoveRecipientMention());

    [Fact]
    public void RemoveRecipientMention_TestActivityWithMention_ReturnsPlainText()
    {
        var activity = TestActivities.Message("lịch họp", "aad-1", ConversationTypes.Channel, "http://127.0.0.1/", mentionBot: true);

        Assert.Equal("lịch họp", activity.RemoveRecipientMention());
    }

    [Fact]
    public void GetTenantId_ChannelData_WinsOverConversation()
    {
        var activity = new Activity
        {
            ChannelData = Json(new { tenant = new { id = "from-channel-data" } }),
            Conversation = new ConversationAccount { TenantId = "from-conversation" },
        };

        Assert.Equal("from-channel-data", activity.GetTenantId());
    }

    [Fact]
    public void GetTenantId_NoChannelData_FallsBackToConversation() =>
        Assert.Equal("t", new Activity { Conversation = new ConversationAccount { TenantId = "t" } }.GetTenantId());

    [Fact]
    public void GetTeamAndChannel_ChannelActivity_ReadsChannelData()
    {
        var activity = TestActivities.ConversationUpdateBotAdded("team", "http://127.0.0.1/");

        Assert.Equal(new TeamInfo(TestActivities.TeamId, TestActivities.TeamName), activity.GetTeamInfo());
        Assert.Equal(new ChannelInfo(TestActivities.ChannelId, TestActivities.ChannelName), activity.GetChannelInfo());
        Assert.Equal("teamMemberAdded", activity.GetEventType());
        Assert.Equal(TestActivities.TenantId, activity.GetTenantId());
    }

    [Fact]
    public void GetTeamInfo_PersonalChatOrOddChannelData_IsNull()
    {
        Assert.Null(TestActivities.Message("x", "aad-1", ConversationTypes.Personal, "http://127.0.0.1/").GetTeamInfo());
        Assert.Null(new Activity { ChannelData = Json(new { team = "not an object" }) }.GetTeamInfo());
        Assert.Null(new Activity { ChannelData = JsonDocument.Parse("[1]").RootElement }.GetEventType());
    }

    [Fact]
    public void AdaptiveCardAttachment_Card_HasAdaptiveContentType()
    {
        var card = new { type = "AdaptiveCard", version = "1.5" };

        var attachment = Attachment.AdaptiveCardAttachment(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Same(card, attachment.Content);
    }

    private static Activity WithText(string text, string? mentionText)
    {
        var bot = new ChannelAccount { Id = "28:bot", Name = mentionText?.Contains("Party Bot", StringComparison.Ordinal) == true ? "Party Bot" : "PartyBot" };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Recipient = bot,
            Entities = mentionText is null ? [] : [new Entity { Type = "mention", Mentioned = bot, Text = mentionText }],
        };
    }

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value, BotJson.Options);
}
