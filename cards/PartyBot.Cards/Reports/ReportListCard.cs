using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Reports;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Reports;

/// <summary>
/// "Báo cáo gửi cấp trên" (the secretary's "báo cáo"): each report of the unit with its id, due day and state; under
/// each one still owed, "Nộp báo cáo" opens the link form. Answered again after a submission, with the notice on top.
/// </summary>
public static class ReportListCard
{
    public const int MaxRows = 30;

    public static AdaptiveCard Build(ReportListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = view.Lines.OrderBy(l => l.Report.IsOwed ? 0 : 1).ThenBy(l => l.Report.DueOn).ToList();
        return WithinSizeLimit(lines, line => Row(view, line), MaxRows, (rows, left) => new AdaptiveCard
        {
            FallbackText = ReportCardTexts.Fallback(ReportCardTexts.ListTitle, view.UnitName),
            Body =
            [
                Banner(ReportCardTexts.ListTitle, view.UnitName),
                .. Notice(view.Notice, view.NoticeIsError),
                .. lines.Count == 0 ? new CardElement[] { Subtle(ReportCardTexts.NothingOwed, Spacing.Medium) } : rows,
                .. left > 0 ? new CardElement[] { Subtle(ReportCardTexts.AndMore(left)) } : [],
                Subtle(ReportCardTexts.DocumentsStay, Spacing.Medium),
            ],
        });
    }

    private static Container Row(ReportListView view, ReportLine line) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = line.Report.Title, Weight = TextWeight.Bolder, Wrap = true },
            Fact(ReportCardTexts.FactId, line.Report.Id),
            Fact(ReportCardTexts.FactDue, ReportCardTexts.Date(line.Report.DueOn)),
            Fact(ReportCardTexts.FactState, ReportCardTexts.State(line), strong: line.Standing is ReportStanding.Overdue or ReportStanding.Returned),
            .. line.Report is { WasReturned: true, ReturnReason: { } reason } ? new CardElement[] { Fact(ReportCardTexts.FactReason, reason) } : [],
            .. view.CanSubmit && line.Report.IsOwed
                ? new CardElement[] { new ActionSet { Actions = [ReportForms.Submit(view.UnitId, line.Report.Id, view.LinkMaxLength)] } }
                : [],
        ],
    };
}
