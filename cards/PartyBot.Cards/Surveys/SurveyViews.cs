using PartyBot.Core.Surveys;

namespace PartyBot.Cards.Surveys;

public enum BallotState
{
    /// <summary>The blank form.</summary>
    Open,

    /// <summary>The member has voted: the card says so, never how (the chat keeps the card).</summary>
    Recorded,

    Closed,
}

/// <summary>What the ballot card shows one member.</summary>
/// <param name="Notice">A line above the form: the answer to the last vote (an error in red).</param>
/// <param name="IsReminder">The one reminder before the close: the same form, with a line saying so.</param>
public sealed record BallotView(
    string UnitName,
    SurveyId Survey,
    DateTimeOffset ClosesAt,
    IReadOnlyList<SurveyCriterion> Criteria,
    int ScaleMin,
    int ScaleMax,
    int CommentMaxLength,
    bool ChangesAllowed,
    BallotState State,
    string? Notice = null,
    bool NoticeIsError = false,
    bool IsReminder = false)
{
    /// <summary>The survey's ballot with the configured criteria and scale.</summary>
    public static BallotView For(string unitName, Survey survey, BallotState state, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(options);
        return new BallotView(unitName, survey.Id, survey.ClosesAt, options.CriteriaInUse, options.ScaleMin, options.ScaleMax,
            options.CommentMaxLength, options.AllowVoteChanges, state);
    }
}

/// <summary>The chi bộ's result at close, for its conversation.</summary>
public sealed record SurveyResultsView(
    string UnitName,
    SurveyId Survey,
    DateTimeOffset OpenedAt,
    DateTimeOffset ClosedAt,
    SurveyResult Result,
    double MinTurnoutPercent,
    int MinBallots);
