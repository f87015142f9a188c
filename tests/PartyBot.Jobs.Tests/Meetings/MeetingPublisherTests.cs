using Microsoft.Extensions.Logging;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class MeetingPublisherTests
{
    private static readonly DateTimeOffset InTwoDays = NoticeRig.Now.AddDays(2);

    [Fact]
    public async Task Announce_LinkedChiBo_PostsOneCardIntoItsConversation_AndStoresTheActivityId()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        Assert.True(await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None));

        var post = Assert.Single(rig.AllActivityPosts());
        Assert.Equal(200, post.AnsweredStatus);
        Assert.Single(rig.Posts(NoticeRig.ChatId));
        Assert.Contains("application/vnd.microsoft.card.adaptive", post.Body!.Value.GetRawText(), StringComparison.Ordinal);
        var stored = await rig.Meetings.GetAsync(NoticeRig.UnitId, meeting.Id, CancellationToken.None);
        Assert.Equal(MeetingStatus.Announced, stored!.Status);
        Assert.Equal(NoticeRig.ChatId, stored.CardConversationId);
        Assert.False(string.IsNullOrEmpty(stored.CardActivityId));
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
        Assert.Empty(rig.AllActivityPosts());
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
        Assert.Equal(2, rig.Posts(NoticeRig.ChatId).Count);
    }

    [Fact]
    public async Task AnnounceDue_CancelledMeeting_IsNotAnnounced()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("off", InTwoDays, status: MeetingStatus.Cancelled);

        Assert.Equal(0, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        Assert.Empty(rig.AllActivityPosts());
    }

    [Fact]
    public async Task Announce_SendFails_GivesTheClaimBack_SoTheNextRunPosts()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);
        rig.Channel.EnqueueFailure(400, errorCode: "BadArgument");

        await Assert.ThrowsAnyAsync<Exception>(() => rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None));
        Assert.True(await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None));

        Assert.Single(rig.Posts(NoticeRig.ChatId), c => c.AnsweredStatus == 200);
    }

    [Fact]
    public async Task RefreshCard_UpdatesTheSameActivityInPlace_AndACancelledMeetingShowsDaHuy()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);
        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);
        var cancelled = await rig.Meetings.UpdateAsync(NoticeRig.UnitId, meeting.Id,
            m => m with { Status = MeetingStatus.Cancelled, CancelReason = "Trùng lịch hội nghị" }, CancellationToken.None);

        await rig.Scoped<MeetingPublisher>().RefreshCardAsync(cancelled!, CancellationToken.None);

        var put = Assert.Single(rig.Channel.Calls, c => c.Method == "PUT");
        Assert.Equal($"/v3/conversations/{NoticeRig.ChatId}/activities/{cancelled!.CardActivityId}", put.Path[put.Path.IndexOf("/v3/", StringComparison.Ordinal)..]);
        Assert.Contains("ĐÃ HỦY", put.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(AttendanceVerbs.Rsvp, put.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Single(rig.AllActivityPosts());
    }

    [Fact]
    public async Task Announce_PostsTheInvitation_WithRsvpButtonsAndAPerViewerRefresh()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        await rig.Scoped<MeetingPublisher>().AnnounceAsync(meeting, CancellationToken.None);

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

        var card = Assert.Single(rig.AllActivityPosts()).Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal(["29:user-1"], card.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task RefreshCard_MeetingWithoutCard_SendsNothing()
    {
        await using var rig = await NoticeRig.CreateAsync();
        var meeting = await rig.AddMeetingAsync("R-2026-11", InTwoDays);

        await rig.Scoped<MeetingPublisher>().RefreshCardAsync(meeting, CancellationToken.None);

        Assert.Empty(rig.Channel.Calls);
    }

    [Fact]
    public async Task AnnounceDue_OneChiBoFails_TheOthersAreStillAnnounced_AndItIsRetriedNextRun()
    {
        await using var rig = await NoticeRig.CreateAsync();
        await rig.AddMeetingAsync("first", InTwoDays);
        await rig.AddMeetingAsync("second", InTwoDays.AddHours(1));
        rig.Channel.EnqueueFailure(400, errorCode: "BadArgument");

        Assert.Equal(1, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));
        Assert.Equal(1, await rig.Scoped<MeetingPublisher>().AnnounceDueAsync(CancellationToken.None));

        Assert.Equal(2, rig.Posts(NoticeRig.ChatId).Count(c => c.AnsweredStatus == 200));
    }
}
