using PartyBot.Core.Calendar;
using PartyBot.Core.Calendar.Import;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Testing;

namespace PartyBot.Core.Tests.Meetings;

/// <summary>The clock is 23/11/2026 08:00 in Vietnam: November's meeting on the 1st is past, the one on the 25th is not.</summary>
public sealed class MeetingPlannerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Plan_EveryCell_CurrentMonthUnlessPastAndTwoMonthsAheadAcrossTheYearEnd()
    {
        var harness = await SeededAsync();

        var summary = await harness.Planner().PlanAsync(None);

        Assert.Equal(5, summary.Created);
        Assert.Empty(summary.Warnings);
        Assert.Equal(["R-2026-12", "R-2027-01"], (await AllAsync(harness, "CB1")).Select(m => m.Id));
        Assert.Equal(["R-2026-11", "R-2026-12", "R-2027-01"], (await AllAsync(harness, "CB2")).Select(m => m.Id));
        Assert.Empty(await AllAsync(harness, "DB1"));
        var january = await harness.Meetings.GetAsync("CB1", "R-2027-01", None);
        // 1/1/2027 is a holiday (Friday), then the weekend: Monday 4/1 at 08:00 Vietnam time.
        Assert.Equal(new Meeting("CB1", "R-2027-01", MeetingKind.Regular, new DateTimeOffset(2027, 1, 4, 1, 0, 0, TimeSpan.Zero), 90, PlannedAutomatically: true), january);
    }

    [Fact]
    public async Task Plan_Twice_WritesNothingMore()
    {
        var harness = await SeededAsync();
        await harness.Planner().PlanAsync(None);
        var before = await AllAsync(harness, "CB2");

        var again = await harness.Planner().PlanAsync(None);

        Assert.Equal((0, 5), (again.Created, again.AlreadyPlanned));
        Assert.Equal(before, await AllAsync(harness, "CB2"));
    }

    [Fact]
    public async Task Plan_TwoHostsAtOnce_CreateEachMonthOnce()
    {
        var harness = await SeededAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => harness.Planner().PlanAsync(None)));

        Assert.Equal(5, runs.Sum(r => r.Created));
        Assert.Equal(3, (await AllAsync(harness, "CB2")).Count);
    }

    [Fact]
    public async Task Plan_AfterSecretaryEditsAndCancels_LeavesTheirMeetingsAlone()
    {
        var harness = await SeededAsync();
        await harness.Planner().PlanAsync(None);
        var moved = new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);
        await harness.Meetings.UpdateAsync("CB1", "R-2026-12", m => m with { StartsAt = moved, Place = "Hội trường", PlannedAutomatically = false }, None);
        await harness.Meetings.UpdateAsync("CB1", "R-2027-01", m => m with { Status = MeetingStatus.Cancelled, CancelReason = "Họp ghép" }, None);

        var summary = await harness.Planner().PlanAsync(None);

        Assert.Equal(0, summary.Created);
        Assert.Equal(moved, (await harness.Meetings.GetAsync("CB1", "R-2026-12", None))?.StartsAt);
        Assert.Equal(MeetingStatus.Cancelled, (await harness.Meetings.GetAsync("CB1", "R-2027-01", None))?.Status);
    }

    [Fact]
    public async Task Plan_SlotLeavingTheMonth_CarriesTheWarningOnceWithTheUnit()
    {
        var harness = await MeetingHarness.CreateAsync();
        // 31/1/2027 is a Sunday: February would be next, so Friday 29/1 is proposed.
        await harness.SaveUnitsAsync(new Unit("CB9", UnitKind.Cell, "Chi bộ 9", null, new MeetingSlot(31, new TimeOnly(8, 0))));

        var first = await harness.Planner().PlanAsync(None);
        var second = await harness.Planner().PlanAsync(None);

        var warning = Assert.Single(first.Warnings);
        Assert.Equal(("CB9", "R-2027-01"), (warning.UnitId, warning.MeetingId));
        Assert.Contains("29/01/2027", warning.Text, StringComparison.Ordinal);
        Assert.Equal(warning.Text, (await harness.Meetings.GetAsync("CB9", "R-2027-01", None))?.Warning);
        // Given again (a run that failed before telling is caught up); the notifier's claim tells it once.
        Assert.Equal([warning], second.Warnings);
    }

    [Fact]
    public async Task Plan_CellWithoutShiftOnNewYearsDay2027_WarnsTheSecretary()
    {
        var harness = await MeetingHarness.CreateAsync();
        await harness.SaveUnitsAsync(new Unit("CB7", UnitKind.Cell, "Chi bộ khu phố 7", null, new MeetingSlot(1, new TimeOnly(19, 30), ShiftToWorkingDay: false)));

        var summary = await harness.Planner().PlanAsync(None);

        var january = await harness.Meetings.GetAsync("CB7", "R-2027-01", None);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 12, 30, 0, TimeSpan.Zero), january?.StartsAt);
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal(("CB7", "R-2027-01"), (warning.UnitId, warning.MeetingId));
        Assert.Equal(
            "Ngày họp định kỳ tháng 1/2027 (01/01/2027) rơi vào kỳ nghỉ Tết Dương lịch; chi bộ không dời lịch họp khỏi ngày nghỉ nên PartyBot giữ ngày này, bí thư kiểm tra lại.",
            warning.Text);
        Assert.Equal(warning.Text, january?.Warning);
    }

    [Fact]
    public async Task Plan_AfterTheJanuary2026SwapIsImported_MovesThePlannedMeetingToMondayOnce()
    {
        // 20/12/2025 08:00 in Vietnam. 1/1/2026 is a Thursday holiday: the default plan is Friday 2/1.
        var harness = await MeetingHarness.CreateAsync(new DateTimeOffset(2025, 12, 20, 1, 0, 0, TimeSpan.Zero));
        await harness.SaveUnitsAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null));
        await harness.Planner().PlanAsync(None);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 1, 0, 0, TimeSpan.Zero), (await harness.Meetings.GetAsync("CB1", "R-2026-01", None))?.StartsAt);

        // The calendar-import verb runs in another process, with a calendar of its own.
        await ImportRealTable2026Async(harness);
        harness.Tables.Time.Advance(new CalendarOptions().CacheDuration);
        var summary = await harness.Planner().PlanAsync(None);
        var again = await harness.Planner().PlanAsync(None);

        var january = await harness.Meetings.ListForUnitAsync("CB1", new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 31, 17, 0, 0, TimeSpan.Zero), None);
        var meeting = Assert.Single(january);
        Assert.Equal(("R-2026-01", new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero), MeetingStatus.Planned), (meeting.Id, meeting.StartsAt, meeting.Status));
        Assert.Equal(
            "Lịch nghỉ đã thay đổi: ngày 02/01/2026 nay là ngày nghỉ (Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/01/2026)), nên PartyBot dời buổi họp định kỳ tháng 1/2026 sang Thứ Hai ngày 05/01/2026.",
            meeting.Warning);
        Assert.Equal((0, 1), (summary.Created, summary.Moved));
        Assert.Equal([new PlanWarning("CB1", "R-2026-01", meeting.Warning!)], summary.Warnings);
        Assert.Equal((0, 0), (again.Created, again.Moved));
        Assert.Equal(summary.Warnings, again.Warnings);
    }

    [Fact]
    public async Task Plan_TableChangedWithinTheCacheDuration_MovesNothingYet()
    {
        var harness = await MeetingHarness.CreateAsync(new DateTimeOffset(2025, 12, 20, 1, 0, 0, TimeSpan.Zero));
        await harness.SaveUnitsAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null));
        await harness.Planner().PlanAsync(None);

        await ImportRealTable2026Async(harness);
        var summary = await harness.Planner().PlanAsync(None);

        Assert.Equal(0, summary.Moved);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 1, 0, 0, TimeSpan.Zero), (await harness.Meetings.GetAsync("CB1", "R-2026-01", None))?.StartsAt);
    }

    [Fact]
    public async Task Plan_AnnouncedMeetingNowOnADayOff_StaysAndWarnsTheSecretary()
    {
        var harness = await MeetingHarness.CreateAsync(new DateTimeOffset(2025, 12, 20, 1, 0, 0, TimeSpan.Zero));
        await harness.SaveUnitsAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null));
        await harness.Planner().PlanAsync(None);
        await harness.Meetings.UpdateAsync("CB1", "R-2026-01", m => m with { Status = MeetingStatus.Announced }, None);

        await harness.Calendar.SetOverrideAsync(new CalendarOverride(new DateOnly(2026, 1, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi Tết Dương lịch"), None);
        var summary = await harness.Planner().PlanAsync(None);

        var meeting = await harness.Meetings.GetAsync("CB1", "R-2026-01", None);
        Assert.Equal((new DateTimeOffset(2026, 1, 2, 1, 0, 0, TimeSpan.Zero), MeetingStatus.Announced), (meeting?.StartsAt, meeting?.Status));
        Assert.Equal(0, summary.Moved);
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal(
            "Lịch nghỉ đã thay đổi: buổi họp định kỳ tháng 1/2026 đã thông báo họp ngày 02/01/2026, nay là ngày nghỉ (Nghỉ hoán đổi Tết Dương lịch). PartyBot không tự dời buổi họp đã thông báo: bí thư chọn “Sửa” trong “lịch họp” để đổi ngày, hoặc giữ nguyên nếu chi bộ vẫn họp ngày này.",
            warning.Text);
        Assert.Equal(warning.Text, meeting?.Warning);
    }

    [Fact]
    public async Task Plan_SecretaryDateNowOnADayOff_IsLeftAlone()
    {
        var harness = await MeetingHarness.CreateAsync(new DateTimeOffset(2025, 12, 20, 1, 0, 0, TimeSpan.Zero));
        await harness.SaveUnitsAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null));
        await harness.Planner().PlanAsync(None);
        var chosen = new DateTimeOffset(2026, 1, 2, 7, 0, 0, TimeSpan.Zero);
        await harness.Meetings.UpdateAsync("CB1", "R-2026-01", m => m with { StartsAt = chosen, PlannedAutomatically = false }, None);

        await harness.Calendar.SetOverrideAsync(new CalendarOverride(new DateOnly(2026, 1, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi Tết Dương lịch"), None);
        var summary = await harness.Planner().PlanAsync(None);

        Assert.Equal(chosen, (await harness.Meetings.GetAsync("CB1", "R-2026-01", None))?.StartsAt);
        Assert.Equal((0, 0), (summary.Moved, summary.Warnings.Count));
    }

    [Fact]
    public async Task Plan_TwoHostsAfterTheTableChanged_MoveTheMeetingOnce()
    {
        var harness = await MeetingHarness.CreateAsync(new DateTimeOffset(2025, 12, 20, 1, 0, 0, TimeSpan.Zero));
        await harness.SaveUnitsAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null));
        await harness.Planner().PlanAsync(None);
        await harness.Calendar.SetOverrideAsync(new CalendarOverride(new DateOnly(2026, 1, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi Tết Dương lịch"), None);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => harness.Planner().PlanAsync(None)));

        Assert.Equal(1, runs.Sum(r => r.Moved));
        Assert.Single(runs.SelectMany(r => r.Warnings).Distinct());
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero), (await harness.Meetings.GetAsync("CB1", "R-2026-01", None))?.StartsAt);
    }

    [Fact]
    public async Task Plan_PlanMonthsAheadZero_PlansOnlyTheCurrentMonth()
    {
        var harness = await SeededAsync();
        harness.Options.PlanMonthsAhead = 0;

        var summary = await harness.Planner().PlanAsync(None);

        Assert.Equal(1, summary.Created);
        Assert.Equal(["R-2026-11"], (await AllAsync(harness, "CB2")).Select(m => m.Id));
    }

    /// <summary>infra/local/demo/calendar-2026.csv through the importer, on a calendar of its own as the verb's process has.</summary>
    private static async Task ImportRealTable2026Async(MeetingHarness harness)
    {
        var calendar = new WorkingCalendar(new CalendarOverrideStore(harness.Tables.Store), Microsoft.Extensions.Options.Options.Create(new CalendarOptions()), harness.Tables.Time);
        var file = Path.Combine(RepoPaths.Root, "infra", "local", "demo", "calendar-2026.csv");
        var report = await new CalendarImporter(calendar).ImportAsync(file, None);
        Assert.True(report.Succeeded);
    }

    private static async Task<MeetingHarness> SeededAsync()
    {
        var harness = await MeetingHarness.CreateAsync();
        await harness.SaveUnitsAsync(
            new Unit("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối", null),
            new Unit("DB1", UnitKind.GrassrootsCommittee, "Đảng bộ 1", "DUK"),
            new Unit("CB1", UnitKind.Cell, "Chi bộ 1", "DB1"),
            new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DB1", new MeetingSlot(25, new TimeOnly(14, 0))));
        return harness;
    }

    private static Task<IReadOnlyList<Meeting>> AllAsync(MeetingHarness harness, string unitId) =>
        harness.Meetings.ListForUnitAsync(unitId, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), None);
}
