using PartyBot.Core.Calendar;

namespace PartyBot.Core.Tests.Calendar;

public sealed class CalendarYearTests
{
    private static readonly HolidayCalculator Defaults = new();

    [Fact]
    public void IsWorkingDay_NoOverrides_WeekdaysWorkWeekendsAndHolidaysDoNot()
    {
        var year = new CalendarYear(2026, Defaults.Holidays(2026), []);

        Assert.True(year.IsWorkingDay(new DateOnly(2026, 4, 29)));   // Wednesday
        Assert.False(year.IsWorkingDay(new DateOnly(2026, 4, 30)));  // Ngày Chiến thắng, Thursday
        Assert.False(year.IsWorkingDay(new DateOnly(2026, 5, 2)));   // Saturday
        Assert.False(year.IsWorkingDay(new DateOnly(2026, 4, 27)));  // nghỉ bù Giỗ Tổ, Monday
        Assert.Null(year.HolidayOn(new DateOnly(2026, 5, 2)));
        Assert.Equal("Ngày Quốc tế Lao động", year.HolidayOn(new DateOnly(2026, 5, 1))?.Name);
    }

    // 2025's announcement: "five consecutive days off from April 30–May 4 … compensated by working on April 26"
    // (en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm).
    [Fact]
    public void IsWorkingDay_SwappedSaturdayAndBridgeDay_FollowTheOverrides()
    {
        var year = new CalendarYear(2025, Defaults.Holidays(2025),
        [
            new CalendarOverride(new DateOnly(2025, 4, 26), CalendarOverrideKind.WorkingDay, "Làm bù cho thứ Sáu 02/5"),
            new CalendarOverride(new DateOnly(2025, 5, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)"),
        ]);

        Assert.True(year.IsWorkingDay(new DateOnly(2025, 4, 26)));
        Assert.False(year.IsWorkingDay(new DateOnly(2025, 5, 2)));
        var bridge = year.HolidayOn(new DateOnly(2025, 5, 2));
        Assert.Equal(new Holiday(new DateOnly(2025, 5, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)", HolidayKind.Announced), bridge);
        Assert.Contains(bridge!, year.Holidays);
    }

    [Fact]
    public void IsWorkingDay_DefaultHolidayMadeWorkingDay_IsWorkingAndNoLongerAHoliday()
    {
        // The announcement gives 3/9 instead of the default 1/9: the table holds 1/9 as a working day and 3/9 as a day off.
        var year = new CalendarYear(2026, Defaults.Holidays(2026),
        [
            new CalendarOverride(new DateOnly(2026, 9, 1), CalendarOverrideKind.WorkingDay),
            new CalendarOverride(new DateOnly(2026, 9, 3), CalendarOverrideKind.DayOff, "Quốc khánh (ngày liền kề)"),
        ]);

        Assert.True(year.IsWorkingDay(new DateOnly(2026, 9, 1)));
        Assert.Null(year.HolidayOn(new DateOnly(2026, 9, 1)));
        Assert.False(year.IsWorkingDay(new DateOnly(2026, 9, 3)));
        Assert.DoesNotContain(year.Holidays, h => h.Date == new DateOnly(2026, 9, 1));
    }

    [Fact]
    public void HolidayOn_DayOffWithoutName_UsesTheDefaultWording()
    {
        var year = new CalendarYear(2026, [], [new CalendarOverride(new DateOnly(2026, 12, 24), CalendarOverrideKind.DayOff)]);

        Assert.Equal(CalendarTexts.AnnouncedDayOff, year.HolidayOn(new DateOnly(2026, 12, 24))?.Name);
    }

    [Fact]
    public void Constructor_OverrideOfAnotherYear_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new CalendarYear(2026, [], [new CalendarOverride(new DateOnly(2027, 1, 2), CalendarOverrideKind.WorkingDay)]));
    }

    [Fact]
    public void IsWorkingDay_DayOfAnotherYear_Throws()
    {
        var year = new CalendarYear(2026, [], []);

        Assert.Throws<ArgumentOutOfRangeException>(() => year.IsWorkingDay(new DateOnly(2027, 1, 4)));
    }
}
