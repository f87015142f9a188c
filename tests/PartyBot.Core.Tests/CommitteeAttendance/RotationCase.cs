using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.CommitteeAttendance;

/// <summary>
/// A crafted rotation input: the upper committee DUK over đảng bộ DB1, chi bộ added by the test, committee members of DUK
/// named "Nguyễn {id}", living in CB-HOME (not in the tree unless a test puts it there), quarter 4/2026, planned on 25/09/2026.
/// </summary>
internal sealed class RotationCase
{
    public static readonly Quarter Q4 = new(2026, 4);

    private readonly List<Unit> units =
    [
        new("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối", null),
        new("DB1", UnitKind.GrassrootsCommittee, "Đảng bộ 1", "DUK"),
    ];

    public List<Meeting> Meetings { get; } = [];
    public List<Member> Committee { get; } = [];
    public List<Unavailability> Unavailable { get; } = [];
    public List<CommitteeAssignment> Existing { get; } = [];
    public RotationRules Rules { get; set; } = RotationRules.Default;
    public DateTimeOffset Now { get; set; } = RegularSlotRule.ToUtc(new DateOnly(2026, 9, 25), new TimeOnly(6, 0));

    public RotationCase Cell(string id, string? parent = "DB1")
    {
        units.Add(new Unit(id, UnitKind.Cell, "Chi bộ " + id, parent));
        return this;
    }

    public RotationCase Cells(params string[] ids)
    {
        foreach (var id in ids)
        {
            Cell(id);
        }
        return this;
    }

    public RotationCase Member(string id, string home = "CB-HOME", CommitteeRank rank = CommitteeRank.Member, params string[] follows)
    {
        Committee.Add(new Member(id, "Nguyễn " + id, home, MemberStatus.Full, new HashSet<UnitRole>(),
            FollowedUnitIds: follows, Committee: new CommitteeSeat("DUK", rank)));
        return this;
    }

    public Meeting Meeting(string unit, int month, int day, int hour = 8, int minute = 0, string? id = null, int minutes = 90)
    {
        var meeting = new Meeting(unit, id ?? $"R-2026-{month:D2}", MeetingKind.Regular,
            RegularSlotRule.ToUtc(new DateOnly(2026, month, day), new TimeOnly(hour, minute)), minutes);
        Meetings.Add(meeting);
        return meeting;
    }

    /// <summary>A regular meeting in each month of the quarter, on the given day and hour.</summary>
    public RotationCase Monthly(string unit, int day = 1, int hour = 8)
    {
        foreach (var month in new[] { 10, 11, 12 })
        {
            Meeting(unit, month, day, hour);
        }
        return this;
    }

    public CommitteeAssignment Assigned(Meeting meeting, string memberId, AssignmentState state = AssignmentState.Pending, DateTimeOffset? startsAt = null)
    {
        var row = new CommitteeAssignment(Q4, meeting.UnitId, meeting.Id, memberId, state, startsAt ?? meeting.StartsAt, "", 1, Now);
        Existing.Add(row);
        return row;
    }

    public RotationInput Input => new(Rules, Q4, Now, new OrganizationTree(units), Meetings, Committee, Unavailable, Existing);

    public RotationPlan Plan() => RotationPlanner.Plan(Input);

    public static RotationRules QuarterlyQuota(int meetings, int visits = 1) => RotationRules.Default with
    {
        Quotas = new Dictionary<CommitteeRank, QuotaRule>
        {
            [CommitteeRank.Member] = new(meetings, QuotaPeriod.Quarter),
            [CommitteeRank.Provincial] = new(meetings, QuotaPeriod.Quarter),
        },
        VisitsPerCellPerQuarter = visits,
    };
}

internal static class PlanInspection
{
    /// <summary>"CB1 R-2026-10 → A" per choice, in the plan's order.</summary>
    public static IReadOnlyList<string> Lines(this RotationPlan plan) =>
        [.. plan.Choices.Select(c => $"{c.UnitId} {c.MeetingId} → {c.MemberId}")];

    public static string? MemberOf(this RotationPlan plan, string unitId) =>
        plan.Choices.SingleOrDefault(c => c.UnitId == unitId)?.MemberId;
}
