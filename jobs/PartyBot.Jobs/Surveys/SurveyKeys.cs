using PartyBot.Core.Surveys;

namespace PartyBot.Jobs.Surveys;

/// <summary>The outbox keys of a survey's messages: one ballot and at most one reminder per member, one results card per survey.</summary>
public static class SurveyKeys
{
    public const string BallotKind = "survey-ballot";
    public const string ReminderKind = "survey-reminder";
    public const string ResultsKind = "survey-results";

    public static string Ballot(SurveyId survey, string memberId) => $"{BallotKind}/{survey.UnitId}/{survey.Quarter}/{memberId}";

    public static string Reminder(SurveyId survey, string memberId) => $"{ReminderKind}/{survey.UnitId}/{survey.Quarter}/{memberId}";

    public static string Results(SurveyId survey) => $"{ResultsKind}/{survey.UnitId}/{survey.Quarter}";
}
