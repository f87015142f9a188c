using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.Tests.Attendance;

/// <summary>One member's year 2026: monthly meetings on the 5th at 08:00 Vietnam time, ids "R-2026-MM".</summary>
public sealed class AbsenceWatchTests
{
    private const string Unit = "CB1";
    private static readonly AttendanceOptions Defaults = new();

    [Fact]
    public void Check_UnexcusedMonthByMonth_WarnsAtTheSecondAndThirdMonthOnly()
    {
        var year = Enumerable.Range(1, 5).Select(m => Monthly(m, AttendanceState.Unexcused)).ToList();

        var warnings = ClosedInTurn(year, Defaults);

        Assert.Empty(warnings[0]);
        Assert.Equal([new AbsenceWarning("DV05", AbsenceWarningKind.UnexcusedMonths, 2, 2026)], warnings[1]);
        Assert.Equal([new AbsenceWarning("DV05", AbsenceWarningKind.UnexcusedMonths, 3, 2026)], warnings[2]);
        Assert.Empty(warnings[3]);
        Assert.Empty(warnings[4]);
    }

    [Fact]
    public void Check_TwoUnexcusedMeetingsInOneMonth_CountOnce()
    {
        // January and February regular meetings, then February's thematic meeting, then March.
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Unexcused),
            Monthly(2, AttendanceState.Unexcused),
            Entry("T-2026-02", new DateTimeOffset(2026, 2, 20, 7, 0, 0, TimeSpan.Zero), AttendanceState.Unexcused, MeetingKind.Thematic),
            Monthly(3, AttendanceState.Unexcused),
        };

        var warnings = ClosedInTurn(year, Defaults);

        Assert.Equal(2, Assert.Single(warnings[1]).Count);
        Assert.Empty(warnings[2]);
        Assert.Equal(3, Assert.Single(warnings[3]).Count);
    }

    [Fact]
    public void Check_SecondMeetingOfAMonthIsTheFirstUnexcused_CountsThatMonth()
    {
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Unexcused),
            Monthly(2, AttendanceState.Present),
            Entry("T-2026-02", new DateTimeOffset(2026, 2, 20, 7, 0, 0, TimeSpan.Zero), AttendanceState.Unexcused, MeetingKind.Thematic),
        };

        Assert.Equal(2, Assert.Single(AbsenceWatch.Check(year, Unit, "T-2026-02", Defaults)).Count);
    }

    [Fact]
    public void Check_MonthsInBetweenPresentOrExcused_StillCountTheUnexcusedMonths()
    {
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Unexcused),
            Monthly(2, AttendanceState.Present),
            Monthly(3, AttendanceState.Excused, "Ốm"),
            Monthly(7, AttendanceState.Unexcused),
        };

        Assert.Equal(2, Assert.Single(AbsenceWatch.Check(year, Unit, "R-2026-07", Defaults)).Count);
    }

    [Fact]
    public void Check_MonthIsTakenInVietnamTime()
    {
        // 31/1/2026 18:00 UTC is 1/2/2026 01:00 in Vietnam: February, a second month.
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Unexcused),
            Entry("X-late", new DateTimeOffset(2026, 1, 31, 18, 0, 0, TimeSpan.Zero), AttendanceState.Unexcused),
        };

        Assert.Equal(2, Assert.Single(AbsenceWatch.Check(year, Unit, "X-late", Defaults)).Count);
    }

    [Fact]
    public void Check_YearIsTheMeetingsYearInVietnamTime()
    {
        // 31/12/2026 17:30 UTC is 1/1/2027 00:30 in Vietnam.
        var entry = Entry("X-newyear", new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero), AttendanceState.Excused, reason: "Ốm");
        var year = Enumerable.Range(0, 4).Select(i => Entry($"X-{i}", new DateTimeOffset(2027, 1, 5 + i, 1, 0, 0, TimeSpan.Zero), AttendanceState.Excused, reason: "Ốm")).Prepend(entry).ToList();

        Assert.Equal(2027, Assert.Single(AbsenceWatch.Check(year, Unit, "X-3", Defaults)).Year);
    }

    [Fact]
    public void Check_EntriesInAnyOrder_SameWarnings()
    {
        var year = Enumerable.Range(1, 3).Select(m => Monthly(m, AttendanceState.Unexcused)).Reverse().ToList();

        Assert.Equal(3, Assert.Single(AbsenceWatch.Check(year, Unit, "R-2026-03", Defaults)).Count);
        Assert.Equal(2, Assert.Single(AbsenceWatch.Check(year[1..], Unit, "R-2026-02", Defaults)).Count);
    }

    [Fact]
    public void Check_ConfiguredWarningMonths_AreTheOnesThatWarn()
    {
        var options = new AttendanceOptions { UnexcusedMonthsWarnings = [1, 4] };
        var year = Enumerable.Range(1, 4).Select(m => Monthly(m, AttendanceState.Unexcused)).ToList();

        Assert.Equal([1, 4], ClosedInTurn(year, options).SelectMany(w => w).Select(w => w.Count));
    }

    [Fact]
    public void Check_ExcusedFourTimesInARow_WarnsAtTheFourthAndAfter()
    {
        var year = Enumerable.Range(1, 5).Select(m => Monthly(m, AttendanceState.Excused, "Đi công tác")).ToList();

        var warnings = ClosedInTurn(year, Defaults);

        Assert.All(warnings.Take(3), Assert.Empty);
        Assert.Equal([new AbsenceWarning("DV05", AbsenceWarningKind.ExcusedInARow, 4, 2026)], warnings[3]);
        Assert.Equal([new AbsenceWarning("DV05", AbsenceWarningKind.ExcusedInARow, 5, 2026)], warnings[4]);
    }

    [Fact]
    public void Check_ExemptMeetingsInTheRun_NeitherBreakNorExtendIt()
    {
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Excused, "Ốm"),
            Monthly(2, AttendanceState.Excused, "Ốm"),
            Monthly(3, AttendanceState.Exempt),
            Monthly(4, AttendanceState.Exempt),
            Monthly(5, AttendanceState.Excused, "Ốm"),
            Monthly(6, AttendanceState.Excused, "Ốm"),
        };

        var warnings = ClosedInTurn(year, Defaults);

        Assert.Empty(warnings[4]);
        Assert.Equal(4, Assert.Single(warnings[5]).Count);
    }

    [Theory]
    [InlineData(AttendanceState.Present)]
    [InlineData(AttendanceState.Unexcused)]
    public void Check_PresentOrUnexcusedInBetween_BreaksTheExcusedRun(AttendanceState between)
    {
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Excused, "Ốm"),
            Monthly(2, AttendanceState.Excused, "Ốm"),
            Monthly(3, AttendanceState.Excused, "Ốm"),
            Monthly(4, between),
            Monthly(5, AttendanceState.Excused, "Ốm"),
        };

        Assert.DoesNotContain(AbsenceWatch.Check(year, Unit, "R-2026-05", Defaults), w => w.Kind == AbsenceWarningKind.ExcusedInARow);
    }

    [Fact]
    public void Check_ConfiguredExcusedLimit_IsUsed()
    {
        var year = Enumerable.Range(1, 2).Select(m => Monthly(m, AttendanceState.Excused, "Ốm")).ToList();

        Assert.Equal(2, Assert.Single(AbsenceWatch.Check(year, Unit, "R-2026-02", new AttendanceOptions { ExcusedInARowLimit = 1 })).Count);
    }

    [Fact]
    public void Check_PresentAtThisMeeting_NoWarning()
    {
        var year = new List<AttendanceHistoryEntry> { Monthly(1, AttendanceState.Unexcused), Monthly(2, AttendanceState.Unexcused), Monthly(3, AttendanceState.Present) };

        Assert.Empty(AbsenceWatch.Check(year, Unit, "R-2026-03", Defaults));
    }

    [Fact]
    public void Check_MeetingNotInTheHistory_NoWarning()
    {
        var year = Enumerable.Range(1, 3).Select(m => Monthly(m, AttendanceState.Unexcused)).ToList();

        Assert.Empty(AbsenceWatch.Check(year, Unit, "R-2026-04", Defaults));
        Assert.Empty(AbsenceWatch.Check(year, "CB2", "R-2026-03", Defaults));
        Assert.Empty(AbsenceWatch.Check([], Unit, "R-2026-03", Defaults));
    }

    [Fact]
    public void Check_SameMeetingIdOfAnotherUnit_TheRightOneIsChecked()
    {
        // The member moved from CB2 to CB1 in March: both units have an "R-2026-03".
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Unexcused) with { UnitId = "CB2" },
            Monthly(3, AttendanceState.Present) with { UnitId = "CB2", StartsAt = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero) },
            Monthly(3, AttendanceState.Unexcused),
        };

        Assert.Equal(2, Assert.Single(AbsenceWatch.Check(year, Unit, "R-2026-03", Defaults)).Count);
        Assert.Empty(AbsenceWatch.Check(year, "CB2", "R-2026-03", Defaults));
    }

    [Fact]
    public void Check_RollCallClosedAfterALaterMonths_CountsTheLaterMonthToo()
    {
        // March's roll call was closed first; February's is entered from paper a week later.
        var march = Monthly(3, AttendanceState.Unexcused);
        var february = Entry("R-2026-02", new DateTimeOffset(2026, 2, 25, 1, 0, 0, TimeSpan.Zero), AttendanceState.Unexcused);

        Assert.Empty(AbsenceWatch.Check([march], Unit, march.MeetingId, Defaults));
        Assert.Equal(
            [new AbsenceWarning("DV05", AbsenceWarningKind.UnexcusedMonths, 2, 2026)],
            AbsenceWatch.Check([february, march], Unit, february.MeetingId, Defaults));
    }

    [Fact]
    public void Check_ExcusedRollCallClosedLateBetweenTwoRuns_WarnsForTheJoinedRun()
    {
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Excused, "Ốm"),
            Monthly(2, AttendanceState.Excused, "Ốm"),
            Monthly(4, AttendanceState.Excused, "Ốm"),
            Monthly(3, AttendanceState.Excused, "Ốm"),
        };

        Assert.Equal(4, Assert.Single(AbsenceWatch.Check(year, Unit, "R-2026-03", Defaults)).Count);
    }

    [Fact]
    public void Check_LateUnexcusedInAMonthAlreadyCounted_NoWarning()
    {
        var year = new List<AttendanceHistoryEntry>
        {
            Monthly(1, AttendanceState.Unexcused),
            Entry("T-2026-01", new DateTimeOffset(2026, 1, 20, 1, 0, 0, TimeSpan.Zero), AttendanceState.Unexcused, MeetingKind.Thematic),
            Monthly(2, AttendanceState.Unexcused),
        };

        Assert.Empty(AbsenceWatch.Check(year, Unit, "R-2026-01", Defaults));
    }

    /// <summary>The warnings of each roll call when they close in the order of the meetings: each sees the history up to it.</summary>
    private static List<IReadOnlyList<AbsenceWarning>> ClosedInTurn(List<AttendanceHistoryEntry> year, AttendanceOptions options) =>
        [.. year.Select((e, i) => AbsenceWatch.Check(year[..(i + 1)], Unit, e.MeetingId, options))];

    private static AttendanceHistoryEntry Monthly(int month, AttendanceState state, string? reason = null) =>
        Entry(Meeting.RegularId(2026, month), new DateTimeOffset(2026, month, 5, 1, 0, 0, TimeSpan.Zero), state, reason: reason);

    private static AttendanceHistoryEntry Entry(string meetingId, DateTimeOffset startsAt, AttendanceState state, MeetingKind kind = MeetingKind.Regular, string? reason = null) =>
        new("DV05", Unit, meetingId, kind, startsAt, state, reason);
}
