namespace PartyBot.Cards.CommitteeAttendance;

/// <summary>What the assigned member's card says, in Vietnamese, in one place.</summary>
public static class AssignmentCardTexts
{
    public const string Title = "Phân công dự sinh hoạt chi bộ";
    public const string FactUnit = "Chi bộ";
    public const string FactMeeting = "Buổi họp";
    public const string FactTime = "Thời gian";
    public const string FactPlace = "Địa điểm";
    public const string FactTopic = "Chủ đề";
    public const string FactContact = "Liên hệ";
    public const string FactReason = "Lý do phân công";
    public const string AgendaHeading = "Nội dung bổ sung của chi bộ";
    public const string NoContact = "chi bộ chưa có bí thư";
    public const string Confirm = "Xác nhận dự";
    public const string Decline = "Không dự được";
    public const string DeclineLabel = "Lý do không dự được (bắt buộc khi báo không dự)";
    public const string DeclinePlaceholder = "Ví dụ: đi công tác tỉnh ngoài";
    public const string Confirmed = "Đồng chí đã xác nhận dự. Chi bộ sẽ giới thiệu đồng chí ở phần khai mạc.";
    public const string Attended = "Đã dự";
    public const string Missed = "Không dự được";
    public const string Refresh = "Làm mới";
    public const string RecordHeading = "Kết quả dự sinh hoạt";
    public const string RecordLead = "Buổi họp đã bắt đầu. Sau khi dự, đồng chí ghi nhận kết quả (bí thư chi bộ cũng có thể ghi thay).";
    public const string NoteLabel = "Ý kiến chỉ đạo, hoặc lý do không dự được (không bắt buộc)";
    public const string NotePlaceholder = "Ví dụ: chi bộ cần bám sát nghị quyết, phân công cụ thể từng việc";
    public const string AfterStartHint = "Sau giờ bắt đầu buổi họp, đồng chí bấm \"Làm mới\" để ghi nhận đã dự hoặc không dự được.";
    public const string Closed = "Phân công này không còn hiệu lực (đã hủy, đã đổi người hoặc đồng chí đã báo không dự).";

    public const string BadPayload = "Nút bấm không hợp lệ: thiếu hoặc sai thông tin phân công.";
    public const string NotYours = "Phân công này không phải của đồng chí, hoặc đã được thay bằng phân công mới.";
    public const string NotFound = "Không tìm thấy phân công này.";
    public const string ReasonRequired = "Đồng chí vui lòng ghi lý do không dự được.";
    public static readonly string ReasonTooLong = $"Lý do dài quá {Core.CommitteeAttendance.RotationLimits.DeclineReasonMaxLength} ký tự; đồng chí vui lòng viết ngắn lại.";

    public static string Lead(string unitName) => $"Cấp ủy phân công đồng chí dự sinh hoạt của {unitName}. Đồng chí vui lòng xác nhận hoặc báo không dự được.";

    public static string Declined(string reason) => $"Đồng chí đã báo không dự được ({reason}). PartyBot sẽ phân công đồng chí khác.";

    public static string Moved(string when) => $"Chi bộ đã đổi thời gian buổi họp: nay là {when}. Phân công của đồng chí vẫn giữ nguyên.";

    public static string MovedAndReleased(string when, string reason) =>
        $"Chi bộ đã đổi thời gian buổi họp: nay là {when}. Đồng chí không dự được vào giờ mới ({reason}), PartyBot sẽ phân công đồng chí khác.";

    public static string Cancelled(string when, string? reason) =>
        $"Chi bộ đã hủy buổi họp {when}{(string.IsNullOrWhiteSpace(reason) ? "" : $" ({reason})")}. Đồng chí không cần đến dự; phân công này đã được hủy.";

    public static string RecordedAttended(string? note) => "Đã ghi nhận: đồng chí đã dự buổi sinh hoạt." + (note is null ? "" : $" Ý kiến chỉ đạo: {note}");

    public static string RecordedMissed(string? note) => "Đã ghi nhận: đồng chí không dự được buổi sinh hoạt." + (note is null ? "" : $" Lý do: {note}");

    public static string Fallback(string unitName, string when) => $"{Title}: {unitName}, {when}.";

    public static string Contact(string secretaryName) => $"{secretaryName} (bí thư chi bộ)";
}
