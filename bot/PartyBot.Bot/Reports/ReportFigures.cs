using Microsoft.Extensions.Options;
using PartyBot.Cards.Reports;
using PartyBot.Core.Calendar;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;
using PartyBot.Core.Surveys;
using PartyBot.Jobs.Reports;
using SurveyQuarter = PartyBot.Core.Surveys.Quarter;

namespace PartyBot.Bot.Reports;

/// <summary>
/// The office's figures for one subtree and one quarter, read from bounded partitions only: each unit's Reports and
/// Meetings partitions (filtered by day), one survey row per chi bộ, the quarter's CommitteeAssignments partition.
/// Never a scan of a whole table.
/// </summary>
public sealed class ReportFigures(
    ReportStore reports, ReportDeadlines deadlines, MeetingStore meetings, SurveyStore surveys, AssignmentStore assignments, IOptions<ReportOptions> options, TimeProvider time)
{
    public DateOnly Today => ReportDeadlines.DayOf(time.GetUtcNow());

    /// <summary>Each unit of the subtree with the reports due in the quarter, and where each stands today.</summary>
    public async Task<IReadOnlyList<UnitReportStatus>> StatusAsync(OrganizationTree tree, string rootId, SurveyQuarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var today = Today;
        var units = new List<UnitReportStatus>();
        foreach (var unit in tree.Subtree(rootId).OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            var rows = (await reports.ListAsync(unit.Id, quarter.FirstDay, quarter.LastDay, cancellationToken)).Where(r => r.Status != ReportStatus.Withdrawn);
            var lines = new List<ReportLine>();
            foreach (var row in rows)
            {
                lines.Add(await deadlines.OnAsync(row, today, cancellationToken));
            }
            if (lines.Count > 0)
            {
                units.Add(new UnitReportStatus(unit.Id, unit.Name, lines));
            }
        }
        return units;
    }

    /// <summary>The seeds' targets for the chi bộ of the subtree in the quarter (months and meetings up to today).</summary>
    public async Task<(int Cells, IReadOnlyList<TargetFigure> Figures)> TargetsAsync(OrganizationTree tree, string rootId, SurveyQuarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var targets = options.Value.Targets;
        var now = time.GetUtcNow();
        var today = Today;
        var cells = tree.Subtree(rootId).Where(u => u.IsCell).ToList();
        var months = Enumerable.Range(0, 3).Select(i => quarter.FirstDay.AddMonths(i)).Where(m => m <= today).ToList();
        int monthsDue = 0, monthsHeld = 0, thematic = 0, surveyed = 0, good = 0, onTime = 0, dueReports = 0;
        foreach (var cell in cells)
        {
            var held = (await meetings.ListForUnitAsync(cell.Id, Start(quarter.FirstDay), Start(quarter.LastDay.AddDays(1)), cancellationToken))
                .Where(m => m.Status != MeetingStatus.Cancelled && m.EndsAt <= now).ToList();
            foreach (var month in months)
            {
                var wasHeld = held.Any(m => m.Kind == MeetingKind.Regular && ReportDeadlines.DayOf(m.StartsAt) is var d && d.Year == month.Year && d.Month == month.Month);
                var ended = month.AddMonths(1) <= today;
                monthsDue += ended || wasHeld ? 1 : 0;
                monthsHeld += wasHeld ? 1 : 0;
            }
            thematic += held.Any(m => m.Kind == MeetingKind.Thematic) ? 1 : 0;
            if (await surveys.GetAsync(new SurveyId(cell.Id, quarter), cancellationToken) is { Result: { } result })
            {
                surveyed++;
                good += result is { Rated: true, Band: SurveyBand.Good } ? 1 : 0;
            }
            foreach (var report in await reports.ListAsync(cell.Id, quarter.FirstDay, quarter.LastDay, cancellationToken))
            {
                if (report.Status == ReportStatus.Withdrawn || report.DueOn > today)
                {
                    continue;
                }
                dueReports++;
                onTime += report.Status is ReportStatus.Submitted or ReportStatus.Accepted && report.WorkingDaysLate == 0 ? 1 : 0;
            }
        }
        var inSubtree = cells.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var visits = (await assignments.ListQuarterAsync(new Core.CommitteeAttendance.Quarter(quarter.Year, quarter.Number), cancellationToken))
            .Where(a => inSubtree.Contains(a.UnitId) && (a.IsRecorded || a.IsLive && a.StartsAt <= now)).ToList();
        return (cells.Count,
        [
            new TargetFigure(ReportTexts.TargetMonthly, ReportTexts.TargetMonthlyShort, monthsHeld, monthsDue, targets.MonthlyMeetingsPercent),
            new TargetFigure(ReportTexts.TargetThematic, ReportTexts.TargetThematicShort, thematic, quarter.LastDay <= today || thematic > 0 ? cells.Count : 0, targets.ThematicPercent),
            new TargetFigure(ReportTexts.TargetGood, ReportTexts.TargetGoodShort, good, surveyed, targets.RatedGoodPercent),
            new TargetFigure(ReportTexts.TargetCommittee, ReportTexts.TargetCommitteeShort, visits.Count(a => a.State == AssignmentState.Attended), visits.Count, targets.CommitteeAttendancePercent),
            new TargetFigure(ReportTexts.TargetOnTime, ReportTexts.TargetOnTimeShort, onTime, dueReports, targets.ReportsOnTimePercent),
        ]);
    }

    private static DateTimeOffset Start(DateOnly day) => RegularSlotRule.ToUtc(day, TimeOnly.MinValue);
}
