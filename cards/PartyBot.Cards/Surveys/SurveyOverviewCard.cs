using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Charts;
using PartyBot.Cards.Common;
using PartyBot.Core.Surveys;
using static PartyBot.Cards.Common.CardLayout;
using Texts = PartyBot.Cards.Surveys.SurveyOverviewCardTexts;

namespace PartyBot.Cards.Surveys;

/// <param name="Scope">What the view covers ("Đảng ủy Khối các cơ quan tỉnh").</param>
/// <param name="Page">The page of the chi bộ list asked for (clamped).</param>
/// <param name="CsvUrl">The "Tải CSV" link, or null for no button.</param>
public sealed record SurveyOverviewView(SurveyOverview Overview, string Scope, int Page = 0, Uri? CsvUrl = null);

/// <summary>
/// "kết quả khảo sát": a bar chart of the two shares against their targets (a small PNG in a data URL), the same figures as
/// text, the count of chi bộ per band, then the chi bộ a page at a time (attention first), with "Tải CSV" for the whole.
/// The chart is about 20 KB of the card's 80 KB; a page of rows is cut further if long names would pass the limit.
/// </summary>
public static class SurveyOverviewCard
{
    public const int UnitsPerPage = 25;

    private static readonly ColumnWidth UnitWidth = ColumnWidth.Weight(4);
    private static readonly ColumnWidth OutcomeWidth = ColumnWidth.Weight(2);
    private static readonly ColumnWidth TurnoutWidth = ColumnWidth.Weight(2);
    private static readonly ColumnWidth ThematicWidth = ColumnWidth.Weight(1);

    public static AdaptiveCard Build(SurveyOverviewView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var o = view.Overview;
        var page = CardPaging.Page(o.Units, view.Page, UnitsPerPage);
        var ids = new Dictionary<string, string> { [SurveyOverviewVerbs.QuarterKey] = o.Quarter.ToString() };
        CardElement[] chart = o.Cells == 0 ? [] : [new Image { Url = new Uri(BarChart.Render(Chart(o))), AltText = Texts.ChartAlt(o), Size = ImageSize.Stretch, Spacing = Spacing.Medium }];
        return WithinSizeLimit(page.Items, Row, UnitsPerPage, (shown, hidden) => new AdaptiveCard
        {
            FallbackText = Texts.Fallback(o),
            Body =
            [
                Banner(Texts.Title, Texts.Subtitle(o.Quarter, view.Scope)),
                .. chart,
                Fact(Texts.GoodLabel, Texts.Share(o.Good, o.Cells, o.GoodPercent, o.GoodTargetPercent, o.GoodTargetMet), strong: true, spacing: Spacing.Medium),
                Fact(Texts.ThematicLabel, Texts.Share(o.HeldThematic, o.Cells, o.ThematicPercent, o.ThematicTargetPercent, o.ThematicTargetMet), strong: true),
                Section(Texts.BandsHeading),
                Tiles(
                [
                    new(SurveyOverviewTexts.Band(SurveyBand.Good), o.Count(SurveyBand.Good), TextColor.Good),
                    new(SurveyOverviewTexts.Band(SurveyBand.Fair), o.Count(SurveyBand.Fair)),
                    new(SurveyOverviewTexts.Band(SurveyBand.Average), o.Count(SurveyBand.Average), TextColor.Attention),
                    new(SurveyOverviewTexts.Band(SurveyBand.Poor), o.Count(SurveyBand.Poor), TextColor.Attention),
                ], columns: 4, spacing: Spacing.Small),
                Tiles(
                [
                    new(Texts.TileNotEnough, o.Count(UnitSurveyState.NotEnoughBallots)),
                    new(Texts.TileInProgress, o.Count(UnitSurveyState.InProgress)),
                    new(Texts.TileNoSurvey, o.Count(UnitSurveyState.NoSurvey)),
                ], columns: 4, spacing: Spacing.Small),
                .. o.Cells == 0 ? [Subtle(Texts.NoCells, Spacing.Medium)] : PageLine(page),
                .. o.Cells == 0 ? Array.Empty<CardElement>() : [Header(), .. shown],
                .. hidden > 0 ? [Subtle(Texts.MoreOnPage(hidden))] : Array.Empty<CardElement>(),
                .. CardPaging.Buttons(page, SurveyOverviewVerbs.Page, ids) is { } buttons ? [buttons] : Array.Empty<CardElement>(),
                Subtle(Texts.Note, Spacing.Medium),
                .. view.CsvUrl is { } csv ? [new ActionSet { Actions = [new OpenUrlAction { Title = Texts.DownloadCsv, Url = csv }] }] : Array.Empty<CardElement>(),
            ],
        });
    }

    /// <summary>The chart alone: two bars, each against its own target.</summary>
    public static BarChartSpec Chart(SurveyOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return new BarChartSpec
        {
            Title = Texts.ChartTitle(overview.Quarter, overview.Cells),
            Bars =
            [
                new ChartBar(Texts.GoodLabel, overview.GoodPercent, Target: overview.GoodTargetPercent),
                new ChartBar(Texts.ThematicLabel, overview.ThematicPercent, Target: overview.ThematicTargetPercent),
            ],
            TargetWord = Texts.ChartWord,
        };
    }

    private static IEnumerable<CardElement> PageLine(ListPage<UnitSurveyRow> page) =>
        [Section(page.IsPaged ? PagingTexts.Range(page.Index + 1, page.Count, Texts.UnitsWhat, page.FirstNumber, page.LastNumber, page.Total) : Texts.UnitsHeading)];

    private static ColumnSet Header() => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = UnitWidth, Items = [HeaderCell(Texts.ColumnUnit)] },
            new Column { Width = OutcomeWidth, Items = [HeaderCell(Texts.ColumnOutcome)] },
            new Column { Width = TurnoutWidth, Items = [HeaderCell(Texts.ColumnTurnout)] },
            new Column { Width = ThematicWidth, Items = [HeaderCell(Texts.ColumnThematic)] },
        ],
    };

    private static ColumnSet Row(UnitSurveyRow row) => new()
    {
        Separator = true,
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = UnitWidth, Items = [new RichTextBlock { Inlines = [new TextRun { Text = row.UnitName }, new TextRun { Text = " · " + row.UnitId, IsSubtle = true, Size = TextSize.Small }] }] },
            new Column { Width = OutcomeWidth, Items = [new RichTextBlock { Inlines = [new TextRun { Text = Texts.OutcomeWithScore(row), Color = ColorOf(row), Weight = TextWeight.Bolder }] }] },
            new Column { Width = TurnoutWidth, Items = [new RichTextBlock { Inlines = [new TextRun { Text = Texts.Turnout(row), Size = TextSize.Small }] }] },
            new Column { Width = ThematicWidth, Items = [new RichTextBlock { Inlines = [new TextRun { Text = Texts.Thematic(row.HeldThematic), Color = row.HeldThematic ? TextColor.Good : TextColor.Attention, Size = TextSize.Small }] }] },
        ],
    };

    /// <summary>
    /// Red for what needs attention (Trung bình, Kém), the default colour otherwise: the words say the rest. Teams' good
    /// and warning text colours (light green, pale yellow) barely read on white in a line of small text.
    /// </summary>
    private static TextColor ColorOf(UnitSurveyRow row) => row is { State: UnitSurveyState.Rated, Band: SurveyBand.Average or SurveyBand.Poor }
        ? TextColor.Attention
        : TextColor.Default;
}
