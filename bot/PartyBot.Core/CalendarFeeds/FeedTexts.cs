using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.CalendarFeeds;

/// <summary>The Vietnamese words of the calendar feed and of "lịch của tôi trên Outlook".</summary>
public static class FeedTexts
{
    public static string CalendarName(string? cellName) => cellName is null ? "Lịch sinh hoạt đảng (PartyBot)" : $"Lịch sinh hoạt {cellName} (PartyBot)";

    public const string Online = "Trực tuyến";

    public static string MeetingSummary(Meeting meeting, string unitName) => meeting.Kind == MeetingKind.Thematic
        ? $"Sinh hoạt chuyên đề {unitName}" + (string.IsNullOrWhiteSpace(meeting.Topic) ? "" : $": {meeting.Topic.Trim()}")
        : $"Sinh hoạt chi bộ định kỳ — {unitName}";

    public static string MeetingDescription(Meeting meeting, string unitName) =>
        (meeting.Status == MeetingStatus.Cancelled ? "Buổi sinh hoạt này đã bị hủy.\n" : "")
        + $"{unitName}." + (string.IsNullOrWhiteSpace(meeting.Topic) ? "" : $"\nNội dung: {meeting.Topic.Trim()}")
        + "\nChương trình và điểm danh trên Microsoft Teams (PartyBot).";

    public static string AssignmentSummary(string unitName) => $"Dự sinh hoạt {unitName} (cấp ủy viên cấp trên)";

    public static string AssignmentDescription(Meeting meeting, string unitName, MyAssignmentState state) => state switch
    {
        MyAssignmentState.Declined => $"Đồng chí đã báo không dự buổi sinh hoạt của {unitName}.",
        MyAssignmentState.Pending => $"Được phân công dự sinh hoạt {unitName}; xin xác nhận trên Teams (lệnh “lịch dự họp”).",
        _ => meeting.Status == MeetingStatus.Cancelled ? $"Buổi sinh hoạt của {unitName} đã bị hủy." : $"Đồng chí đã xác nhận dự sinh hoạt {unitName}.",
    };

    public const string Help = "Nhận đường liên kết riêng để xem lịch sinh hoạt của chi bộ (và lịch dự họp của cấp ủy viên) trong Outlook hoặc lịch Teams; gõ kèm “đổi” để cấp liên kết mới.";

    public const string Example = "lịch của tôi trên Outlook";
}
