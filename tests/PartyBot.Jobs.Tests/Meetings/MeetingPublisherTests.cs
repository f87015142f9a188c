using Microsoft.Extensions.Logging;
using PartyBot.Cards.Attendance;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class MeetingPublisherTests
{
    private static readonly DateTimeOffset InTwoDays = NoticeRig.Now.AddDays(2);

    [Fact]
    public async Task Announce_LinkedChiBo_QueuesOneCardMarkedAnnounced_PostedByTheDispatcherWithItsActivityIdRecorded()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        Assert.True(await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None));

        // Announced when queued: nothing is sent before the dispatcher's round, and no activity id yet.
        var queued = await rig.Meetings.GetAsync(NoticeRig.UnitId, meeting.Id, CancellationToken.None);
        Assert.Equal((MeetingStatus.Announced, NoticeRig.ChatId, null), (queued!.Status, queued.CardConversationId, queued.CardActivityId));
        Assert.Equal([MeetingPublisher.InvitationKey(meeting)], await rig.DueKeysAsync());
        Assert.Empty(rig.Channel.Calls);
        await rig.DispatchAsync();

        var post = Assert.Single(rig.AllActivityPosts());
        Assert.Equal(200, post.AnsweredStatus);
        Assert.Single(rig.Posts(NoticeRig.ChatId));
        Assert.Contains("application/vnd.microsoft.card.adaptive", post.Body!.Value.GetRawText(), StringComparison.Ordinal);
        var stored = await rig.Meetings.GetAsync(NoticeRig.UnitId, meeting.Id, CancellationToken.None);
        Assert.Equal(MeetingStatus.Announced, stored!.Status);
        Assert.Equal(NoticeRig.ChatId, stored.CardConversationId);
        Assert.Equal((await rig.Outbox.FindAsync(MeetingPublisher.InvitationKey(meeting), CancellationToken.None))!.SentActivityId, stored.CardActivityId);
        Assert.StartsWith("1:fake-activity-", stored.CardActivityId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Announce_CardStillQueued_NotDueAgainAndNoSecondInvitation()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);
        rig.Channel.EnqueueFailureFor(NoticeRig.ChatId, 500);
        Assert.Equal(1, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        await rig.DispatchAsync(); // 500: the card stays queued, without an activity id

        var stored = await rig.Meetings.GetAsync(NoticeRig.UnitId, meeting.Id, CancellationToken.None);
        Assert.Null(stored!.CardActivityId);
        Assert.False(rig.Scoped<MeetingPublisher>().IsDue(stored));
        Assert.Equal(0, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        Assert.False(await rig.Scoped<MeetingPublisher>().AnnounceAsync(stored, CancellationToken.None));
        rig.Time.Advance(TimeSpan.FromMinutes(15));
        await rig.DispatchAsync();

        Assert.Equal([500, 200], rig.Posts(NoticeRig.ChatId).Select(c => c.AnsweredStatus));
        Assert.Empty(await rig.DueKeysAsync());
    }

    [Fact]
    public async Task Announce_AgainAndTwoScansInParallel_PostsOnce()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        await Task.WhenAll(
            rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None),
            rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        Assert.False(await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None));
        Assert.Equal(0, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        await rig.DispatchAsync();
        await rig.DispatchAsync();

        Assert.Single(rig.Posts(NoticeRig.ChatId));
    }

    [Fact]
    public async Task AnnounceDue_ChiBoNotLinked_WarnsOnceForTheMeeting_NotOnEveryRun()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.Organization.SaveUnitAsync(new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DU"), CancellationToken.None);
        await rig.AddMeetingAsync("R-2026-11", InTwoDays, unitId: "CB2");

        for (var run = 0; run < 4; run++)
        {
            Assert.Equal(0, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
            rig.Time.Advance(TimeSpan.FromMinutes(15));
        }

        var warning = Assert.Single(rig.Logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains("CB2/R-2026-11", warning.Message, StringComparison.Ordinal);
        Assert.Empty(await rig.DueKeysAsync());
    }

    [Fact]
    public async Task AnnounceDue_TwoDaysAheadAnnounced_FiveDaysAheadNotYet()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("soon", InTwoDays);
        await rig.AddMeetingAsync("later", NoticeRig.Now.AddDays(5));

        Assert.Equal(1, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));

        Assert.Equal(MeetingStatus.Announced, (await rig.Meetings.GetAsync(NoticeRig.UnitId, "soon", CancellationToken.None))!.Status);
        Assert.Equal(MeetingStatus.Planned, (await rig.Meetings.GetAsync(NoticeRig.UnitId, "later", CancellationToken.None))!.Status);

        // Two days on, the later meeting is due: the scan catches up.
        rig.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        await rig.DispatchAsync();
        Assert.Equal(2, rig.Posts(NoticeRig.ChatId).Count);
    }

    [Fact]
    public async Task AnnounceDue_CancelledMeeting_IsNotAnnounced()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("off", InTwoDays, status: MeetingStatus.Cancelled);

        Assert.Equal(0, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        Assert.Empty(await rig.DueKeysAsync());
    }

    [Fact]
    public async Task Announce_ConnectorFailsAtFirst_TheDispatcherPostsTheCardOnceLater()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);
        rig.Channel.EnqueueFailure(500);
        rig.Channel.EnqueueFailure(503);

        Assert.True(await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None));
        for (var round = 0; round < 4; round++)
        {
            await rig.DispatchAsync();
            rig.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([500, 503, 200], rig.Posts(NoticeRig.ChatId).Select(c => c.AnsweredStatus));
        Assert.NotNull((await rig.Meetings.GetAsync(NoticeRig.UnitId, meeting.Id, CancellationToken.None))!.CardActivityId);
    }

    [Fact]
    public async Task RefreshCard_UpdatesTheSameActivityInPlace_AndACancelledMeetingShowsDaHuy()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);
        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);
        await rig.DispatchAsync();
        var cancelled = await rig.Meetings.UpdateAsync(NoticeRig.UnitId, meeting.Id,
            m => m with { Status = MeetingStatus.Cancelled, CancelReason = "Trùng lịch hội nghị" }, CancellationToken.None);

        await rig.Scoped<MeetingPublisher>().RefreshCardAsync(cancelled!, CancellationToken.None);
        Assert.DoesNotContain(rig.Channel.Calls, c => c.Method == "PUT");
        await rig.DispatchAsync();

        var put = Assert.Single(rig.Channel.Calls, c => c.Method == "PUT");
        Assert.Equal($"/v3/conversations/{NoticeRig.ChatId}/activities/{cancelled!.CardActivityId}", put.Path[put.Path.IndexOf("/v3/", StringComparison.Ordinal)..]);
        Assert.Contains("ĐÃ HỦY", put.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(AttendanceVerbs.Rsvp, put.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Single(rig.AllActivityPosts());
    }

    [Fact]
    public async Task RefreshCard_InvitationStillQueued_TheUpdateWaitsWithoutAttempts_ThenReplacesThePostedCard()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);
        rig.Channel.EnqueueFailureFor(NoticeRig.ChatId, 500);
        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);
        await rig.DispatchAsync(); // the invitation: 500, tried again after a back-off
        var cancelled = await rig.Meetings.UpdateAsync(NoticeRig.UnitId, meeting.Id,
            m => m with { Status = MeetingStatus.Cancelled, CancelReason = "Trùng lịch hội nghị" }, CancellationToken.None);

        await rig.Scoped<MeetingPublisher>().RefreshCardAsync(cancelled!, CancellationToken.None);
        await rig.DispatchAsync();

        var waiting = await rig.Outbox.FindAsync(MeetingPublisher.UpdateKey(meeting), CancellationToken.None);
        Assert.Equal((OutboxStatus.Pending, 0), (waiting!.Status, waiting.Attempts));
        Assert.DoesNotContain(rig.Channel.Calls, c => c.Method == "PUT");
        rig.Time.Advance(TimeSpan.FromMinutes(1));
        await rig.DispatchAsync(); // the invitation is posted
        await rig.DispatchAsync(); // then its update goes to it

        var posted = (await rig.Outbox.FindAsync(MeetingPublisher.InvitationKey(meeting), CancellationToken.None))!.SentActivityId;
        var put = Assert.Single(rig.Channel.Calls, c => c.Method == "PUT");
        Assert.EndsWith($"/v3/conversations/{NoticeRig.ChatId}/activities/{posted}", put.Path, StringComparison.Ordinal);
        Assert.Contains("ĐÃ HỦY", put.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(posted, (await rig.Meetings.GetAsync(NoticeRig.UnitId, meeting.Id, CancellationToken.None))!.CardActivityId);
    }

    [Fact]
    public async Task RefreshCard_SecondChangeWhileTheFirstUpdateIsRetried_OnlyTheNewestContentIsSentAfter()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);
        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);
        await rig.DispatchAsync();
        rig.Channel.EnqueueFailureFor(NoticeRig.ChatId, 500);

        await RefreshWithPlaceAsync(rig, meeting, "Phòng họp A");
        await rig.DispatchAsync(); // 500: the first content waits for its retry
        await RefreshWithPlaceAsync(rig, meeting, "Phòng họp B");
        for (var round = 0; round < 3; round++)
        {
            rig.Time.Advance(TimeSpan.FromMinutes(1));
            await rig.DispatchAsync();
        }

        var puts = rig.Channel.Calls.Where(c => c.Method == "PUT").ToList();
        Assert.Equal([500, 200], puts.Select(c => c.AnsweredStatus));
        Assert.Contains("Phòng họp A", puts[0].Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Phòng họp B", puts[1].Body!.Value.GetRawText(), StringComparison.Ordinal);
        var row = await rig.Outbox.FindAsync(MeetingPublisher.UpdateKey(meeting), CancellationToken.None);
        Assert.Equal((OutboxStatus.Sent, 1), (row!.Status, row.Attempts));
    }

    [Fact]
    public async Task RefreshCard_ActivityIdNeverRecordedOnTheMeeting_UpdateGoesToTheCardTheInvitationRowPosted()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);
        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);
        await rig.DispatchAsync();
        // As if the host died after storing the post's outcome and before its observer ran.
        var missed = await rig.Meetings.UpdateAsync(NoticeRig.UnitId, meeting.Id, m => m with { CardActivityId = null }, CancellationToken.None);

        await rig.Scoped<MeetingPublisher>().RefreshCardAsync(missed!, CancellationToken.None);
        await rig.DispatchAsync();

        var posted = (await rig.Outbox.FindAsync(MeetingPublisher.InvitationKey(meeting), CancellationToken.None))!.SentActivityId;
        Assert.EndsWith("/activities/" + posted, Assert.Single(rig.Channel.Calls, c => c.Method == "PUT").Path, StringComparison.Ordinal);
    }

    private static async Task RefreshWithPlaceAsync(NoticeRig rig, Meeting meeting, string place)
    {
        var changed = await rig.Meetings.UpdateAsync(NoticeRig.UnitId, meeting.Id, m => m with { Place = place }, CancellationToken.None);
        await rig.Scoped<MeetingPublisher>().RefreshCardAsync(changed!, CancellationToken.None);
    }

    [Fact]
    public async Task Announce_PostsTheInvitation_WithRsvpButtonsAndAPerViewerRefresh()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);
        await rig.DispatchAsync();

        var card = Assert.Single(rig.AllActivityPosts()).Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal(AttendanceVerbs.ViewInvitation, card.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal(meeting.Id, card.GetProperty("refresh").GetProperty("action").GetProperty("data").GetProperty("meetingId").GetString());
        var json = card.GetRawText();
        Assert.Contains($"\"verb\":\"{AttendanceVerbs.Rsvp}\"", json, StringComparison.Ordinal);
        Assert.Contains("Tham dự", json, StringComparison.Ordinal);
        Assert.Contains("Vắng có lý do", json, StringComparison.Ordinal);
        Assert.False(card.GetProperty("refresh").TryGetProperty("userIds", out _)); // a small chi bộ: Teams refreshes for everyone
    }

    [Fact]
    public async Task Announce_ConfiguredReasonLength_TheInvitationsReasonInputHoldsThatMany()
    {
        await using var rig = await NoticeRig.CreateAsync(new Dictionary<string, string?> { ["Attendance:ReasonMaxLength"] = "120" });
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);
        await rig.DispatchAsync();

        var json = Assert.Single(rig.AllActivityPosts()).Body!.Value.GetRawText();
        Assert.Contains($"\"id\":\"{AttendanceVerbs.ReasonInput}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"maxLength\":120", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"maxLength\":200", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Announce_ChiBoOfMoreThan60_RefreshNamesItsLeaders()
    {
        await using var rig = await NoticeRig.CreateAsync();
        for (var i = 0; i < AgendaViews.AutomaticRefreshLimit; i++)
        {
            await rig.Organization.SaveMemberAsync(NoticeRig.NewMember($"X{i:D2}", $"Đảng viên {i:D2}", Core.Organization.MemberStatus.Full, null), null, CancellationToken.None);
        }
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);
        await rig.DispatchAsync();

        var card = Assert.Single(rig.AllActivityPosts()).Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal(["29:user-1"], card.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task RefreshCard_MeetingWithoutCard_SendsNothing()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        await rig.Scoped<MeetingPublisher>().RefreshCardAsync(meeting, CancellationToken.None);
        await rig.DispatchAsync();

        Assert.Empty(rig.Channel.Calls);
        Assert.Empty(await rig.DueKeysAsync());
    }

    [Fact]
    public async Task AnnounceDue_OneChiBoFails_TheOthersAreStillAnnounced_AndItIsRetriedNextRun()
    {
        await using var rig = await NoticeRig.CreateAsync();
        // CB2's stored conversation has no service URL: its invitation cannot be queued.
        const string BrokenChat = "19:cb2@thread.v2";
        await rig.Organization.SaveUnitAsync(new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DU", ConversationId: BrokenChat), CancellationToken.None);
        var broken = new ConversationAddress(BrokenChat, ConversationTypes.GroupChat, "", "msteams", NoticeRig.BotId, "PartyBot", NoticeRig.TenantId, null, "Chi bộ 2");
        await rig.Conversations.SaveConversationAsync(broken, CancellationToken.None);
        await rig.AddMeetingAsync("first", InTwoDays, unitId: "CB2");
        await rig.AddMeetingAsync("second", InTwoDays.AddHours(1));

        Assert.Equal(1, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        Assert.Contains(rig.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("CB2/first", StringComparison.Ordinal));
        await rig.Conversations.SaveConversationAsync(broken with { ServiceUrl = rig.Channel.ServiceUrl }, CancellationToken.None);
        Assert.Equal(1, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        await rig.DispatchAsync();

        Assert.Single(rig.Posts(NoticeRig.ChatId), c => c.AnsweredStatus == 200);
        Assert.Single(rig.Posts(BrokenChat), c => c.AnsweredStatus == 200);
    }
}
