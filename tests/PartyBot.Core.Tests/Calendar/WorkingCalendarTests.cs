using Microsoft.Extensions.Options;
using PartyBot.Core.Calendar;

namespace PartyBot.Core.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task WorkingDayHelpers_AroundVictoryAndLabourDay2026_SkipThursdayToSunday()
    {
        var (calendar, _) = await CreateAsync();

        // 30/4 and 1/5/2026 are Thursday and Friday, then the weekend.
        Assert.Equal(new DateOnly(2026, 5, 4), await calendar.NextWorkingDayOnOrAfterAsync(new DateOnly(2026, 4, 30), None));
        Assert.Equal(new DateOnly(2026, 4, 29), await calendar.LastWorkingDayOnOrBeforeAsync(new DateOnly(2026, 5, 3), None));
        Assert.Equal(new DateOnly(2026, 4, 29), await calendar.NextWorkingDayOnOrAfterAsync(new DateOnly(2026, 4, 29), None));
        Assert.Equal("Ngày Chiến thắng", (await calendar.HolidayOnAsync(new DateOnly(2026, 4, 30), None))?.Name);
    }

    [Fact]
    public async Task WorkingDayHelpers_AroundTet2026_SkipTheWholeBreak()
    {
        var (calendar, _) = await CreateAsync();

        // Default Tết 2026: Sun 15/2 (28 Tết) to Thu 19/2 (mùng 3) and its nghỉ bù Fri 20/2: 14/2 to 22/2, as announced.
        Assert.Equal(new DateOnly(2026, 2, 23), await calendar.NextWorkingDayOnOrAfterAsync(new DateOnly(2026, 2, 14), None));
        Assert.Equal(new DateOnly(2026, 2, 13), await calendar.LastWorkingDayOnOrBeforeAsync(new DateOnly(2026, 2, 22), None));
        Assert.False(await calendar.IsWorkingDayAsync(new DateOnly(2026, 2, 16), None));
        Assert.Equal("Tết Nguyên đán (mùng 1)", (await calendar.HolidayOnAsync(new DateOnly(2026, 2, 17), None))?.Name);
    }

    [Fact]
    public async Task WorkingDayHelpers_AcrossNewYear_LookIntoTheNeighbouringYear()
    {
        var (calendar, _) = await CreateAsync();

        // 1/1/2023 was a Sunday, made good on Monday 2/1.
        Assert.Equal(new DateOnly(2022, 12, 30), await calendar.LastWorkingDayOnOrBeforeAsync(new DateOnly(2023, 1, 2), None));
        Assert.Equal(new DateOnly(2023, 1, 3), await calendar.NextWorkingDayOnOrAfterAsync(new DateOnly(2022, 12, 31), None));
    }

    [Fact]
    public async Task SetOverride_SaturdayWorkedAndExtraDayOff_ReadBackFromStorage()
    {
        var (calendar, tables) = await CreateAsync();
        var saturday = new DateOnly(2025, 4, 26);
        var bridge = new DateOnly(2025, 5, 2);

        await calendar.SetOverrideAsync(new CalendarOverride(saturday, CalendarOverrideKind.WorkingDay, "Làm bù cho thứ Sáu 02/5"), None);
        await calendar.SetOverrideAsync(new CalendarOverride(bridge, CalendarOverrideKind.DayOff, " Nghỉ hoán đổi "), None);

        var fresh = Calendar(tables);
        Assert.True(await fresh.IsWorkingDayAsync(saturday, None));
        Assert.False(await fresh.IsWorkingDayAsync(bridge, None));
        Assert.Equal(new Holiday(bridge, "Nghỉ hoán đổi", HolidayKind.Announced), await fresh.HolidayOnAsync(bridge, None));
        Assert.Equal(new DateOnly(2025, 5, 5), await fresh.NextWorkingDayOnOrAfterAsync(new DateOnly(2025, 4, 30), None));
        Assert.Equal(
            [
                new CalendarOverride(saturday, CalendarOverrideKind.WorkingDay, "Làm bù cho thứ Sáu 02/5"),
                new CalendarOverride(bridge, CalendarOverrideKind.DayOff, "Nghỉ hoán đổi"),
            ],
            await fresh.OverridesAsync(2025, None));
        Assert.Empty(await fresh.OverridesAsync(2026, None));
    }

    [Fact]
    public async Task RemoveOverride_AfterSet_RestoresTheDefault()
    {
        var (calendar, tables) = await CreateAsync();
        var nationalDayEve = new DateOnly(2026, 9, 1);
        await calendar.SetOverrideAsync(new CalendarOverride(nationalDayEve, CalendarOverrideKind.WorkingDay), None);
        Assert.True(await calendar.IsWorkingDayAsync(nationalDayEve, None));

        await calendar.RemoveOverrideAsync(nationalDayEve, None);
        await calendar.RemoveOverrideAsync(nationalDayEve, None);

        Assert.False(await calendar.IsWorkingDayAsync(nationalDayEve, None));
        Assert.Empty(await Calendar(tables).OverridesAsync(2026, None));
    }

    [Fact]
    public async Task SetOverride_ByAnotherHost_SeenAfterTheCacheDuration()
    {
        var (calendar, tables) = await CreateAsync();
        var other = Calendar(tables);
        var friday = new DateOnly(2026, 12, 25);
        Assert.True(await calendar.IsWorkingDayAsync(friday, None));

        await other.SetOverrideAsync(new CalendarOverride(friday, CalendarOverrideKind.DayOff), None);

        Assert.True(await calendar.IsWorkingDayAsync(friday, None));
        tables.Time.Advance(new CalendarOptions().CacheDuration);
        Assert.False(await calendar.IsWorkingDayAsync(friday, None));
    }

    [Fact]
    public async Task SetOverride_NameTooLong_Throws()
    {
        var (calendar, _) = await CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => calendar.SetOverrideAsync(
            new CalendarOverride(new DateOnly(2026, 3, 2), CalendarOverrideKind.DayOff, new string('x', CalendarOverride.MaxNameLength + 1)), None));
    }

    [Fact]
    public async Task HolidaysAsync_WithOverride_ListsDefaultsAndTheAnnouncedDay()
    {
        var (calendar, _) = await CreateAsync();
        await calendar.SetOverrideAsync(new CalendarOverride(new DateOnly(2026, 1, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi Tết Dương lịch"), None);

        var holidays = await calendar.HolidaysAsync(2026, None);

        Assert.Equal(14, holidays.Count); // 11 statutory days, 2 nghỉ bù (Tết, Giỗ Tổ), the announced day
        Assert.Equal(HolidayKind.Announced, holidays[1].Kind);
        Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
    }

    private static async Task<(WorkingCalendar Calendar, TestTables Tables)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync();
        return (Calendar(tables), tables);
    }

    private static WorkingCalendar Calendar(TestTables tables) =>
        new(new CalendarOverrideStore(tables.Store), Options.Create(new CalendarOptions()), tables.Time);
}
