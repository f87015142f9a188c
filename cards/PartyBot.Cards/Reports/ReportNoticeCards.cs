using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Reports;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Reports;

/// <summary>The ladder's and the desk's 1:1 cards: the reminder, the escalation, the office's review, the returned report.</summary>
public static class ReportNoticeCards
{
    /// <summary>To the secretary, at each rung: what is due and when, with the submit form.</summary>
    public static AdaptiveCard Reminder(ReportReminderView view, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(view);
        var report = view.Line.Report;
        return new AdaptiveCard
        {
            FallbackText = ReportCardTexts.Reminder(view.Line, today),
            Body =
            [
                Banner(ReportCardTexts.ReminderTitle, view.UnitName),
                new TextBlock { Text = ReportCardTexts.Reminder(view.Line, today), Wrap = true, Spacing = Spacing.Medium, Color = view.Line.WorkingDaysOverdue > 0 ? TextColor.Attention : TextColor.Default },
                .. Facts(view.Line),
                Subtle(ReportCardTexts.DocumentsStay, Spacing.Medium),
            ],
            Actions = [ReportForms.Submit(report.UnitId, report.Id, view.LinkMaxLength)],
        };
    }

    /// <summary>To the committee members who follow the unit and its office (5 working days), or the standing committee (10).</summary>
    public static AdaptiveCard Escalation(ReportEscalationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new AdaptiveCard
        {
            FallbackText = ReportCardTexts.Escalation(view.UnitName, view.Line),
            Body =
            [
                Banner(ReportCardTexts.EscalationTitle, view.UnitPath),
                new TextBlock { Text = ReportCardTexts.Escalation(view.UnitName, view.Line), Wrap = true, Spacing = Spacing.Medium, Weight = TextWeight.Bolder, Color = TextColor.Attention },
                .. Facts(view.Line),
                Fact(ReportCardTexts.FactSecretary, view.SecretaryName ?? ReportCardTexts.NoSecretary),
                Subtle(view.Standing ? ReportCardTexts.EscalationStanding : ReportCardTexts.EscalationFollowers, Spacing.Medium),
            ],
        };
    }

    /// <summary>To the office, when a report is submitted: open the document, accept it, or return it with a reason.</summary>
    public static AdaptiveCard Review(ReportReviewView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var report = view.Report;
        var open = report.Status == ReportStatus.Submitted;
        return new AdaptiveCard
        {
            FallbackText = ReportCardTexts.ReviewFallback(view.UnitName, report.Title),
            Body =
            [
                Banner(ReportCardTexts.ReviewTitle, view.UnitName),
                .. Notice(view.Notice, view.NoticeIsError),
                Fact(ReportCardTexts.FactReport, report.Title, strong: true, spacing: Spacing.Medium),
                Fact(ReportCardTexts.FactId, report.Id),
                Fact(ReportCardTexts.FactDue, ReportCardTexts.Date(report.DueOn)),
                .. report.SubmittedAt is { } at
                    ? new CardElement[] { Fact(ReportCardTexts.FactSubmitted, $"{Attendance.AttendanceFormat.Date(at)} {Attendance.AttendanceFormat.Time(at)} · {view.SubmitterName} · {ReportCardTexts.Submitted(report)}") }
                    : [],
            ],
            Actions = [.. report.Link is { } link ? new CardAction[] { new OpenUrlAction { Title = ReportCardTexts.OpenDocument, Url = link } } : [], .. open ? ReportForms.Review(report.UnitId, report.Id, view.ReasonMaxLength) : []],
        };
    }

    /// <summary>To the secretary, when the office returns a report: the reason, the new due day and the form again.</summary>
    public static AdaptiveCard Returned(ReportReturnedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var report = view.Report;
        return new AdaptiveCard
        {
            FallbackText = ReportCardTexts.Returned(report),
            Body =
            [
                Banner(ReportCardTexts.ReturnedTitle, view.UnitName),
                Notice(ReportCardTexts.Returned(report), NoticeTone.Warning),
                Fact(ReportCardTexts.FactReason, report.ReturnReason ?? "", spacing: Spacing.Medium),
                Fact(ReportCardTexts.FactId, report.Id),
                Fact(ReportCardTexts.FactDue, ReportCardTexts.Date(report.DueOn)),
            ],
            Actions = [ReportForms.Submit(report.UnitId, report.Id, view.LinkMaxLength)],
        };
    }

    private static IEnumerable<CardElement> Facts(ReportLine line) =>
    [
        Fact(ReportCardTexts.FactReport, line.Report.Title, strong: true, spacing: Spacing.Medium),
        Fact(ReportCardTexts.FactId, line.Report.Id),
        Fact(ReportCardTexts.FactDue, ReportCardTexts.Date(line.Report.DueOn)),
        Fact(ReportCardTexts.FactState, ReportCardTexts.State(line)),
    ];
}
