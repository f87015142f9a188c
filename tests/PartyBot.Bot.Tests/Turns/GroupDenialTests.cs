using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Bot.Tests.Organization;
using PartyBot.Cards.Organization;
using PartyBot.Core.Attendance;
using PartyBot.Core.Outbox;
using PartyBot.Core.Storage;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Turns;

/// <summary>A refusal of a text command typed in a group chat or a channel is for the asker alone: it goes 1:1.</summary>
public sealed class GroupDenialTests : IAsyncLifetime
{
    private FakeChannel channel = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        channel = await FakeChannel.StartAsync();
        host = await BotHost.StartAsync(channel);
        await SeedAsync(host);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
    }

    public static TheoryData<string, string, string, string> Denials() => new()
    {
        { Member1, "thành viên", ConversationTypes.GroupChat, OrganizationTexts.MembersDenied },
        { Member1, "thành viên CB1", ConversationTypes.Channel, OrganizationTexts.UnitOutsideRights("CB1") },
        { Member1, "liên kết chi bộ CB1", ConversationTypes.GroupChat, OrganizationTexts.LinkDenied("Chi bộ Văn phòng Sở") },
        { Secretary2, "lịch họp CB1", ConversationTypes.Channel, Cards.Meetings.MeetingFormTexts.ListDenied("CB1") },
        { Secretary2, "chuyên cần M02", ConversationTypes.GroupChat, AttendanceTexts.HistoryDenied("M02") },
        { Member1, "điểm danh", ConversationTypes.Channel, AttendanceTexts.OnlyLeaders },
        { "aad-stranger", "tôi là ai", ConversationTypes.GroupChat, OrganizationTexts.NotAMember },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public async Task DeniedCommand_InGroupChatOrChannel_GoesToTheAskersPersonalChatAndNothingToTheGroup(
        string caller, string text, string conversationType, string denial)
    {
        await host.PostAsync(TestActivities.Message(text, caller, conversationType, channel.ServiceUrl, mentionBot: true));
        Assert.DoesNotContain(channel.Calls, c => c.IsActivityPost()); // the 1:1 is in the outbox, not sent inline
        await host.DispatchAsync();

        var group = conversationType == ConversationTypes.Channel ? TestActivities.ChannelId : TestActivities.GroupChatId;
        Assert.DoesNotContain(channel.Calls, c => c.IsActivityPost() && c.Path.Contains(group, StringComparison.Ordinal));
        var create = Assert.Single(channel.Calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(TestActivities.UserId(caller), create.Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        var personal = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Contains($"a:fake-{TestActivities.UserId(caller)}", personal.Path, StringComparison.Ordinal);
        Assert.Equal(denial, personal.Text());
    }

    [Fact]
    public async Task RefusedSubmitFromOlderClient_InGroupChat_GoesToTheAskersPersonalChat()
    {
        var click = TestActivities.Message("", Member1, ConversationTypes.GroupChat, channel.ServiceUrl);
        click.Text = null;
        click.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { verb = "deleteEverything", meetingId = "x" });

        await host.PostAsync(click);
        await host.DispatchAsync();

        var reply = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Contains($"a:fake-{TestActivities.UserId(Member1)}", reply.Path, StringComparison.Ordinal);
        Assert.Equal(Bot.Turns.TurnTexts.UnknownCardAction, reply.Text());
    }

    [Fact]
    public async Task DeniedCommand_RedeliveredAfterTheFirstHandlingGaveItsClaimBack_TheAskerGetsOneAnswer()
    {
        var message = TestActivities.Message("thành viên", Member1, ConversationTypes.GroupChat, channel.ServiceUrl, mentionBot: true);
        await host.PostAsync(message);
        await host.DispatchAsync();

        // The first handling failed after its answer was written and gave the claim back (as a failed turn does), so
        // the channel's redelivery is handled again from the start.
        var processed = host.Service<TableStore>().Table(TableNames.ProcessedActivities);
        await processed.DeleteEntityAsync(TableKeys.Escape(message.Conversation!.Id!), TableKeys.Escape(message.Id!));
        await host.PostAsync(message);
        await host.DispatchAsync();

        var personal = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Equal(OrganizationTexts.MembersDenied, personal.Text());
        var row = await host.Service<OutboxStore>().FindAsync(AskerOnlyReplies.KeyOf(message, 0), CancellationToken.None);
        Assert.Equal(OutboxStatus.Sent, row!.Status);
    }

    [Fact]
    public void AskerOnlyKey_SecondAnswerToOneActivity_HasItsOwnKey_AnotherActivityAnother()
    {
        var message = TestActivities.Message("thành viên", Member1, ConversationTypes.GroupChat, "http://127.0.0.1/");
        var other = TestActivities.Message("thành viên", Member1, ConversationTypes.GroupChat, "http://127.0.0.1/");

        Assert.Equal(AskerOnlyReplies.KeyOf(message, 0), AskerOnlyReplies.KeyOf(message, 0));
        Assert.NotEqual(AskerOnlyReplies.KeyOf(message, 0), AskerOnlyReplies.KeyOf(message, 1));
        Assert.NotEqual(AskerOnlyReplies.KeyOf(message, 0), AskerOnlyReplies.KeyOf(other, 0));
    }

    [Fact]
    public async Task DeniedCommand_InPersonalChat_AnsweredThere()
    {
        await host.PostAsync(TestActivities.Message("thành viên", Member1, ConversationTypes.Personal, channel.ServiceUrl));

        var reply = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Contains(TestActivities.PersonalConversationId(Member1), reply.Path, StringComparison.Ordinal);
        Assert.Equal(OrganizationTexts.MembersDenied, reply.Text());
        Assert.DoesNotContain(channel.Calls, c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllowedCommand_InGroupChat_AnsweredInTheGroup()
    {
        await host.PostAsync(TestActivities.Message("thành viên", Secretary1, ConversationTypes.GroupChat, channel.ServiceUrl, mentionBot: true));

        var reply = Assert.Single(channel.Calls, c => c.IsActivityPost());
        Assert.Contains(TestActivities.GroupChatId, reply.Path, StringComparison.Ordinal);
        Assert.NotNull(reply.CardJson());
    }
}
