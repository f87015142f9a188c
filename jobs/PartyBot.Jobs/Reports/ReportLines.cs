using PartyBot.Cards.Reports;
using PartyBot.Core.Reports;

namespace PartyBot.Jobs.Reports;

/// <summary>Where a report stands on a day: the card's line, for the ladder, the secretary's list and the dashboard.</summary>
public static class ReportLines
{
    public static async Task<ReportLine> OnAsync(this ReportDeadlines deadlines, ReportObligation report, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(report);
        var overdue = report.IsOwed ? await deadlines.WorkingDaysLateAsync(report.DueOn, today, cancellationToken) : 0;
        var standing = report.Status switch
        {
            ReportStatus.Submitted or ReportStatus.Accepted => report.WorkingDaysLate == 0 ? ReportStanding.OnTime : ReportStanding.Late,
            ReportStatus.Owed when report.WasReturned => ReportStanding.Returned,
            ReportStatus.Owed when overdue > 0 => ReportStanding.Overdue,
            _ => ReportStanding.NotYetDue,
        };
        return new ReportLine(report, standing, overdue);
    }
}
