using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Attendance;

/// <summary>RSVP to the meeting of 1/12/2026 08:00 (Vietnam); the clock starts on 23/11/2026 08:00.</summary>
public sealed class AttendanceServiceRsvpTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Rsvp_BeforeStart_SavedAndLoggedAsTheMembersOwn()
    {
        var (harness, members) = await CreateAsync();
        var now = harness.Time.GetUtcNow();

        var result = await harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Attending, null, None);

        Assert.Null(result.Error);
        Assert.Equal(new AttendanceEntry("DV03", RsvpAnswer.Attending, RsvpAt: now), result.Value);
        Assert.Equal(result.Value, await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
        Assert.Equal([new AttendanceChange("DV03", "DV03", now, "rsvp", "None", "Attending")], await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task Rsvp_ChangedBeforeStart_LatestAnswerKeptAndEveryChangeLogged()
    {
        var (harness, members) = await CreateAsync();
        var service = harness.Service();
        var meeting = harness.Meeting();
        var t0 = harness.Time.GetUtcNow();

        await service.RsvpAsync(meeting, members["DV03"], RsvpAnswer.Attending, null, None);
        harness.Time.Advance(TimeSpan.FromDays(2));
        var excused = await service.RsvpAsync(meeting, members["DV03"], RsvpAnswer.Excused, "  Đi công tác Hà Nội  ", None);
        harness.Time.Advance(TimeSpan.FromDays(2));
        var attending = await service.RsvpAsync(meeting, members["DV03"], RsvpAnswer.Attending, "Đi công tác Hà Nội", None);

        Assert.Equal(new AttendanceEntry("DV03", RsvpAnswer.Excused, "Đi công tác Hà Nội", t0.AddDays(2)), excused.Value);
        Assert.Equal(new AttendanceEntry("DV03", RsvpAnswer.Attending, null, t0.AddDays(4)), attending.Value);
        Assert.Equal(attending.Value, await harness.Attendance.GetAsync(harness.UnitId, meeting.Id, "DV03", None));
        Assert.Equal(
        [
            new AttendanceChange("DV03", "DV03", t0, "rsvp", "None", "Attending"),
            new AttendanceChange("DV03", "DV03", t0.AddDays(2), "rsvp", "Attending", "Excused", "Đi công tác Hà Nội"),
            new AttendanceChange("DV03", "DV03", t0.AddDays(4), "rsvp", "Excused", "Attending"),
        ], await harness.Attendance.ChangesAsync(harness.UnitId, meeting.Id, None));
    }

    [Fact]
    public async Task Rsvp_TenClicksAtOnceFromSeveralHosts_OneRowOneLogLine()
    {
        var (harness, members) = await CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "Đi công tác", None)));

        Assert.All(results, r => Assert.Null(r.Error));
        var row = Assert.Single(await harness.Attendance.ListAsync(harness.UnitId, "R-2026-12", None));
        Assert.Equal((RsvpAnswer.Excused, "Đi công tác"), (row.Rsvp, row.RsvpReason));
        Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task Rsvp_SameAnswerAgain_KeepsTheFirstTimeAndLogsOnce()
    {
        var (harness, members) = await CreateAsync();
        var service = harness.Service();
        var first = await service.RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "Ốm", None);
        harness.Time.Advance(TimeSpan.FromHours(1));

        var again = await service.RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, " Ốm ", None);

        Assert.Equal(first.Value, again.Value);
        Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task Rsvp_ExcusedWithAnotherReason_ReasonUpdated()
    {
        var (harness, members) = await CreateAsync();
        var service = harness.Service();
        await service.RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "Ốm", None);

        var result = await service.RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "Đi viện", None);

        Assert.Equal("Đi viện", result.Value?.RsvpReason);
        Assert.Equal(2, (await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None)).Count);
    }

    [Fact]
    public async Task Rsvp_OneMinuteBeforeStart_Accepted()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(AttendanceHarness.December1.AddMinutes(-1));

        var result = await harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Attending, null, None);

        Assert.Null(result.Error);
    }

    [Fact]
    public async Task Rsvp_AtOrAfterStart_RefusedAndTheEarlierAnswerStays()
    {
        var (harness, members) = await CreateAsync();
        var service = harness.Service();
        var before = (await service.RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Attending, null, None)).Value;

        harness.Time.SetUtcNow(AttendanceHarness.December1);
        var atStart = await service.RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "Ốm", None);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var later = await service.RsvpAsync(harness.Meeting(), members["DV04"], RsvpAnswer.Attending, null, None);

        Assert.Equal((null, AttendanceTexts.MeetingStarted), (atStart.Value, atStart.Error));
        Assert.Equal(AttendanceTexts.MeetingStarted, later.Error);
        Assert.Equal(before, await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV04", None));
        Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task Rsvp_CancelledMeeting_RefusedAndNothingWritten()
    {
        var (harness, members) = await CreateAsync();

        var result = await harness.Service().RsvpAsync(harness.Meeting(status: MeetingStatus.Cancelled), members["DV03"], RsvpAnswer.Attending, null, None);

        Assert.Equal(AttendanceTexts.MeetingCancelled, result.Error);
        Assert.Empty(await harness.Attendance.ListAsync(harness.UnitId, "R-2026-12", None));
    }

    [Theory]
    [InlineData("DV10")]
    [InlineData("DV11")]
    [InlineData("DV12")]
    public async Task Rsvp_MemberNotSummoned_RefusedAndNothingWritten(string memberId)
    {
        var (harness, members) = await CreateAsync();

        var result = await harness.Service().RsvpAsync(harness.Meeting(), members[memberId], RsvpAnswer.Attending, null, None);

        Assert.Equal(AttendanceTexts.NotSummoned, result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", memberId, None));
    }

    [Fact]
    public async Task Rsvp_ExemptOnlyFromALaterDate_Accepted()
    {
        var (harness, members) = await CreateAsync();

        var result = await harness.Service().RsvpAsync(harness.Meeting(), members["DV07"], RsvpAnswer.Attending, null, None);

        Assert.Null(result.Error);
    }

    [Fact]
    public async Task Rsvp_ExemptFromTheMeetingDayInVietnam_Refused()
    {
        // 30/11/2026 18:00 UTC is 1/12/2026 01:00 in Vietnam: the exemption of 1/12 applies.
        var (harness, _) = await CreateAsync();
        var member = harness.Member("DV20", "Mai Văn Tiến", MemberStatus.Exempt, new DateOnly(2026, 12, 1));
        var meeting = harness.Meeting(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero));

        var result = await harness.Service().RsvpAsync(meeting, member, RsvpAnswer.Attending, null, None);

        Assert.Equal(AttendanceTexts.NotSummoned, result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Rsvp_ExcusedWithoutReason_RefusedAndTheEarlierAnswerStays(string? reason)
    {
        var (harness, members) = await CreateAsync();
        var service = harness.Service();
        var before = (await service.RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Attending, null, None)).Value;

        var result = await service.RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, reason, None);

        Assert.Equal(AttendanceTexts.ReasonRequired, result.Error);
        Assert.Equal(before, await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task Rsvp_ReasonTooLong_RefusedAndNothingWritten()
    {
        var (harness, members) = await CreateAsync();
        var max = harness.Options.ReasonMaxLength;

        var result = await harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, new string('ố', max + 1), None);

        Assert.Equal(AttendanceTexts.ReasonTooLong(max), result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task Rsvp_ReasonOfTheLongestLength_AfterTrimming_Accepted()
    {
        var (harness, members) = await CreateAsync();
        var reason = new string('ố', harness.Options.ReasonMaxLength);

        var result = await harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "  " + reason + "\n", None);

        Assert.Equal(reason, result.Value?.RsvpReason);
    }

    [Fact]
    public async Task Rsvp_AttendingWithAReason_ReasonNotKept()
    {
        var (harness, members) = await CreateAsync();

        var result = await harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Attending, "Ốm", None);

        Assert.Equal((RsvpAnswer.Attending, (string?)null), (result.Value?.Rsvp, result.Value?.RsvpReason));
    }

    [Fact]
    public async Task Rsvp_ExcusedAnswer_CountsAsExcusedUntilTheRollCall()
    {
        var (harness, members) = await CreateAsync();

        var result = await harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "Ốm", None);

        Assert.Equal((AttendanceState.Excused, "Ốm"), result.Value?.Current);
    }

    private static async Task<(AttendanceHarness Harness, Dictionary<string, Member> Members)> CreateAsync()
    {
        var harness = await AttendanceHarness.CreateAsync();
        return (harness, ChiBo.Members(harness.UnitId).ToDictionary(m => m.Id));
    }
}
