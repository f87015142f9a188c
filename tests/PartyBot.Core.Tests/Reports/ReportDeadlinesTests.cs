using PartyBot.Core.Calendar;
using PartyBot.Core.Reports;

namespace PartyBot.Core.Tests.Reports;

/// <summary>Due days and lateness on Vietnam's calendar: the 14th + 2 working days, month ends, holidays, Tết, swapped days.</summary>
public sealed class ReportDeadlinesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(2026, 12, "2026-12-16")] // Monday 14/12: Tuesday, Wednesday
    [InlineData(2026, 3, "2026-03-17")] // Saturday 14/3: Monday 16, Tuesday 17
    [InlineData(2026, 6, "2026-06-16")] // Sunday 14/6
    [InlineData(2026, 9, "2026-09-16")] // Monday 14/9 (2/9 is long gone)
    public async Task DueOfPeriod_FourteenthPlusTwoWorkingDays(int year, int lastMonth, string expected)
    {
        var harness = await ReportHarness.CreateAsync();

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), await harness.Deadlines.DueOfPeriodAsync(ReportHarness.Kind(), year, lastMonth, None));
    }

    [Fact]
    public async Task DueOfPeriod_SwappedWorkingDayAndDayOff_FollowTheTable()
    {
        var harness = await ReportHarness.CreateAsync();
        await harness.Calendar.SetOverrideAsync(new CalendarOverride(new DateOnly(2026, 3, 15), CalendarOverrideKind.WorkingDay, "Làm bù"), None);
        await harness.Calendar.SetOverrideAsync(new CalendarOverride(new DateOnly(2026, 12, 15), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi"), None);

        Assert.Equal(new DateOnly(2026, 3, 16), await harness.Deadlines.DueOfPeriodAsync(ReportHarness.Kind(), 2026, 3, None)); // Sunday 15/3 counts
        Assert.Equal(new DateOnly(2026, 12, 17), await harness.Deadlines.DueOfPeriodAsync(ReportHarness.Kind(), 2026, 12, None)); // 15/12 does not
    }

    [Fact]
    public async Task DueOfPeriod_DayBeyondTheMonthsEnd_TakesTheLastDay()
    {
        var harness = await ReportHarness.CreateAsync();
        var kind = new ReportKind { Id = "thang-2", Title = "x", Period = ReportPeriod.Quarterly, DueDayOfMonth = 28, WorkingDaysAfter = 0 };

        Assert.Equal(new DateOnly(2027, 2, 28), await harness.Deadlines.DueOfPeriodAsync(kind, 2027, 2, None));
    }

    [Fact]
    public async Task DueAfterMeeting_TwoDaysLater_MovedOffHolidaysAndTet()
    {
        var harness = await ReportHarness.CreateAsync();
        var minutes = ReportHarness.Kind("bien-ban");

        // Tuesday 28/4/2026 + 2 = 30/4: 30/4, 1/5 and the weekend are off, across the month's end.
        Assert.Equal(new DateOnly(2026, 5, 4), await harness.Deadlines.DueAfterMeetingAsync(minutes, ReportHarness.At(2026, 4, 28, 10), None));
        // Friday 13/2/2026 + 2 = Sunday 15/2, in the Tết break (14–22/2).
        Assert.Equal(new DateOnly(2026, 2, 23), await harness.Deadlines.DueAfterMeetingAsync(minutes, ReportHarness.At(2026, 2, 13, 10), None));
        // Monday 7/12/2026 + 2: Wednesday.
        Assert.Equal(new DateOnly(2026, 12, 9), await harness.Deadlines.DueAfterMeetingAsync(minutes, ReportHarness.At(2026, 12, 7, 10), None));
    }

    [Theory]
    [InlineData("2026-12-16", "2026-12-16", 0)]
    [InlineData("2026-12-16", "2026-12-15", 0)]
    [InlineData("2026-12-16", "2026-12-21", 3)] // Thursday, Friday, Monday
    [InlineData("2026-02-13", "2026-02-24", 2)] // across Tết: 23 and 24/2
    [InlineData("2026-12-30", "2027-01-04", 2)] // 31/12, (1/1 off), 4/1
    public async Task WorkingDaysLate_CountsOnlyWorkingDaysAfterTheDueDay(string due, string day, int expected)
    {
        var harness = await ReportHarness.CreateAsync();
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(expected, await harness.Deadlines.WorkingDaysLateAsync(DateOnly.Parse(due, culture), DateOnly.Parse(day, culture), None));
    }
}
