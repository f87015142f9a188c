using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

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
        Assert.Empty(second.Warnings);
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
