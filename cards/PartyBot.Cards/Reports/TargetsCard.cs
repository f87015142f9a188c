using PartyBot.Cards.AdaptiveCards;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Reports;

/// <summary>"Tổng hợp chỉ tiêu": each of the seeds' targets for the chi bộ overseen in the quarter, achieved against target.</summary>
public static class TargetsCard
{
    public static AdaptiveCard Build(TargetsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new AdaptiveCard
        {
            FallbackText = ReportCardTexts.Fallback(ReportCardTexts.TargetsTitle, view.RootName),
            Body =
            [
                Banner(ReportCardTexts.TargetsTitle, ReportCardTexts.Period(view.PeriodLabel, view.RootName)),
                .. view.Figures.Select(f => (CardElement)new ColumnSet
                {
                    Spacing = Spacing.Medium,
                    Columns =
                    [
                        new Column { Width = ColumnWidth.Weight(3), Items = [new TextBlock { Text = f.Title, Wrap = true }] },
                        new Column
                        {
                            Width = ColumnWidth.Weight(3),
                            Items = [new TextBlock { Text = ReportCardTexts.TargetValue(f), Wrap = true, Weight = TextWeight.Bolder, Color = f.Total == 0 ? TextColor.Default : f.Met ? TextColor.Good : TextColor.Attention }],
                        },
                    ],
                }),
                .. view.ChartUrl is { } chart ? new CardElement[] { new Image { Url = chart, AltText = ReportCardTexts.Chart, Size = ImageSize.Stretch } } : [],
                Subtle(ReportCardTexts.TargetsFootnote, Spacing.Medium),
            ],
            Actions = view.CsvUrl is { } csv ? [new OpenUrlAction { Title = ReportCardTexts.DownloadCsv, Url = csv }] : null,
        };
    }
}
