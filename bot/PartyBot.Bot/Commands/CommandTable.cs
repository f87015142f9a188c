using PartyBot.Bot.Attendance;
using PartyBot.Bot.CalendarFeeds;
using PartyBot.Bot.CommitteeAttendance;
using PartyBot.Bot.Help;
using PartyBot.Bot.Meetings;
using PartyBot.Bot.Minutes;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Reports;
using PartyBot.Bot.Surveys;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.CalendarFeeds;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Reports;
using PartyBot.Core.Surveys;

namespace PartyBot.Bot.Commands;

/// <summary>Every text command the bot knows, in the order the help card lists them.</summary>
public static class CommandTable
{
    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        CommandDefinition.For<HelpCommand>(["trợ giúp", "help", "hướng dẫn"], "Xem danh sách lệnh và cách dùng PartyBot.", membersOnly: false),
        CommandDefinition.For<ProfileCommand>(["tôi là ai", "hồ sơ"], "Xem hồ sơ của đồng chí: chi bộ, tình trạng đảng viên, chức vụ, các đơn vị phụ trách."),
        CommandDefinition.For<LinkCellCommand>(["liên kết chi bộ"],
            "Bí thư hoặc văn phòng cấp ủy gắn kênh hoặc nhóm chat này với chi bộ, để thông báo của chi bộ gửi về đây.", "liên kết chi bộ CB-VP01", takesArguments: true),
        CommandDefinition.For<MembersCommand>(["thành viên", "danh sách đảng viên"],
            "Bí thư xem danh sách đảng viên của chi bộ; văn phòng cấp ủy xem cây tổ chức kèm số lượng, hoặc một đơn vị theo mã.", "thành viên CB-VP01", takesArguments: true),
        CommandDefinition.For<MeetingListCommand>(["lịch họp"], MeetingFormTexts.MeetingListHelp, MeetingFormTexts.MeetingListExample, takesArguments: true),
        CommandDefinition.For<CalendarFeedCommand>(["lịch của tôi trên outlook", "lịch outlook"], FeedTexts.Help, FeedTexts.Example, takesArguments: true),
        CommandDefinition.For<MyMeetingsCommand>(["lịch", "lịch sinh hoạt"], MeetingFormTexts.MyMeetingsHelp),
        CommandDefinition.For<RollCallCommand>(["điểm danh"], AttendanceTexts.RollCallHelp, AttendanceTexts.RollCallExample, takesArguments: true),
        CommandDefinition.For<AttendanceHistoryCommand>(["chuyên cần", "lịch sử sinh hoạt"], AttendanceTexts.HistoryHelp, AttendanceTexts.HistoryExample, takesArguments: true),
        CommandDefinition.For<MinutesCommand>(["biên bản"], MinutesWords.Help, MinutesWords.Example, takesArguments: true),
        CommandDefinition.For<SpeakingOverviewCommand>(["phát biểu"], SpeakingTexts.SpeakingHelp, SpeakingTexts.SpeakingExample, takesArguments: true),
        CommandDefinition.For<UnavailableCommand>(["bận", "báo bận"], UnavailabilityTexts.Help, UnavailabilityTexts.Example, takesArguments: true),
        CommandDefinition.For<AttendedCommand>(["đã dự"], RecordTexts.AttendedHelp, RecordTexts.AttendedExample, takesArguments: true),
        CommandDefinition.For<MissedCommand>(["không dự được"], RecordTexts.MissedHelp, RecordTexts.MissedExample, takesArguments: true),
        CommandDefinition.For<UnavailabilityListCommand>(["lịch bận"], CommitteeViewTexts.BusyHelp),
        CommandDefinition.For<MyAssignmentsCommand>(["lịch dự họp"], CommitteeViewTexts.MineHelp),
        CommandDefinition.For<ComplianceCommand>(["tình hình dự sinh hoạt"], ComplianceTexts.Help, ComplianceTexts.Example, takesArguments: true),
        CommandDefinition.For<SurveyOverviewCommand>(["kết quả khảo sát"], SurveyOverviewTexts.Help, SurveyOverviewTexts.Example, takesArguments: true),
        CommandDefinition.For<SurveyTurnoutCommand>(["khảo sát"], SurveyTexts.TurnoutHelp, SurveyTexts.TurnoutExample, takesArguments: true),
        CommandDefinition.For<BallotCommand>(["phiếu khảo sát"], SurveyTexts.BallotHelp),
        CommandDefinition.For<ReportListCommand>(["báo cáo"], ReportTexts.ListHelp, ReportTexts.ListExample, takesArguments: true),
        CommandDefinition.For<SubmitReportCommand>(["nộp báo cáo"], ReportTexts.SubmitHelp, ReportTexts.SubmitExample, takesArguments: true),
        CommandDefinition.For<AcceptReportCommand>(["nhận báo cáo"], ReportTexts.AcceptHelp, ReportTexts.AcceptExample, takesArguments: true),
        CommandDefinition.For<ReturnReportCommand>(["trả lại báo cáo"], ReportTexts.ReturnHelp, ReportTexts.ReturnExample, takesArguments: true),
        CommandDefinition.For<AdHocReportCommand>(["yêu cầu báo cáo"], ReportTexts.AdHocHelp, ReportTexts.AdHocExample, takesArguments: true),
        CommandDefinition.For<ReportStatusCommand>(["tình hình báo cáo"], ReportTexts.StatusHelp, ReportTexts.StatusExample, takesArguments: true),
        CommandDefinition.For<TargetsCommand>(["tổng hợp"], ReportTexts.TargetsHelp, ReportTexts.TargetsExample, takesArguments: true),
    ];
}
