using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Meetings;

public sealed class RegularSlotRuleTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(2026, 12, 31, "2026-12-31")] // 31-day month, Thursday
    [InlineData(2026, 6, 31, "2026-06-30")] // 30-day month: the last day, Tuesday
    [InlineData(2028, 2, 31, "2028-02-29")] // leap February: Tuesday 29th
    [InlineData(2026, 12, 1, "2026-12-01")]
    public async Task Resolve_WorkingSlotDay_KeepsItClampedToTheMonth(int year, int month, int day, string expected)
    {
        var harness = await MeetingHarness.CreateAsync();

        var result = await harness.Rule.ResolveAsync(new MeetingSlot(day, new TimeOnly(8, 0)), year, month, None);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Date);
        Assert.False(result.Shifted);
        Assert.Null(result.Warning);
    }

    [Fact]
    public async Task Resolve_VietnamTime_IsStoredInUtc()
    {
        var harness = await MeetingHarness.CreateAsync();

        var result = await harness.Rule.ResolveAsync(new MeetingSlot(1, new TimeOnly(8, 0)), 2026, 12, None);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), result.StartsAt);
        Assert.Equal(TimeSpan.Zero, result.StartsAt.Offset);
    }

    [Fact]
    public async Task Resolve_SlotOnSunday_MovesToMonday()
    {
        var harness = await MeetingHarness.CreateAsync();

        // 1/3/2026 is a Sunday.
        var result = await harness.Rule.ResolveAsync(new MeetingSlot(1, new TimeOnly(14, 0)), 2026, 3, None);

        Assert.Equal(new DateOnly(2026, 3, 2), result.Date);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero), result.StartsAt);
        Assert.True(result.Shifted);
        Assert.Null(result.Warning);
    }

    [Fact]
    public async Task Resolve_ResidentialCellWithoutShift_KeepsTheSunday()
    {
        var harness = await MeetingHarness.CreateAsync();

        var result = await harness.Rule.ResolveAsync(new MeetingSlot(1, new TimeOnly(19, 30), ShiftToWorkingDay: false), 2026, 3, None);

        Assert.Equal(new DateOnly(2026, 3, 1), result.Date);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 30, 0, TimeSpan.Zero), result.StartsAt);
        Assert.False(result.Shifted);
        Assert.Null(result.Warning);
    }

    [Fact]
    public async Task Resolve_ResidentialCellWithoutShiftOnMung1Tet2026_KeepsTheDayWithWarning()
    {
        var harness = await MeetingHarness.CreateAsync();

        var result = await harness.Rule.ResolveAsync(new MeetingSlot(17, new TimeOnly(19, 30), ShiftToWorkingDay: false), 2026, 2, None);

        Assert.Equal((new DateOnly(2026, 2, 17), false), (result.Date, result.Shifted));
        Assert.Equal(
            "Ngày họp định kỳ tháng 2/2026 (17/02/2026) rơi vào kỳ nghỉ Tết Nguyên đán; chi bộ không dời lịch họp khỏi ngày nghỉ nên PartyBot giữ ngày này, bí thư kiểm tra lại.",
            result.Warning);
    }

    [Fact]
    public async Task Resolve_LabourDay2026_MovesToMondayFourthOfMay()
    {
        var harness = await MeetingHarness.CreateAsync();

        // 1/5/2026 is a Friday holiday, then the weekend.
        var result = await harness.Rule.ResolveAsync(new MeetingSlot(1, new TimeOnly(8, 0)), 2026, 5, None);

        Assert.Equal(new DateOnly(2026, 5, 4), result.Date);
        Assert.True(result.Shifted);
        Assert.Null(result.Warning);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    public async Task Resolve_VictoryDay2026AtMonthEnd_ProposesTheDayBeforeWithWarning(int day)
    {
        var harness = await MeetingHarness.CreateAsync();

        // 30/4/2026 (Thursday) is off and the next working day is 4/5: outside April.
        var result = await harness.Rule.ResolveAsync(new MeetingSlot(day, new TimeOnly(8, 0)), 2026, 4, None);

        Assert.Equal(new DateOnly(2026, 4, 29), result.Date);
        Assert.True(result.Shifted);
        Assert.Equal(
            "Ngày họp định kỳ tháng 4/2026 rơi vào kỳ nghỉ Ngày Chiến thắng; PartyBot đề xuất ngày làm việc cuối cùng trước đó là 29/04/2026, bí thư kiểm tra lại.",
            result.Warning);
    }

    [Fact]
    public async Task Resolve_SlotInTet2026_MovesToTheFirstWorkingDayAfterTheBreak()
    {
        var harness = await MeetingHarness.CreateAsync();

        // Mùng 1 Tết is 17/2/2026; the break runs 14/2 to 22/2.
        var result = await harness.Rule.ResolveAsync(new MeetingSlot(17, new TimeOnly(8, 0)), 2026, 2, None);

        Assert.Equal(new DateOnly(2026, 2, 23), result.Date);
        Assert.True(result.Shifted);
        Assert.Null(result.Warning);
    }

    [Fact]
    public async Task Resolve_Slot31InFebruary2027OnSunday_ProposesFridayWithWarning()
    {
        var harness = await MeetingHarness.CreateAsync();

        // 28/2/2027 is a Sunday; Monday is March.
        var result = await harness.Rule.ResolveAsync(new MeetingSlot(31, new TimeOnly(8, 0)), 2027, 2, None);

        Assert.Equal(new DateOnly(2027, 2, 26), result.Date);
        Assert.Contains("rơi vào ngày nghỉ", result.Warning, StringComparison.Ordinal);
        Assert.Contains("26/02/2027", result.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_TetAtTheEndOfJanuary2025_ProposesTheLastWorkingDayBeforeWithWarning()
    {
        var harness = await MeetingHarness.CreateAsync();

        // Mùng 1 Tết was 29/1/2025: the break ran 25/1 to 2/2, so the first working day after 28/1 is in February.
        var result = await harness.Rule.ResolveAsync(new MeetingSlot(28, new TimeOnly(8, 0)), 2025, 1, None);

        Assert.Equal(new DateOnly(2025, 1, 24), result.Date);
        Assert.Equal(
            "Ngày họp định kỳ tháng 1/2025 rơi vào kỳ nghỉ Tết Nguyên đán; PartyBot đề xuất ngày làm việc cuối cùng trước đó là 24/01/2025, bí thư kiểm tra lại.",
            result.Warning);
    }

    [Fact]
    public async Task Resolve_AnnouncedDaysOffAtMonthEnd_ProposesTheDayBeforeWithWarning()
    {
        var harness = await MeetingHarness.CreateAsync();
        await harness.Calendar.SetOverrideAsync(new CalendarOverride(new DateOnly(2026, 12, 30), CalendarOverrideKind.DayOff, "Nghỉ cuối năm"), None);
        await harness.Calendar.SetOverrideAsync(new CalendarOverride(new DateOnly(2026, 12, 31), CalendarOverrideKind.DayOff, "Nghỉ cuối năm"), None);

        var result = await harness.Rule.ResolveAsync(new MeetingSlot(30, new TimeOnly(8, 0)), 2026, 12, None);

        Assert.Equal(new DateOnly(2026, 12, 29), result.Date);
        Assert.True(result.Shifted);
        Assert.Contains("rơi vào ngày nghỉ (Nghỉ cuối năm)", result.Warning, StringComparison.Ordinal);
    }
}
