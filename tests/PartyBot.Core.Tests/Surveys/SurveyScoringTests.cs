using PartyBot.Core.Surveys;

namespace PartyBot.Core.Tests.Surveys;

public sealed class SurveyScoringTests
{
    private static readonly SurveyOptions Defaults = new();

    /// <summary>A ballot with every criterion at <paramref name="all"/>, except those named.</summary>
    internal static Ballot BallotOf(int all, params (string Id, int Rating)[] except)
    {
        var ratings = SurveyOptions.DefaultCriteria.ToDictionary(c => c.Id, _ => all, StringComparer.Ordinal);
        foreach (var (id, rating) in except)
        {
            ratings[id] = rating;
        }
        return new Ballot(ratings, null);
    }

    [Theory]
    [InlineData(5, 100)]
    [InlineData(4, 80)]
    [InlineData(3, 60)]
    [InlineData(1, 20)]
    public void Total_SameRatingEverywhere_PointsTimesRatingOverTheTop(int rating, double expected) =>
        Assert.Equal(expected, SurveyScoring.Total(BallotOf(rating), Defaults), 6);

    [Fact]
    public void Total_WeightsCount_ConductAndResultsWeighThirtyEach()
    {
        // Conduct (30) and results (30) at 3 instead of 5 lose 2 × 30 × 2/5 = 24; time (5) at 1 loses 5 × 4/5 = 4.
        Assert.Equal(76, SurveyScoring.Total(BallotOf(5, ("conduct", 3), ("results", 3)), Defaults), 6);
        Assert.Equal(96, SurveyScoring.Total(BallotOf(5, ("time", 1)), Defaults), 6);
    }

    [Fact]
    public void Result_CraftedBallots_MeanOfTotalsPerCriterionMeansAndBand()
    {
        Ballot[] ballots = [BallotOf(5), BallotOf(5), BallotOf(4), BallotOf(5, ("results", 1))];

        var result = SurveyScoring.Result(ballots, summoned: 5, Defaults);

        // Totals 100, 100, 80, 76 → mean 89; results: (30 + 30 + 24 + 6) / 4 = 22.5; conduct (30 + 30 + 24 + 30) / 4 = 28.5.
        Assert.True(result.Rated);
        Assert.Equal(89, result.Score);
        Assert.Equal(SurveyBand.Fair, result.Band);
        Assert.Equal(22.5, result.Criteria.Single(c => c.Id == "results").Mean);
        Assert.Equal(28.5, result.Criteria.Single(c => c.Id == "conduct").Mean);
        Assert.Equal(SurveyOptions.DefaultCriteria.Select(c => c.Id), result.Criteria.Select(c => c.Id));
        Assert.Equal(80, result.TurnoutPercent);
    }

    [Theory]
    [InlineData(100, SurveyBand.Good)]
    [InlineData(90, SurveyBand.Good)]
    [InlineData(89.9, SurveyBand.Fair)]
    [InlineData(70, SurveyBand.Fair)]
    [InlineData(69.9, SurveyBand.Average)]
    [InlineData(50, SurveyBand.Average)]
    [InlineData(49.9, SurveyBand.Poor)]
    [InlineData(20, SurveyBand.Poor)]
    public void BandOf_ScoresAtAndAroundTheThresholds_TheDomainBands(double score, SurveyBand expected) =>
        Assert.Equal(expected, Defaults.BandOf(score));

    [Fact]
    public void Result_ExactlyNinety_RatedGood()
    {
        var result = SurveyScoring.Result([BallotOf(5), BallotOf(4)], summoned: 2, new SurveyOptions { MinBallots = 2 });

        Assert.Equal((90.0, SurveyBand.Good), (result.Score!.Value, result.Band!.Value));
    }

    [Theory]
    [InlineData(4, 10, false)] // 40 % < 50 %
    [InlineData(5, 10, true)] // 50 %, 5 ballots
    [InlineData(2, 3, false)] // 67 % but fewer than 3 ballots
    [InlineData(3, 3, true)]
    public void Result_TurnoutAgainstTheMinimum_BelowIsMarkedAndNotRated(int ballots, int summoned, bool rated)
    {
        var result = SurveyScoring.Result([.. Enumerable.Repeat(BallotOf(5), ballots)], summoned, Defaults);

        Assert.Equal(rated, result.Rated);
        Assert.Equal(ballots, result.Ballots);
        if (!rated)
        {
            Assert.Null(result.Score);
            Assert.Null(result.Band);
            Assert.Empty(result.Criteria);
        }
    }

    [Fact]
    public void Result_OtherScaleConfigured_TopRatingStillGivesOneHundred()
    {
        var options = new SurveyOptions { ScaleMin = 0, ScaleMax = 10, MinBallots = 1 };
        var ballot = new Ballot(SurveyOptions.DefaultCriteria.ToDictionary(c => c.Id, _ => 10), null);

        Assert.Equal(100, SurveyScoring.Result([ballot], 1, options).Score);
    }
}
