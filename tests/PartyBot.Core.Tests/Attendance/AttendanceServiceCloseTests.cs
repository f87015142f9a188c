using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Attendance;

/// <summary>Closing the roll call into the record and each member's history, and the warnings it raises.</summary>
public sealed class AttendanceServiceCloseTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = AttendanceHarness.December1;
    private static readonly string[] YearMembers = ["DV01", "DV02", "DV03", "DV05", "DV10"];

    [Fact]
    public async Task CloseRollCall_AMeetingAsItHappens_RecordHasEveryMembersLine()
    {
        var (harness, members) = await MeetingOfDecemberAsync();
        harness.Time.SetUtcNow(Start.AddMinutes(110));

        var result = await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None);

        Assert.Null(result.Error);
        var (rollCall, closedNow) = result.Value;
        Assert.True(closedNow);
        Assert.Equal((RollCallStatus.Closed, Start.AddMinutes(110), "DV01"), (rollCall.Status, rollCall.ClosedAt, rollCall.ClosedBy));
        var lines = rollCall.Record!.Lines.ToDictionary(l => l.MemberId);
        Assert.Equal(new RollCallLine("DV01", "Nguyễn Văn Hùng", MemberStatus.Full, AttendanceState.Present, At: Start.AddMinutes(1)), lines["DV01"]);
        Assert.Equal(new RollCallLine("DV02", "Trần Thị Lan", MemberStatus.Full, AttendanceState.Excused, "Đi công tác Hà Nội"), lines["DV02"]);
        Assert.Equal(new RollCallLine("DV04", "Phạm Thị Ngọc", MemberStatus.Full, AttendanceState.Present, At: Start.AddMinutes(20), MarkedBy: "DV01"), lines["DV04"]);
        Assert.Equal(new RollCallLine("DV05", "Hoàng Văn Phúc", MemberStatus.Full, AttendanceState.Excused, "Con ốm", Start.AddMinutes(25), "DV02"), lines["DV05"]);
        Assert.Equal(AttendanceState.Present, lines["DV06"].State);
        Assert.Equal(new RollCallLine("DV09", "Đặng Văn Tùng", MemberStatus.Probationary, AttendanceState.Unexcused), lines["DV09"]);
        Assert.Equal(AttendanceTexts.SuspendedReason, lines["DV11"].Reason);
        Assert.Equal(new AttendanceTally(Summoned: 9, Present: 6, Excused: 2, Unexcused: 1, Pending: 0, Exempt: 3, FullSummoned: 7, FullPresent: 5), rollCall.Record.Tally);
        Assert.Equal(["DV02", "DV05", "DV09"], rollCall.Record.Absent.Select(l => l.MemberId).Order(StringComparer.Ordinal));
        Assert.Equal(rollCall.Record.Lines, (await harness.RollCalls.GetAsync(harness.UnitId, "R-2026-12", None))?.Record?.Lines);
    }

    [Fact]
    public async Task CloseRollCall_Closed_WritesEveryMembersHistory()
    {
        var (harness, members) = await MeetingOfDecemberAsync();

        var rollCall = (await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None)).Value.RollCall;

        foreach (var line in rollCall.Record!.Lines)
        {
            var history = await harness.History.ListAsync(line.MemberId, VietnamTime.YearStart(2026), VietnamTime.YearStart(2027), None);
            Assert.Equal([new AttendanceHistoryEntry(line.MemberId, harness.UnitId, "R-2026-12", MeetingKind.Regular, Start, line.State, line.Reason)], history);
        }
        Assert.Equal(AttendanceState.Exempt, (await harness.Service().HistoryAsync("DV10", 2026, None)).Single().State);
    }

    [Fact]
    public async Task CloseRollCall_Twice_SecondReturnsTheSameRecordAndClosedNowFalse()
    {
        var (harness, members) = await MeetingOfDecemberAsync();
        var first = (await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None)).Value;
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        // Closing again, by someone else, with a member list that changed meanwhile: the first record stands.
        var second = (await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values.Take(3)], members["DV02"], None)).Value;

        Assert.False(second.ClosedNow);
        Assert.Equal((first.RollCall.ClosedAt, "DV01"), (second.RollCall.ClosedAt, second.RollCall.ClosedBy));
        Assert.Equal(first.RollCall.Record!.Tally, second.RollCall.Record!.Tally);
        Assert.Equal(first.RollCall.Record.Lines, second.RollCall.Record.Lines);
        Assert.Single(await harness.Service().HistoryAsync("DV12", 2026, None));
    }

    [Fact]
    public async Task CloseRollCall_TwoHostsAtOnce_ExactlyOneClosesAndOneRecordIsStored()
    {
        var (harness, members) = await MeetingOfDecemberAsync();

        var results = await Task.WhenAll(
            harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None),
            harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV02"], None),
            harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None));

        Assert.Single(results, r => r.Value.ClosedNow);
        var stored = await harness.RollCalls.GetAsync(harness.UnitId, "R-2026-12", None);
        Assert.All(results, r => Assert.Equal((stored!.ClosedAt, stored.ClosedBy), (r.Value.RollCall.ClosedAt, r.Value.RollCall.ClosedBy)));
        Assert.All(results, r => Assert.Equal(stored!.Record!.Lines, r.Value.RollCall.Record!.Lines));
        Assert.Single(await harness.Service().HistoryAsync("DV09", 2026, None));
    }

    [Fact]
    public async Task CloseRollCall_NoRollCall_RefusedAndNoHistory()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start.AddHours(2));

        var result = await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None);

        Assert.Equal(AttendanceTexts.RollCallNotOpen, result.Error);
        Assert.Empty(await harness.Service().HistoryAsync("DV03", 2026, None));
    }

    [Fact]
    public async Task CloseRollCall_NobodyDidAnything_EverySummonedMemberUnexcused()
    {
        var (harness, members) = await CreateAsync();
        harness.Time.SetUtcNow(Start);
        await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None);

        var record = (await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None)).Value.RollCall.Record!;

        Assert.Equal((9, 0, 9, 3), (record.Tally.Summoned, record.Tally.Present, record.Tally.Unexcused, record.Tally.Exempt));
        Assert.False(record.Tally.Validity.ResolutionCanPass);
    }

    [Fact]
    public async Task Warnings_MonthlyMeetingsOfAYear_WarnAtTheSecondAndThirdUnexcusedMonthAndAfterThreeExcusedInARow()
    {
        // 2027: regular meetings on the 5th, January to May, and a thematic meeting on 20 February.
        // DV05 never comes, DV02 always sends an excuse, DV03 always checks in.
        var harness = await AttendanceHarness.CreateAsync();
        var members = YearMembers.Select(id => ChiBo.Members(harness.UnitId).Single(m => m.Id == id)).ToList();
        var meetings = Enumerable.Range(1, 5).Select(m => harness.Meeting(new DateTimeOffset(2027, m, 5, 1, 0, 0, TimeSpan.Zero))).ToList();
        meetings.Insert(2, harness.Meeting(new DateTimeOffset(2027, 2, 20, 7, 0, 0, TimeSpan.Zero), "T-2027-02", MeetingKind.Thematic));

        var warnings = new Dictionary<string, IReadOnlyList<AbsenceWarning>>();
        foreach (var meeting in meetings)
        {
            warnings[meeting.Id] = await HoldAsync(harness, meeting, members);
        }

        Assert.Empty(warnings["R-2027-01"]);
        Assert.Equal([new AbsenceWarning("DV05", AbsenceWarningKind.UnexcusedMonths, 2, 2027)], warnings["R-2027-02"]);
        Assert.Empty(warnings["T-2027-02"]);
        Assert.Equal(
            [new AbsenceWarning("DV02", AbsenceWarningKind.ExcusedInARow, 4, 2027), new AbsenceWarning("DV05", AbsenceWarningKind.UnexcusedMonths, 3, 2027)],
            warnings["R-2027-03"].OrderBy(w => w.MemberId, StringComparer.Ordinal));
        Assert.Equal([new AbsenceWarning("DV02", AbsenceWarningKind.ExcusedInARow, 5, 2027)], warnings["R-2027-04"]);
        Assert.Equal([new AbsenceWarning("DV02", AbsenceWarningKind.ExcusedInARow, 6, 2027)], warnings["R-2027-05"]);
        Assert.Equal(6, (await harness.Service().HistoryAsync("DV05", 2027, None)).Count);
        Assert.Empty(await harness.Service().HistoryAsync("DV05", 2026, None));
    }

    [Fact]
    public async Task Warnings_PastUnexcusedMonthsButPresentNow_NoWarning()
    {
        var harness = await AttendanceHarness.CreateAsync();
        var members = ChiBo.Members(harness.UnitId).Where(m => m.Id is "DV01" or "DV05").ToList();
        var january = harness.Meeting(new DateTimeOffset(2027, 1, 5, 1, 0, 0, TimeSpan.Zero));
        var february = harness.Meeting(new DateTimeOffset(2027, 2, 5, 1, 0, 0, TimeSpan.Zero));
        await HoldAsync(harness, january, members);

        Assert.Empty(await HoldAsync(harness, february, members, present: ["DV05"]));
    }

    [Fact]
    public async Task Warnings_PaperRollCallClosedAfterALaterMeetings_WarnsAtTheSecondUnexcusedMonth()
    {
        // DV05 misses the meeting of 25/2/2027 and that of 2/3/2027; March's roll call is closed on the day, February's
        // is entered from paper a week later: the second month is reached then.
        var harness = await AttendanceHarness.CreateAsync();
        var members = ChiBo.Members(harness.UnitId).Where(m => m.Id is "DV01" or "DV05").ToList();
        var february = harness.Meeting(new DateTimeOffset(2027, 2, 25, 1, 0, 0, TimeSpan.Zero));
        var march = harness.Meeting(new DateTimeOffset(2027, 3, 2, 1, 0, 0, TimeSpan.Zero));
        Assert.Empty(await HoldAsync(harness, march, members));
        var service = harness.Service();
        harness.Time.SetUtcNow(february.StartsAt.AddDays(7));
        Assert.Null((await service.OpenRollCallAsync(february, members[0], None)).Error);
        Assert.Null((await service.MarkAsync(february, members[0], AttendanceState.Present, null, members[0], None)).Error);

        var closed = await service.CloseRollCallAsync(february, members, members[0], None);

        Assert.Equal(
            [new AbsenceWarning("DV05", AbsenceWarningKind.UnexcusedMonths, 2, 2027)],
            await service.WarningsAsync(february, closed.Value.RollCall.Record!, None));
    }

    /// <summary>
    /// Holds the meeting: DV02 answers excused two days before, the roll call opens half an hour before, DV01 and DV03
    /// (and <paramref name="present"/>) check in, the secretary closes it. Returns the warnings of the close.
    /// </summary>
    private static async Task<IReadOnlyList<AbsenceWarning>> HoldAsync(AttendanceHarness harness, Meeting meeting, IReadOnlyList<Member> members, params string[] present)
    {
        var service = harness.Service();
        var byId = members.ToDictionary(m => m.Id);
        harness.Time.SetUtcNow(meeting.StartsAt.AddDays(-2));
        if (byId.TryGetValue("DV02", out var excused))
        {
            Assert.Null((await service.RsvpAsync(meeting, excused, RsvpAnswer.Excused, "Đi công tác", None)).Error);
        }
        harness.Time.SetUtcNow(meeting.StartsAt.AddMinutes(-30));
        Assert.Null((await service.OpenRollCallAsync(meeting, byId["DV01"], None)).Error);
        harness.Time.SetUtcNow(meeting.StartsAt.AddMinutes(5));
        foreach (var id in present.Append("DV01").Append("DV03").Where(byId.ContainsKey))
        {
            Assert.Null((await service.CheckInAsync(meeting, byId[id], None)).Error);
        }
        harness.Time.SetUtcNow(meeting.StartsAt.AddMinutes(100));
        var closed = await service.CloseRollCallAsync(meeting, members, byId["DV01"], None);
        return await service.WarningsAsync(meeting, closed.Value.RollCall.Record!, None);
    }

    /// <summary>
    /// December's meeting up to just before closing: DV02 answered excused; DV06 answered excused but came; DV01, DV03,
    /// DV06, DV07 and DV08 checked in; the secretary marked DV04 present (no Teams) and DV05 unexcused, then the deputy
    /// corrected DV05 to excused; DV09 did nothing.
    /// </summary>
    [Fact]
    public async Task CheckInAndMark_WhileTheRollCallIsBeingClosed_AreRefused()
    {
        var (harness, members) = await MeetingOfDecemberAsync();
        await harness.RollCalls.UpdateAsync(harness.UnitId, "R-2026-12", r => r with { Status = RollCallStatus.Closing }, None);

        var checkIn = await harness.Service().CheckInAsync(harness.Meeting(), members["DV09"], None);
        var mark = await harness.Service().MarkAsync(harness.Meeting(), members["DV09"], AttendanceState.Present, null, members["DV01"], None);

        Assert.Equal((AttendanceTexts.RollCallClosed, AttendanceTexts.RollCallClosed), (checkIn.Error, mark.Error));
        Assert.Null(await harness.Attendance.GetAsync(harness.UnitId, "R-2026-12", "DV09", None));
    }

    [Fact]
    public async Task CheckIn_WrittenWhileTheCloseReadsTheRows_AnswerIsWhatTheRecordSays()
    {
        var race = new CloseRace();
        var (harness, members) = await CreateAsync(race);
        harness.Time.SetUtcNow(Start.AddMinutes(10));
        await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None);
        race.Arm();

        var checkIn = harness.Service().CheckInAsync(harness.Meeting(), members["DV09"], None);
        await race.Writing;
        var close = await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None);

        var line = close.Value.RollCall.Record!.Lines.Single(l => l.MemberId == "DV09");
        Assert.Equal(AttendanceState.Present, line.State);
        Assert.Null((await checkIn).Error);
    }

    [Fact]
    public async Task Mark_WrittenWhileTheCloseReadsTheRows_AnswerIsWhatTheRecordSays()
    {
        var race = new CloseRace();
        var (harness, members) = await MeetingOfDecemberAsync(race);
        race.Arm();

        var mark = harness.Service().MarkAsync(harness.Meeting(), members["DV09"], AttendanceState.Excused, "Ốm", members["DV01"], None);
        await race.Writing;
        var close = await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None);

        Assert.Equal(AttendanceState.Excused, close.Value.RollCall.Record!.Lines.Single(l => l.MemberId == "DV09").State);
        Assert.Null((await mark).Error);
    }

    [Fact]
    public async Task CheckIn_CloseStuckClosing_ToldItIsBeingClosedNotThatItCounted()
    {
        var race = new CloseRace();
        var (harness, members) = await CreateAsync(race);
        harness.Time.SetUtcNow(Start.AddMinutes(10));
        await harness.Service().OpenRollCallAsync(harness.Meeting(), members["DV01"], None);
        race.Arm();

        var checkIn = harness.Service().CheckInAsync(harness.Meeting(), members["DV09"], None);
        await race.Writing;
        // A closer that marks the roll call closing, reads the rows, and dies before storing the record.
        await harness.RollCalls.UpdateAsync(harness.UnitId, "R-2026-12", r => r with { Status = RollCallStatus.Closing }, None);
        await harness.Attendance.ListAsync(harness.UnitId, "R-2026-12", None);

        Assert.Equal(AttendanceTexts.RollCallClosing, (await checkIn).Error);
    }

    [Fact]
    public async Task CloseRollCall_LeftClosingByACrash_ClosingAgainFinishesIt()
    {
        var (harness, members) = await MeetingOfDecemberAsync();
        await harness.RollCalls.UpdateAsync(harness.UnitId, "R-2026-12", r => r with { Status = RollCallStatus.Closing }, None);

        var result = await harness.Service().CloseRollCallAsync(harness.Meeting(), [.. members.Values], members["DV01"], None);

        Assert.True(result.Value.ClosedNow);
        Assert.Equal(RollCallStatus.Closed, result.Value.RollCall.Status);
        Assert.Equal(6, result.Value.RollCall.Record!.Tally.Present);
    }

    private static async Task<(AttendanceHarness Harness, Dictionary<string, Member> Members)> MeetingOfDecemberAsync(CloseRace? race = null)
    {
        var (harness, members) = await CreateAsync(race);
        var service = harness.Service();
        var meeting = harness.Meeting();
        await service.RsvpAsync(meeting, members["DV02"], RsvpAnswer.Excused, "Đi công tác Hà Nội", None);
        await service.RsvpAsync(meeting, members["DV03"], RsvpAnswer.Attending, null, None);
        await service.RsvpAsync(meeting, members["DV06"], RsvpAnswer.Excused, "Ốm", None);
        harness.Time.SetUtcNow(Start.AddMinutes(-60));
        await service.OpenRollCallAsync(meeting, members["DV01"], None);
        harness.Time.SetUtcNow(Start.AddMinutes(1));
        foreach (var id in new[] { "DV01", "DV03", "DV06", "DV07", "DV08" })
        {
            Assert.Null((await service.CheckInAsync(meeting, members[id], None)).Error);
        }
        harness.Time.SetUtcNow(Start.AddMinutes(20));
        await service.MarkAsync(meeting, members["DV04"], AttendanceState.Present, null, members["DV01"], None);
        await service.MarkAsync(meeting, members["DV05"], AttendanceState.Unexcused, null, members["DV01"], None);
        harness.Time.SetUtcNow(Start.AddMinutes(25));
        await service.MarkAsync(meeting, members["DV05"], AttendanceState.Excused, "Con ốm", members["DV02"], None);
        harness.Time.SetUtcNow(Start.AddMinutes(100));
        return (harness, members);
    }

    private static async Task<(AttendanceHarness Harness, Dictionary<string, Member> Members)> CreateAsync(CloseRace? race = null)
    {
        var harness = await AttendanceHarness.CreateAsync(race);
        return (harness, ChiBo.Members(harness.UnitId).ToDictionary(m => m.Id));
    }
}
