using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Surveys;

/// <summary>
/// "Kết quả khảo sát": posted to the chi bộ's conversation at the close: turnout, and when enough voted the score (of
/// 100), the band and each criterion's mean; below the minimum turnout it says the chi bộ is not rated. Counts only:
/// nothing about who voted or how.
/// </summary>
public static class SurveyResultsCard
{
    public static AdaptiveCard Build(SurveyResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var result = view.Result;
        var outcome = result is { Rated: true, Score: { } score, Band: { } band }
            ? $"{SurveyCardTexts.Score(score)}, {SurveyCardTexts.Band(band)}"
            : SurveyCardTexts.NotRated(view.MinTurnoutPercent, view.MinBallots);
        return new AdaptiveCard
        {
            FallbackText = SurveyCardTexts.ResultsFallback(view.UnitName, view.Survey.Quarter, outcome),
            Body =
            [
                Banner(SurveyCardTexts.ResultsTitle, SurveyCardTexts.Subtitle(view.UnitName, view.Survey.Quarter)),
                Fact(SurveyCardTexts.FactPeriod, $"{AttendanceFormat.Date(view.OpenedAt)} – {AttendanceFormat.Date(view.ClosedAt)}", spacing: Spacing.Medium),
                Fact(SurveyCardTexts.FactTurnout, SurveyCardTexts.Turnout(result.Ballots, result.Summoned, result.TurnoutPercent)),
                .. result is { Rated: true, Score: { } s, Band: { } b }
                    ?
                    [
                        Fact(SurveyCardTexts.FactScore, SurveyCardTexts.Score(s), strong: true),
                        Fact(SurveyCardTexts.FactBand, SurveyCardTexts.Band(b), strong: true),
                        Section(SurveyCardTexts.BreakdownHeading),
                        .. result.Criteria.Select(c => (CardElement)CriterionRow(c.Title, SurveyCardTexts.Points(c.Mean, c.Points))),
                        Subtle(SurveyCardTexts.ResultsFootnote, Spacing.Medium),
                    ]
                    : new CardElement[] { Notice(outcome, NoticeTone.Warning) },
                Subtle(SurveyCardTexts.Anonymous, Spacing.Medium),
            ],
        };
    }

    /// <summary>A criterion's title (long: the room) and its mean points (short, on the right).</summary>
    private static ColumnSet CriterionRow(string title, string points) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = ColumnWidth.Stretch, Items = [new RichTextBlock { Inlines = [new TextRun { Text = title, IsSubtle = true }] }] },
            new Column { Width = ColumnWidth.Auto, Items = [new RichTextBlock { Inlines = [new TextRun { Text = points }], HorizontalAlignment = HorizontalAlignment.Right }] },
        ],
    };
}
