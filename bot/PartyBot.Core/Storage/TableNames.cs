namespace PartyBot.Core.Storage;

/// <summary>Every table PartyBot uses; all are created at start.</summary>
public static class TableNames
{
    public const string Conversations = "Conversations";
    public const string ProcessedActivities = "ProcessedActivities";
    public const string Claims = "Claims";
    public const string Units = "Units";
    public const string Members = "Members";
    public const string MemberIndex = "MemberIndex";
    public const string CalendarOverrides = "CalendarOverrides";
    public const string Meetings = "Meetings";
    public const string Attendance = "Attendance";
    public const string RollCalls = "RollCalls";
    public const string AttendanceHistory = "AttendanceHistory";
    public const string Outbox = "Outbox";
    public const string CommitteeAssignments = "CommitteeAssignments";
    public const string CommitteeUnavailability = "CommitteeUnavailability";
    public const string Surveys = "Surveys";
    public const string SurveyBallots = "SurveyBallots";
    public const string CalendarFeedTokens = "CalendarFeedTokens";
    public const string CalendarFeedSequences = "CalendarFeedSequences";
    public const string Reports = "Reports";
    public const string MeetingDays = "MeetingDays";
    public const string ReportIndex = "ReportIndex";

    public static IReadOnlyList<string> All { get; } = [Conversations, ProcessedActivities, Claims, Units, Members, MemberIndex, CalendarOverrides, Meetings, Attendance, RollCalls, AttendanceHistory, Outbox, CommitteeAssignments, CommitteeUnavailability, Surveys, SurveyBallots, CalendarFeedTokens, CalendarFeedSequences, Reports, MeetingDays, ReportIndex];
}
