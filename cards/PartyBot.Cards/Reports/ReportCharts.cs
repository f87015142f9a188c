using PartyBot.Cards.Charts;
using PartyBot.Core.Reports;

namespace PartyBot.Cards.Reports;

/// <summary>The dashboard's chart images (data: URLs from <see cref="BarChart"/>), drawn from the same views as the cards.</summary>
public static class ReportCharts
{
    /// <summary>The share of the period's reports in each status; null when there are none.</summary>
    public static Uri? Status(ReportDashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = view.Units.SelectMany(u => u.Lines).ToList();
        if (lines.Count == 0)
        {
            return null;
        }
        double Share(ReportStanding s) => 100.0 * lines.Count(l => l.Standing == s) / lines.Count;
        return new Uri(BarChart.Render(new BarChartSpec
        {
            Title = ReportCardTexts.ChartStatusTitle(view.PeriodLabel),
            Bars =
            [
                new ChartBar(ReportCardTexts.TiledOnTime, Share(ReportStanding.OnTime), Color: "#2E7D32"),
                new ChartBar(ReportCardTexts.TiledLate, Share(ReportStanding.Late), Color: "#EF6C00"),
                new ChartBar(ReportCardTexts.TiledOverdue, Share(ReportStanding.Overdue), Color: "#C62828"),
                new ChartBar(ReportCardTexts.TiledReturned, Share(ReportStanding.Returned), Color: "#AD1457"),
                new ChartBar(ReportCardTexts.TiledNotDue, Share(ReportStanding.NotYetDue), Color: "#607D8B"),
            ],
        }));
    }

    /// <summary>Each target with data, as a bar against its own target mark; null when none has data.</summary>
    public static Uri? Targets(TargetsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var bars = view.Figures.Where(f => f.Total > 0).Select(f => new ChartBar(f.ShortTitle, f.Percent, f.TargetPercent)).ToList();
        return bars.Count == 0 ? null : new Uri(BarChart.Render(new BarChartSpec { Title = ReportCardTexts.ChartTargetsTitle(view.PeriodLabel), Bars = bars }));
    }
}
