using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Meetings;

/// <summary>A card click answers at once while the connector fails; what it causes is delivered by the outbox once the connector recovers.</summary>
public sealed partial class MeetingCommandTests
{
    [Theory]
    [InlineData("edit")]
    [InlineData("cancel")]
    public async Task AnnouncedMeeting_ChangedWhileTheConnectorFails_AnswersAtOnce_CardAndReportDeliveredOnceItRecovers(string change)
    {
        await ApproveOnlineAsync(Cell1);
        await MakeReachableAsync(Follower);
        await host.Service<ConversationStore>().SaveConversationAsync(new ConversationAddress(
            TestActivities.GroupChatId, ConversationTypes.GroupChat, channel.ServiceUrl, "msteams", TestActivities.BotId, TestActivities.BotName,
            TestActivities.TenantId, null, null), CancellationToken.None);
        var seeded = await SeedMeetingAsync(Cell1, "T-seed", MeetingKind.Thematic, workingDay, ThematicTopic);
        await host.Service<MeetingStore>().UpdateAsync(Cell1, seeded.Id, m => m with
        {
            Status = MeetingStatus.Announced, CardConversationId = TestActivities.GroupChatId, CardActivityId = CardActivityId,
        }, CancellationToken.None);
        for (var i = 0; i < 4; i++)
        {
            channel.EnqueueFailure(500);
        }
        var requestsBefore = channel.ConnectorRequestsReceived;

        var answer = change == "edit"
            ? await InvokeAsync(MeetingVerbs.Save, new Dictionary<string, string>(ValidThematic(meetingId: seeded.Id)) { ["place"] = "Phòng 305", ["onlineLink"] = OnlineLink }, Secretary1)
            : await InvokeAsync(CancelMeetingCard.ConfirmVerb, new Dictionary<string, string>(Ids(Cell1, seeded.Id)) { ["reason"] = "Hoãn" }, Secretary1);

        // The click's own answer and write, with not one connector call on the way.
        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(MeetingTexts.ListTitleForUnit("Chi bộ Văn phòng Sở"), answer.CardText, StringComparison.Ordinal);
        Assert.Equal(requestsBefore, channel.ConnectorRequestsReceived);
        var stored = await MeetingAsync(Cell1, seeded.Id);
        Assert.Equal(change == "edit" ? "Phòng 305" : "Hoãn", change == "edit" ? stored!.Place : stored!.CancelReason);

        await DeliverThroughFailuresAsync();

        var put = Assert.Single(channel.Calls, c => c.Method == "PUT" && c.AnsweredStatus == 200);
        Assert.Contains(CardActivityId, put.Path, StringComparison.Ordinal);
        Assert.Contains(change == "edit" ? "Phòng 305" : MeetingTexts.CancelledBanner, put.CardText(), StringComparison.Ordinal);
        var reports = channel.Calls.Where(c => c.IsActivityPost() && c.Text()?.Contains("Báo cáo sinh hoạt trực tuyến", StringComparison.Ordinal) == true);
        Assert.Equal(change == "edit" ? 1 : 0, reports.Count());
        Assert.Contains(channel.Calls, c => c.AnsweredStatus == 500);
    }

    [Fact]
    public async Task Save_NewMeetingInsideNoticeWindowWhileTheConnectorFails_AnswersAtOnce_InvitationPostedOnceItRecovers()
    {
        await host.PostAsync(TestActivities.Message("liên kết chi bộ CB1", Secretary1, ConversationTypes.GroupChat, channel.ServiceUrl, mentionBot: true));
        var soon = DateOnly.FromDateTime(VietnamTime.Now(TimeProvider.System).DateTime).AddDays(2);
        var form = new Dictionary<string, string>(ValidThematic()) { ["date"] = Date(soon), ["holidayConfirmed"] = "true" };
        channel.ResetCalls();
        channel.EnqueueFailure(503);
        channel.EnqueueFailure(500);
        var requestsBefore = channel.ConnectorRequestsReceived;

        var answer = await InvokeAsync(MeetingVerbs.Save, form, Secretary1);

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal(requestsBefore, channel.ConnectorRequestsReceived);
        var announced = Assert.Single(await MeetingsAsync(Cell1));
        Assert.Equal((MeetingStatus.Announced, TestActivities.GroupChatId), (announced.Status, announced.CardConversationId));

        await DeliverThroughFailuresAsync();

        var posts = channel.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith(TestActivities.GroupChatId + "/activities", StringComparison.Ordinal));
        Assert.Equal([503, 500, 200], posts.Select(c => c.AnsweredStatus));
        Assert.NotNull((await MeetingAsync(Cell1, announced.Id))!.CardActivityId);
    }

    /// <summary>Dispatcher rounds with pauses longer than the test host's back-off, until the queued failures are used up and everything is sent.</summary>
    private async Task DeliverThroughFailuresAsync()
    {
        for (var round = 0; round < 8; round++)
        {
            await host.DeliverQueuedAsync();
            await Task.Delay(150);
        }
    }
}
