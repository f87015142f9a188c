using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Reports;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Reports;

/// <summary>
/// "Tình hình báo cáo" (the office's dashboard): the period's reports of the units overseen by status (on time, late,
/// overdue, returned, not yet due), then the overdue and returned ones, most late first, with working days late and
/// who the ladder has told.
/// </summary>
public static class ReportDashboardCard
{
    public const int MaxRows = 40;

    public static AdaptiveCard Build(ReportDashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var all = view.Units.SelectMany(u => u.Lines.Select(l => (Unit: u, Line: l))).ToList();
        int Count(ReportStanding s) => all.Count(x => x.Line.Standing == s);
        var behind = all.Where(x => x.Line.Standing is ReportStanding.Overdue or ReportStanding.Returned)
            .OrderByDescending(x => x.Line.WorkingDaysOverdue).ThenBy(x => x.Unit.UnitName, StringComparer.Ordinal).ToList();
        return WithinSizeLimit(behind, x => Row(x.Unit, x.Line), MaxRows, (rows, left) => new AdaptiveCard
        {
            FallbackText = ReportCardTexts.Fallback(ReportCardTexts.DashboardTitle, view.RootName),
            Body =
            [
                Banner(ReportCardTexts.DashboardTitle, ReportCardTexts.Period(view.PeriodLabel, view.RootName)),
                Tiles(
                [
                    new Tile(ReportCardTexts.TiledOnTime, Count(ReportStanding.OnTime), TextColor.Good),
                    new Tile(ReportCardTexts.TiledLate, Count(ReportStanding.Late), TextColor.Warning),
                    new Tile(ReportCardTexts.TiledOverdue, Count(ReportStanding.Overdue), TextColor.Attention),
                    new Tile(ReportCardTexts.TiledReturned, Count(ReportStanding.Returned), TextColor.Attention),
                    new Tile(ReportCardTexts.TiledNotDue, Count(ReportStanding.NotYetDue), TextColor.Default),
                ], 5),
                .. view.ChartUrl is { } chart ? new CardElement[] { new Image { Url = chart, AltText = ReportCardTexts.Chart, Size = ImageSize.Stretch } } : [],
                Section(ReportCardTexts.OverdueHeading),
                .. behind.Count == 0 ? new CardElement[] { Subtle(ReportCardTexts.NoOverdue) } : rows,
                .. left > 0 ? new CardElement[] { Subtle(ReportCardTexts.AndMore(left)) } : [],
            ],
            Actions = view.CsvUrl is { } csv ? [new OpenUrlAction { Title = ReportCardTexts.DownloadCsv, Url = csv }] : null,
        });
    }

    private static Container Row(UnitReportStatus unit, ReportLine line) => new()
    {
        Spacing = Spacing.Small,
        Items =
        [
            new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = unit.UnitName, Weight = TextWeight.Bolder },
                    new TextRun { Text = $" · {line.Report.Title} · {ReportCardTexts.State(line)}" },
                ],
            },
            Subtle(ReportCardTexts.Told(line.Report.ToldSoFar), Spacing.None),
        ],
    };
}
