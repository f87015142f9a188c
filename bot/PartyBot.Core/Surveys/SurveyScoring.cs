namespace PartyBot.Core.Surveys;

/// <summary>Scores ballots: a criterion gives Points × rating / ScaleMax; the chi bộ's score is the mean of the ballots' totals, to one decimal.</summary>
public static class SurveyScoring
{
    public static double Total(Ballot ballot, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(options);
        return options.CriteriaInUse.Sum(c => Points(c, ballot, options));
    }

    public static SurveyResult Result(IReadOnlyCollection<Ballot> ballots, int summoned, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        var rated = ballots.Count >= options.MinBallots && ballots.Count * 100.0 >= options.MinTurnoutPercent * summoned;
        if (!rated)
        {
            return new SurveyResult(ballots.Count, summoned, false, null, null, []);
        }
        var criteria = options.CriteriaInUse
            .Select(c => new CriterionScore(c.Id, c.Title, c.Points, Math.Round(ballots.Average(b => Points(c, b, options)), 1, MidpointRounding.AwayFromZero)))
            .ToList();
        var score = Math.Round(ballots.Average(b => Total(b, options)), 1, MidpointRounding.AwayFromZero);
        return new SurveyResult(ballots.Count, summoned, true, score, options.BandOf(score), criteria);
    }

    private static double Points(SurveyCriterion criterion, Ballot ballot, SurveyOptions options) =>
        ballot.Ratings.TryGetValue(criterion.Id, out var rating) ? (double)criterion.Points * rating / options.ScaleMax : 0;
}
