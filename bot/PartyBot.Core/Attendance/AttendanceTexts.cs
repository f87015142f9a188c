namespace PartyBot.Core.Attendance;

/// <summary>The Vietnamese words of attendance that the core rules produce (reasons and refusals).</summary>
public static class AttendanceTexts
{
    public const string ExemptReason = "Miễn sinh hoạt";
    public const string SuspendedReason = "Đình chỉ sinh hoạt";
    public const string TransferredReason = "Chuyển sinh hoạt tạm thời";

    public const string MeetingCancelled = "Buổi sinh hoạt này đã bị hủy, không cần trả lời.";
    public const string MeetingStarted = "Buổi sinh hoạt đã bắt đầu nên không thể thay đổi trả lời nữa. Nếu đồng chí vắng mặt, xin báo trực tiếp bí thư chi bộ.";
    public const string ReasonRequired = "Xin đồng chí ghi rõ lý do vắng mặt.";
    public const string NotSummoned = "Đồng chí không thuộc diện triệu tập của buổi sinh hoạt này (miễn, đình chỉ hoặc chuyển sinh hoạt tạm thời).";
    public const string RollCallNotOpen = "Bí thư chưa mở điểm danh cho buổi sinh hoạt này.";
    public const string RollCallClosed = "Điểm danh của buổi sinh hoạt này đã kết thúc; kết quả không thể thay đổi.";

    public static string NotSummonedTarget(string name) => $"Đồng chí {name} không thuộc diện triệu tập (miễn, đình chỉ hoặc chuyển sinh hoạt tạm thời): không điểm danh.";

    public static string ReasonTooLong(int max) => $"Lý do dài quá {max} ký tự; xin đồng chí viết ngắn lại.";

    public static string CheckInNotYet(string opensAt) => $"Chưa đến giờ điểm danh: đồng chí có thể điểm danh từ {opensAt}.";

    public static string CheckInOver(string closedAt) =>
        $"Thời gian tự điểm danh đã hết lúc {closedAt}. Nếu đồng chí có mặt, xin báo bí thư để bí thư ghi nhận.";

    public static string RollCallTooEarly(string opensAt) => $"Chưa thể mở điểm danh: điểm danh mở được từ {opensAt}.";

    public const string RollCallMeetingOver = "Buổi sinh hoạt đã kết thúc mà chưa mở điểm danh.";
}
