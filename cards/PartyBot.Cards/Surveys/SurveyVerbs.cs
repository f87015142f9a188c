namespace PartyBot.Cards.Surveys;

/// <summary>
/// The ballot card's verb and input ids. Data carries the unit and the quarter ("2026-Q4"), never the voter: the server
/// takes the voter from the turn and re-checks everything.
/// </summary>
public static class SurveyVerbs
{
    public const string Vote = "survey.vote";

    public const string UnitIdKey = "unitId";
    public const string SurveyIdKey = "surveyId";

    /// <summary>Inputs whose id starts so are ratings: "rate.{criterion id}".</summary>
    public const string RatingPrefix = "rate.";

    public const string CommentInput = "surveyComment";

    public static string RatingInput(string criterionId) => RatingPrefix + criterionId;
}

/// <summary>"kết quả khảo sát": the page buttons' verb and data (the quarter "2026-Q4" and the page); the scope comes from the caller.</summary>
public static class SurveyOverviewVerbs
{
    public const string Page = "survey.overview.page";

    public const string QuarterKey = "quarter";
}
