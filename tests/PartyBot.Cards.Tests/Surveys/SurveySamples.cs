using PartyBot.Cards.Surveys;
using PartyBot.Core.Surveys;

namespace PartyBot.Cards.Tests.Surveys;

/// <summary>The quarter IV/2026 survey of one chi bộ (sample data): open from 01/12/2026 10:30 to 08/12/2026 10:30; 9 of 12 voted.</summary>
internal static class SurveySamples
{
    public const string UnitName = "Chi bộ Văn phòng Sở Tài chính";

    public static SurveyId Survey { get; } = new("CB-VP01", new Quarter(2026, 4));

    public static DateTimeOffset OpenedAt { get; } = new(2026, 12, 1, 10, 30, 0, TimeSpan.FromHours(7));

    public static SurveyOptions Options { get; } = new();

    public static BallotView Open { get; } = new(
        UnitName, Survey, OpenedAt.AddDays(7), Options.CriteriaInUse, Options.ScaleMin, Options.ScaleMax, Options.CommentMaxLength, true, BallotState.Open);

    public static BallotView Reminder { get; } = Open with { IsReminder = true };

    public static BallotView Recorded { get; } = Open with { State = BallotState.Recorded, Notice = SurveyTexts.Recorded };

    public static BallotView Refused { get; } = Open with { Notice = SurveyTexts.OutOfRange("Công tác chuẩn bị sinh hoạt", 1, 5), NoticeIsError = true };

    public static BallotView Closed { get; } = Open with { State = BallotState.Closed, Notice = SurveyTexts.Closed, NoticeIsError = true };

    public static SurveyResult RatedResult { get; } = SurveyScoring.Result(
        [
            .. Enumerable.Repeat(Ballot(5), 6),
            Ballot(4),
            Ballot(5, ("results", 4), ("conduct", 4)),
            Ballot(5, ("preparation", 3)),
        ],
        summoned: 12,
        Options);

    public static SurveyResultsView Results { get; } = new(UnitName, Survey, OpenedAt, OpenedAt.AddDays(7), RatedResult, Options.MinTurnoutPercent, Options.MinBallots);

    public static SurveyResultsView NotRated { get; } = Results with { Result = SurveyScoring.Result([Ballot(5), Ballot(4), Ballot(5)], 12, Options) };

    private static Ballot Ballot(int all, params (string Id, int Rating)[] except)
    {
        var ratings = SurveyOptions.DefaultCriteria.ToDictionary(c => c.Id, _ => all);
        foreach (var (id, rating) in except)
        {
            ratings[id] = rating;
        }
        return new Ballot(ratings, null);
    }
}
