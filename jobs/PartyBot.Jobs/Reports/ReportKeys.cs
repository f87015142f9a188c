using System.Globalization;
using PartyBot.Core.Reports;

namespace PartyBot.Jobs.Reports;

/// <summary>
/// The outbox keys of the report messages: one per rung of the ladder and round (a return starts a new round), one per
/// told person per escalation, one review card per office member per submission, one returned notice per round.
/// </summary>
public static class ReportKeys
{
    public const string ReminderKind = "report-reminder";
    public const string EscalationKind = "report-escalation";
    public const string ReviewKind = "report-review";
    public const string ReturnedKind = "report-returned";

    public const string BeforeRung = "before";
    public const string DueRung = "due";
    public const string FollowRung = "follow";
    public const string StandingRung = "standing";

    public static string OverdueRung(int workingDays) => "overdue-" + workingDays.ToString(CultureInfo.InvariantCulture);

    public static string Reminder(ReportObligation report, string rung) => $"{ReminderKind}/{Of(report)}/{rung}";

    public static string Escalation(ReportObligation report, string rung, string memberId) => $"{EscalationKind}/{Of(report)}/{rung}/{memberId}";

    public static string Review(ReportObligation report, string memberId) => $"{ReviewKind}/{Of(report)}/{memberId}";

    public static string Returned(ReportObligation report) => $"{ReturnedKind}/{Of(report)}";

    private static string Of(ReportObligation report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{report.UnitId}/{report.Id}/{report.Round.ToString(CultureInfo.InvariantCulture)}";
    }
}
