using Microsoft.Extensions.Options;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>Reads what <see cref="ComplianceFigures"/> needs from storage: the quarter's meetings of the scope's chi bộ, the committee, the assignments.</summary>
public sealed class ComplianceService(
    OrganizationStore organization, MeetingStore meetings, AssignmentStore assignments, IOptions<CommitteeAttendanceOptions> options, TimeProvider time)
{
    /// <param name="scopeUnitIds">The subtrees to report on; their chi bộ, and the committee members who sit on a committee within them.</param>
    public async Task<ComplianceReport> ReportAsync(Quarter quarter, IReadOnlyList<string> scopeUnitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopeUnitIds);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var cells = tree.Units.Where(u => u.IsCell && scopeUnitIds.Any(root => tree.IsWithin(u.Id, root))).Select(u => u.Id).ToList();
        var committee = (await organization.AllMembersAsync(cancellationToken))
            .Where(m => m.Committee is { } seat && scopeUnitIds.Any(root => tree.IsWithin(seat.UnitId, root)))
            .ToList();
        return ComplianceFigures.Compute(new ComplianceInput(
            options.Value.Rules,
            quarter,
            time.GetUtcNow(),
            tree,
            scopeUnitIds,
            await meetings.ListStartingAsync(cells, quarter.Starts, quarter.Ends, cancellationToken),
            committee,
            await assignments.ListQuarterAsync(quarter, cancellationToken)));
    }
}
