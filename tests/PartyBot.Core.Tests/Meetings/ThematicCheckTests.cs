using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Meetings;

/// <summary>Quarter 4/2026: day 45 is 14/11, fourteen days before its end is 17/12.</summary>
public sealed class ThematicCheckTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindDue_BeforeTheQuarterMiddle_FindsNothing()
    {
        var harness = await SeededAsync();

        Assert.Empty(await harness.Thematic().FindDueAsync(new DateOnly(2026, 11, 13), None));
    }

    [Fact]
    public async Task FindDue_FromTheQuarterMiddle_RemindsSecretariesOfCellsWithoutThematic()
    {
        var harness = await SeededAsync();

        var due = await harness.Thematic().FindDueAsync(new DateOnly(2026, 11, 14), None);

        var item = Assert.Single(due);
        Assert.Equal(new ThematicDue(ThematicDueKind.RemindSecretary, "CB1", 2026, 4, new DateOnly(2026, 12, 31), null, "thematic-secretary/CB1/2026Q4"), item);
    }

    [Fact]
    public async Task FindDue_TwoWeeksBeforeQuarterEnd_AlsoTellsTheFollowersOfTheUnit()
    {
        var harness = await SeededAsync();

        Assert.DoesNotContain(await harness.Thematic().FindDueAsync(new DateOnly(2026, 12, 16), None), d => d.Kind == ThematicDueKind.TellFollower);
        var due = await harness.Thematic().FindDueAsync(new DateOnly(2026, 12, 17), None);

        Assert.Equal(
            ["thematic-secretary/CB1/2026Q4", "thematic-follower/CB1/2026Q4/F1"],
            due.Select(d => d.ClaimKey));
        Assert.Equal("F1", due[1].MemberId);
    }

    [Fact]
    public async Task FindDue_CancelledThematic_DoesNotCount()
    {
        var harness = await SeededAsync();
        await harness.Meetings.UpdateAsync("CB2", "T-2026-Q4", m => m with { Status = MeetingStatus.Cancelled, CancelReason = "Hoãn" }, None);

        var due = await harness.Thematic().FindDueAsync(new DateOnly(2026, 12, 20), None);

        Assert.Equal(["F1", "F2"], due.Where(d => d.UnitId == "CB2" && d.Kind == ThematicDueKind.TellFollower).Select(d => d.MemberId));
        Assert.Contains(due, d => d.ClaimKey == "thematic-secretary/CB2/2026Q4");
    }

    [Fact]
    public async Task FindDue_ThematicOfTheLastQuarter_DoesNotCountForThisOne()
    {
        var harness = await SeededAsync();
        await harness.Meetings.AddAsync(Thematic("CB1", new DateTimeOffset(2026, 9, 30, 1, 0, 0, TimeSpan.Zero)), None);

        var due = await harness.Thematic().FindDueAsync(new DateOnly(2026, 11, 20), None);

        Assert.Contains(due, d => d.UnitId == "CB1");
    }

    private static async Task<MeetingHarness> SeededAsync()
    {
        var harness = await MeetingHarness.CreateAsync();
        await harness.SaveUnitsAsync(
            new Unit("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối", null),
            new Unit("DB1", UnitKind.GrassrootsCommittee, "Đảng bộ 1", "DUK"),
            new Unit("CB1", UnitKind.Cell, "Chi bộ 1", "DB1"),
            new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DB1"));
        await harness.Organization.SaveMemberAsync(Follower("F1", "DB1"), null, None);
        await harness.Organization.SaveMemberAsync(Follower("F2", "CB2"), null, None);
        await harness.Organization.SaveMemberAsync(new Member("M1", "Trần Văn B", "CB1", MemberStatus.Full, new HashSet<UnitRole> { UnitRole.Secretary }), null, None);
        await harness.Meetings.AddAsync(Thematic("CB2", new DateTimeOffset(2026, 10, 15, 1, 0, 0, TimeSpan.Zero)), None);
        return harness;
    }

    private static Member Follower(string id, string follows) =>
        new(id, "Nguyễn Văn " + id, "DUK", MemberStatus.Full, new HashSet<UnitRole>(), FollowedUnitIds: [follows]);

    private static Meeting Thematic(string unitId, DateTimeOffset startsAt) =>
        new(unitId, $"T-{startsAt.Year}-Q{(startsAt.Month - 1) / 3 + 1}", MeetingKind.Thematic, startsAt, 120, Topic: "Chuyên đề");
}
