using PartyBot.Core.Reports;

namespace PartyBot.Cards.Reports;

/// <summary>A unit's report as a card shows it: the row and where it stands today.</summary>
public sealed record ReportLine(ReportObligation Report, ReportStanding Standing, int WorkingDaysOverdue)
{
    /// <summary>"Quá hạn 3 ngày làm việc", as the cards write it.</summary>
    public string StateText => ReportCardTexts.State(this);
}

/// <summary>The secretary's list ("báo cáo"): what the unit owes and what it has sent. <paramref name="CanSubmit"/>: the form under each owed report.</summary>
public sealed record ReportListView(string UnitId, string UnitName, IReadOnlyList<ReportLine> Lines, bool CanSubmit, int LinkMaxLength, string? Notice = null, bool NoticeIsError = false);

/// <summary>A rung of the ladder to the secretary: before, on or after the due day, with the submit form.</summary>
public sealed record ReportReminderView(string UnitName, ReportLine Line, int LinkMaxLength);

/// <summary>An escalation to those who follow the unit, the office or the standing committee.</summary>
public sealed record ReportEscalationView(string UnitName, string UnitPath, ReportLine Line, string? SecretaryName, bool Standing);

/// <summary>A submission for the office to review (accept, or return with a reason); <paramref name="Notice"/> after a click.</summary>
public sealed record ReportReviewView(string UnitName, ReportObligation Report, string? SubmitterName, int ReasonMaxLength, string? Notice = null, bool NoticeIsError = false);

/// <summary>A returned report, for the secretary: the reason and the new due day.</summary>
public sealed record ReportReturnedView(string UnitName, ReportObligation Report, int LinkMaxLength);

/// <summary>One unit of the dashboard: its reports of the period and how they stand.</summary>
public sealed record UnitReportStatus(string UnitId, string UnitName, IReadOnlyList<ReportLine> Lines);

/// <summary>"Tình hình báo cáo": per period, the units by status, and the overdue list with who was told.</summary>
public sealed record ReportDashboardView(string RootName, string PeriodLabel, IReadOnlyList<UnitReportStatus> Units, Uri? ChartUrl = null, Uri? CsvUrl = null);

/// <summary>One target of "tổng hợp": achieved of total against the target percent; <paramref name="ShortTitle"/> under its bar.</summary>
public sealed record TargetFigure(string Title, string ShortTitle, int Achieved, int Total, double TargetPercent)
{
    public double Percent => Total == 0 ? 0 : 100.0 * Achieved / Total;

    public bool Met => Total > 0 && Percent + 1e-9 >= TargetPercent;
}

/// <summary>"Tổng hợp": the seeds' targets for the units overseen, in a quarter.</summary>
public sealed record TargetsView(string RootName, string PeriodLabel, int Cells, IReadOnlyList<TargetFigure> Figures, Uri? ChartUrl = null, Uri? CsvUrl = null);
