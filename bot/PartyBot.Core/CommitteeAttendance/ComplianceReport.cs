using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>Why a chi bộ has no upper-level attendee in the quarter (the most advanced state of its meetings' assignments).</summary>
public enum CoverageGap
{
    /// <summary>The chi bộ has no meeting in the quarter that is not cancelled.</summary>
    NoMeeting,

    /// <summary>It has meetings, but nobody was ever assigned to any of them.</summary>
    NotAssigned,

    /// <summary>Every assigned member declined (or did not answer in time), and no one else was assigned since.</summary>
    Declined,

    /// <summary>A member is assigned but has not confirmed yet.</summary>
    AwaitingAnswer,
}

/// <summary>A chi bộ of the scope with fewer confirmed upper-level attendees than the rules ask per quarter (<paramref name="Confirmed"/>: confirmed or recorded "đã dự").</summary>
/// <param name="UnitPath">The units above it ("Đảng bộ … › Đảng ủy …").</param>
public sealed record UncoveredCell(string UnitId, string UnitName, string UnitPath, CoverageGap Gap, int Confirmed, int Required);

/// <summary>
/// One committee member's quarter. <see cref="Attended"/> counts the meetings recorded "đã dự" (what counts toward the
/// quota), <see cref="NoShows"/> those recorded "không dự được" after a confirmation.
/// </summary>
/// <param name="Due">The quarter's share of the quota (<see cref="QuotaRule.DueIn"/>).</param>
/// <param name="Upcoming">Confirmed, the meeting still to come.</param>
/// <param name="AwaitingRecord">Confirmed, the meeting started, nothing recorded yet.</param>
/// <param name="Pending">Assigned, not answered yet.</param>
/// <param name="Declined">Meetings of the quarter the member declined or did not answer in time.</param>
public sealed record MemberCompliance(
    string MemberId, string FullName, CommitteeRank Rank, int Attended, int Due, int Upcoming, int Pending, int Declined, int NoShows, int AwaitingRecord = 0)
{
    public bool QuotaMet => Attended >= Due;
}

public sealed record ComplianceReport(Quarter Quarter, int Cells, IReadOnlyList<UncoveredCell> Uncovered, IReadOnlyList<MemberCompliance> Members);

/// <param name="ScopeUnitIds">The subtrees the viewer may see (the office's administered units, a committee's unit).</param>
/// <param name="Meetings">The quarter's meetings of the scope's chi bộ (cancelled ones included).</param>
/// <param name="Committee">The committee members to report on.</param>
/// <param name="Assignments">The quarter's stored assignments.</param>
public sealed record ComplianceInput(
    RotationRules Rules,
    Quarter Quarter,
    DateTimeOffset Now,
    OrganizationTree Tree,
    IReadOnlyList<string> ScopeUnitIds,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Member> Committee,
    IReadOnlyList<CommitteeAssignment> Assignments);

/// <summary>
/// The quarterly compliance view of Quy định 784 ("tình hình dự sinh hoạt"): a pure function of its input. Chi bộ short
/// of confirmed attendees first by gap then by id; members with the largest shortfall first.
/// </summary>
public static class ComplianceFigures
{
    private static readonly StringComparer Ids = StringComparer.OrdinalIgnoreCase;

    public static ComplianceReport Compute(ComplianceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tree = input.Tree;
        var meetings = input.Meetings
            .Where(m => m.StartsAt >= input.Quarter.Starts && m.StartsAt < input.Quarter.Ends)
            .DistinctBy(m => (m.UnitId.ToUpperInvariant(), m.Id))
            .ToDictionary(m => (m.UnitId.ToUpperInvariant(), m.Id));
        var rows = input.Assignments
            .Where(a => a.Quarter == input.Quarter && meetings.TryGetValue((a.UnitId.ToUpperInvariant(), a.MeetingId), out var m) && m.Status != MeetingStatus.Cancelled)
            .Select(a => (Row: a, Meeting: meetings[(a.UnitId.ToUpperInvariant(), a.MeetingId)]))
            .ToList();

        var cells = tree.Units.Where(u => u.IsCell && input.ScopeUnitIds.Any(root => tree.IsWithin(u.Id, root))).ToList();
        var rowsByCell = rows.ToLookup(r => r.Row.UnitId, r => r.Row, Ids);
        var meetingCells = meetings.Values.Where(m => m.Status != MeetingStatus.Cancelled).Select(m => m.UnitId).ToHashSet(Ids);
        var uncovered = new List<UncoveredCell>();
        foreach (var cell in cells)
        {
            var own = rowsByCell[cell.Id].ToList();
            var confirmed = own.Count(r => r.State is AssignmentState.Confirmed or AssignmentState.Attended && r.MemberId is not null);
            if (confirmed >= input.Rules.VisitsPerCellPerQuarter)
            {
                continue;
            }
            var gap = own.Any(r => r.State == AssignmentState.Pending && r.MemberId is not null) ? CoverageGap.AwaitingAnswer
                : own.Any(r => r.Decliners.Count > 0) ? CoverageGap.Declined
                : meetingCells.Contains(cell.Id) ? CoverageGap.NotAssigned
                : CoverageGap.NoMeeting;
            uncovered.Add(new UncoveredCell(cell.Id, cell.Name, cell.ParentId is { } parent ? tree.PathOf(parent) : "", gap, confirmed, input.Rules.VisitsPerCellPerQuarter));
        }

        var byMember = rows.Where(r => r.Row.MemberId is not null).ToLookup(r => r.Row.MemberId!, Ids);
        var declines = rows.SelectMany(r => r.Row.Decliners.Distinct(Ids)).GroupBy(id => id, Ids).ToDictionary(g => g.Key, g => g.Count(), Ids);
        var members = new List<MemberCompliance>();
        foreach (var member in input.Committee.Where(m => m.Committee is not null).DistinctBy(m => m.Id, Ids))
        {
            var mine = byMember[member.Id].ToList();
            int Count(AssignmentState state, Func<Meeting, bool> when) => mine.Count(r => r.Row.State == state && when(r.Meeting));
            members.Add(new MemberCompliance(
                member.Id,
                member.FullName,
                member.Committee!.Rank,
                Attended: Count(AssignmentState.Attended, _ => true),
                Due: input.Rules.QuotaOf(member.Committee.Rank).DueIn(input.Quarter),
                Upcoming: Count(AssignmentState.Confirmed, m => m.StartsAt > input.Now),
                Pending: Count(AssignmentState.Pending, _ => true),
                Declined: declines.GetValueOrDefault(member.Id),
                NoShows: Count(AssignmentState.Missed, _ => true),
                AwaitingRecord: Count(AssignmentState.Confirmed, m => m.StartsAt <= input.Now)));
        }

        return new ComplianceReport(
            input.Quarter,
            cells.Count,
            [.. uncovered.OrderBy(c => c.Gap).ThenBy(c => c.UnitId, StringComparer.Ordinal)],
            [.. members.OrderByDescending(m => m.Due - m.Attended).ThenBy(m => m.MemberId, StringComparer.Ordinal)]);
    }
}
