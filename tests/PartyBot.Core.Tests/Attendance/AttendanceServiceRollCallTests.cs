using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Attendance;

/// <summary>
/// Opening the roll call, checking in and marking, for the meeting of 1/12/2026 08:00 (Vietnam) with the default
/// options: the roll call opens from 07:00, members check in from 08:00 to 08:30.
/// </summary>
public sealed class AttendanceServiceRollCallTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = AttendanceHarness.December1;

    [Fact]
    public async Task OpenRollCall_TooEarly_RefusedWithTheTimeItOpens()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start.AddMinutes(-61));

        var result = await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None);

        Assert.Equal(AttendanceTexts.RollCallTooEarly("07:00 01/12/2026"), result.Error);
        Assert.Null(await harness.RollCalls.GetAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task OpenRollCall_FromAnHourBefore_OpenedWithTheCheckInWindow()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start.AddMinutes(-60));

        var result = await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None);

        var expected = new RollCall(harness.UnitId, "R-2026-12", RollCallStatus.Open, Start.AddMinutes(-60), "DV01", Start, Start.AddMinutes(30));
        Assert.Equal(expected, result.Value);
        Assert.Equal(expected, await harness.Service().RollCallAsync(harness.Meeting(), None));
    }

    [Fact]
    public async Task OpenRollCall_ConfiguredWindow_IsUsed()
    {
        var (harness, members) = await CreateAsync();
        harness.Options.CheckInOpensMinutesBefore = 15;
        harness.Options.CheckInClosesMinutesAfter = 45;
        harness.Options.RollCallOpensMinutesBefore = 20;
        harness.Time.SetUtcNow(Start.AddMinutes(-20));

        var rollCall = (await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None)).Value;

        Assert.Equal((Start.AddMinutes(-15), Start.AddMinutes(45)), (rollCall?.CheckInOpensAt, rollCall?.CheckInClosesAt));
    }

    [Fact]
    public async Task OpenRollCall_Twice_ReturnsTheFirst()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start.AddMinutes(-30));
        var first = await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None);
        harness.Time.Advance(TimeSpan.FromMinutes(10));

        var second = await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV02"], None);

        Assert.Equal(first.Value, second.Value);
        Assert.Equal(("DV01", Start.AddMinutes(-30)), (second.Value?.OpenedBy, second.Value?.OpenedAt));
    }

    [Fact]
    public async Task OpenRollCall_TwoSecretariesAtOnce_OneRollCall()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start.AddMinutes(-5));

        var results = await Task.WhenAll(
            harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None),
            harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV02"], None));

        Assert.Equal(results[0].Value, results[1].Value);
        Assert.Equal(results[0].Value, await harness.RollCalls.GetAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task OpenRollCall_CancelledMeeting_Refused()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start);

        var result = await harness.Service().OpenRollCallAsync(harness.Meeting(status: MeetingStatus.Cancelled), members["DV01"], None);

        Assert.Equal(AttendanceTexts.MeetingCancelled, result.Error);
        Assert.Null(await harness.RollCalls.GetAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task OpenRollCall_AfterTheMeeting_StillOpensForALateEntry()
    {
        // The bot lets the secretary enter a roll call from the paper record for some days after the meeting.
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start.AddDays(2));

        var result = await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None);

        Assert.Equal(RollCallStatus.Open, result.Value?.Status);
        Assert.False(result.Value!.IsCheckInOpen(harness.Time.GetUtcNow()));
    }

    [Fact]
    public async Task CheckIn_NoRollCall_Refused()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start);

        var result = await harness.Service().CheckInAsync(harness.Meeting(), members["DV03"], None);

        Assert.Equal(AttendanceTexts.RollCallNotOpen, result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task CheckIn_BeforeTheWindow_RefusedWithTheTimeItOpens()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        harness.Time.SetUtcNow(Start.AddMinutes(-1));

        var result = await harness.Service().CheckInAsync(harness.Meeting(), members["DV03"], None);

        Assert.Equal(AttendanceTexts.CheckInNotYet("08:00 01/12/2026"), result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task CheckIn_InTheWindow_PresentAndASecondClickKeepsTheFirstTime()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        var service = harness.Service();
        harness.Time.SetUtcNow(Start.AddMinutes(3));

        var first = await service.CheckInAsync(harness.Meeting(), members["DV03"], None);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await service.CheckInAsync(harness.Meeting(), members["DV03"], None);

        Assert.Equal(Start.AddMinutes(3), first.Value?.CheckedInAt);
        Assert.Equal(first.Value, second.Value);
        Assert.Equal((AttendanceState.Present, (string?)null), second.Value?.Current);
        var change = Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None));
        Assert.Equal(("DV03", "checkin", Start.AddMinutes(3)), (change.ByMemberId, change.What, change.At));
    }

    [Fact]
    public async Task CheckIn_AfterAnExcusedRsvp_Present()
    {
        var (harness, members) = await CreateAsync();
        await harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "Ốm", None);
        await OpenAsync(harness, members, Start.AddMinutes(-60));
        harness.Time.SetUtcNow(Start);

        var result = await harness.Service().CheckInAsync(harness.Meeting(), members["DV03"], None);

        Assert.Equal((AttendanceState.Present, (string?)null), result.Value?.Current);
        Assert.Equal((RsvpAnswer.Excused, "Ốm"), (result.Value?.Rsvp, result.Value?.RsvpReason));
    }

    [Fact]
    public async Task CheckIn_AtTheLastMinute_AcceptedAndAfterItRefused()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        var service = harness.Service();

        harness.Time.SetUtcNow(Start.AddMinutes(30));
        var last = await service.CheckInAsync(harness.Meeting(), members["DV03"], None);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var late = await service.CheckInAsync(harness.Meeting(), members["DV04"], None);

        Assert.Null(last.Error);
        Assert.Equal(AttendanceTexts.CheckInOver("08:30 01/12/2026"), late.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV04", None));
    }

    [Fact]
    public async Task CheckIn_AfterTheRollCallClosed_Refused()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        harness.Time.SetUtcNow(Start.AddMinutes(10));
        await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None);

        var result = await harness.Service().CheckInAsync(harness.Meeting(), members["DV03"], None);

        Assert.Equal(AttendanceTexts.RollCallClosed, result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task CheckIn_MemberNotSummoned_Refused()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        harness.Time.SetUtcNow(Start);

        var result = await harness.Service().CheckInAsync(harness.Meeting(), members["DV11"], None);

        Assert.Equal(AttendanceTexts.NotSummoned, result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV11", None));
    }

    [Fact]
    public async Task CheckIn_WholeChiBoAtOnce_EveryoneCountedOnce()
    {
        var (harness, _) = await CreateAsync();
        var members = Enumerable.Range(1, 120).Select(i => harness.Member($"DV{i:D3}", $"Nguyễn Văn {i}")).ToList();
        harness.Time.SetUtcNow(Start.AddMinutes(-60));
        await harness.Service().OpenRollCallAsync(harness.Meeting(), members[0], None);
        harness.Time.SetUtcNow(Start.AddMinutes(2));

        // Every member clicks twice, from two hosts.
        await Task.WhenAll(members.Concat(members).Select(m => harness.Service().CheckInAsync(harness.Meeting(), m, None)));

        var lines = await harness.Service().LinesAsync(harness.Meeting(), members, None);
        Assert.All(lines, l => Assert.Equal(AttendanceState.Present, l.State));
        Assert.Equal(120, (await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None)).Count);
    }

    [Fact]
    public async Task Mark_Corrections_LoggedWithTheSecretaryAndTheTime()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        var service = harness.Service();
        harness.Time.SetUtcNow(Start.AddMinutes(40));

        var wrong = await service.MarkAsync(harness.Meeting(), members["DV05"], AttendanceState.Unexcused, null, members["DV01"], None);
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        var corrected = await service.MarkAsync(harness.Meeting(), members["DV05"], AttendanceState.Excused, " Con ốm ", members["DV02"], None);

        Assert.Equal(AttendanceState.Unexcused, wrong.Value?.Current.State);
        Assert.Equal(new AttendanceEntry("DV05", Mark: AttendanceState.Excused, MarkReason: "Con ốm", MarkedBy: "DV02", MarkedAt: Start.AddMinutes(42)), corrected.Value);
        Assert.Equal(
        [
            new AttendanceChange("DV05", "DV01", Start.AddMinutes(40), "mark", "Pending", "Unexcused"),
            new AttendanceChange("DV05", "DV02", Start.AddMinutes(42), "mark", "Unexcused", "Excused", "Con ốm"),
        ], await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task Mark_OverACheckIn_MarkWins()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        harness.Time.SetUtcNow(Start.AddMinutes(1));
        await harness.Service().CheckInAsync(harness.Meeting(), members["DV03"], None);

        // Checked in from the car park and left: the secretary records what happened.
        var result = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Excused, "Về sớm vì việc gia đình", members["DV01"], None);

        Assert.Equal((AttendanceState.Excused, "Về sớm vì việc gia đình"), result.Value?.Current);
        Assert.Equal(Start.AddMinutes(1), result.Value?.CheckedInAt);
    }

    [Fact]
    public async Task Mark_Pending_TakesTheMarkBack()
    {
        var (harness, members) = await CreateAsync();
        await harness.Service().RsvpAsync(harness.Meeting(), members["DV03"], RsvpAnswer.Excused, "Ốm", None);
        await OpenAsync(harness, members, Start.AddMinutes(-60));
        harness.Time.SetUtcNow(Start.AddMinutes(10));
        await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Unexcused, null, members["DV01"], None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        var result = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Pending, null, members["DV01"], None);

        Assert.Null(result.Value?.Mark);
        Assert.Equal((AttendanceState.Excused, "Ốm"), result.Value?.Current);
        var last = (await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None))[^1];
        Assert.Equal(new AttendanceChange("DV03", "DV01", Start.AddMinutes(11), "mark", "Unexcused", "Excused"), last);
    }

    [Fact]
    public async Task Mark_PendingWithoutAMark_WritesNothing()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));

        var result = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Pending, null, members["DV01"], None);

        Assert.Null(result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task Mark_SameMarkAgain_KeepsTheFirstTimeAndMarker()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        harness.Time.SetUtcNow(Start.AddMinutes(10));
        var first = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Present, null, members["DV01"], None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        var again = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Present, null, members["DV02"], None);

        Assert.Equal(first.Value, again.Value);
        Assert.Single(await harness.Attendance.ChangesAsync(harness.UnitId, "R-2026-12", None));
    }

    [Fact]
    public async Task Mark_PresentWithAReason_ReasonNotKept()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));

        var result = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Present, "đến muộn", members["DV01"], None);

        Assert.Equal((AttendanceState.Present, (string?)null), (result.Value?.Mark, result.Value?.MarkReason));
    }

    [Fact]
    public async Task Mark_ExemptState_Refused()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));

        var result = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Exempt, null, members["DV01"], None);

        Assert.Equal(AttendanceTexts.NotSummonedTarget("Lê Văn Minh"), result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Theory]
    [InlineData("DV10")]
    [InlineData("DV11")]
    [InlineData("DV12")]
    public async Task Mark_MemberNotSummoned_Refused(string memberId)
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));

        var result = await harness.Service().MarkAsync(harness.Meeting(), members[memberId], AttendanceState.Present, null, members["DV01"], None);

        Assert.Equal(AttendanceTexts.NotSummonedTarget(members[memberId].FullName), result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", memberId, None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task Mark_ExcusedWithoutReason_RefusedAndTheEarlierMarkStays(string? reason)
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        var before = (await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Unexcused, null, members["DV01"], None)).Value;

        var result = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Excused, reason, members["DV01"], None);

        Assert.Equal(AttendanceTexts.ReasonRequired, result.Error);
        Assert.Equal(before, await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task Mark_ReasonTooLong_Refused()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        var max = harness.Options.ReasonMaxLength;

        var result = await harness.Service().MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Excused, new string('x', max + 1), members["DV01"], None);

        Assert.Equal(AttendanceTexts.ReasonTooLong(max), result.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task Mark_NoRollCallOrClosed_Refused()
    {
        var (harness, members) = await CreateAsync();
        var service = harness.Service();

        var notOpen = await service.MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Present, null, members["DV01"], None);
        await OpenAsync(harness, members, Start.AddMinutes(-60));
        await service.CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None);
        var closed = await service.MarkAsync(harness.Meeting(), members["DV03"], AttendanceState.Present, null, members["DV01"], None);

        Assert.Equal(AttendanceTexts.RollCallNotOpen, notOpen.Error);
        Assert.Equal(AttendanceTexts.RollCallClosed, closed.Error);
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV03", None));
    }

    [Fact]
    public async Task Lines_WhileOpen_PendingForWhoHasNotComeYet()
    {
        var (harness, members) = await OpenedAsync(Start.AddMinutes(-60));
        harness.Time.SetUtcNow(Start.AddMinutes(2));
        await harness.Service().CheckInAsync(harness.Meeting(), members["DV03"], None);

        var lines = (await harness.Service().LinesAsync(harness.Meeting(), [.. members.Values], None)).ToDictionary(l => l.MemberId);

        Assert.Equal((AttendanceState.Present, AttendanceState.Pending, AttendanceState.Exempt), (lines["DV03"].State, lines["DV04"].State, lines["DV10"].State));
    }

    private static async Task<(AttendanceHarness Harness, Dictionary<string, Member> Members)> CreateAsync()
    {
        var harness = await AttendanceHarness.CreateAsync();
        return (harness, ChiBo.Members(harness.UnitId).ToDictionary(m => m.Id));
    }

    private static async Task<(AttendanceHarness Harness, Dictionary<string, Member> Members)> OpenedAsync(DateTimeOffset at)
    {
        var (harness, members) = await CreateAsync();
        await OpenAsync(harness, members, at);
        return (harness, members);
    }

    private static async Task OpenAsync(AttendanceHarness harness, Dictionary<string, Member> members, DateTimeOffset at)
    {
        harness.Time.SetUtcNow(at);
        var opened = await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None);
        Assert.Null(opened.Error);
    }
}
