namespace PartyBot.Core.CommitteeAttendance;

/// <summary>What recording an attendance after the meeting ("đã dự" / "không dự được") says, in Vietnamese, in one place.</summary>
public static class RecordTexts
{
    public const string AttendedHelp =
        "Sau buổi họp, cấp ủy viên được phân công (hoặc bí thư chi bộ ghi thay) ghi nhận đã dự sinh hoạt chi bộ, kèm ý kiến chỉ đạo ngắn.";

    public const string AttendedExample = "đã dự CB-VP01 Chi bộ cần bám sát nghị quyết quý I";

    public const string MissedHelp = "Sau buổi họp, cấp ủy viên được phân công (hoặc bí thư chi bộ ghi thay) ghi nhận không dự được, kèm lý do ngắn.";

    public const string MissedExample = "không dự được CB-VP01 đột xuất đi công tác";

    public const string Usage = "Đồng chí gõ: đã dự <mã chi bộ> [ý kiến chỉ đạo], hoặc không dự được <mã chi bộ> [lý do]; ví dụ: " + AttendedExample + ".";

    public const string NotYours = "Đồng chí không phải cấp ủy viên được phân công dự buổi họp này, cũng không phải bí thư hoặc phó bí thư chi bộ; không ghi nhận được.";
    public const string NotAssigned = "Buổi họp này không còn ai được phân công dự (đã báo không dự hoặc đã đổi người); không có gì để ghi nhận.";
    public const string NotFound = "Không tìm thấy phân công dự buổi họp này.";
    public const string MeetingCancelled = "Buổi họp đã hủy; không ghi nhận kết quả dự được.";
    public static readonly string NoteTooLong = $"Ý kiến hoặc lý do dài quá {RotationLimits.RecordNoteMaxLength} ký tự; đồng chí vui lòng viết ngắn lại.";

    public static string TooEarly(string startsAt) => $"Buổi họp chưa bắt đầu (bắt đầu lúc {startsAt}); đồng chí ghi nhận kết quả dự sau giờ bắt đầu.";

    public static string UnknownCell(string text) => $"Không tìm thấy chi bộ có mã \"{TypedText.Echo(text)}\".";

    public static string NothingToRecord(string unitName) =>
        $"Chưa có buổi sinh hoạt nào của {unitName} đã bắt đầu mà đồng chí được phân công dự (hoặc, với bí thư, có cấp ủy viên được phân công dự) để ghi nhận.";

    /// <summary>"Đã ghi nhận: đồng chí Vũ Thị Lan đã dự … Ý kiến chỉ đạo: …".</summary>
    public static string Recorded(string memberName, string unitName, string meetingLabel, bool attended, string? note) =>
        attended
            ? $"Đã ghi nhận: đồng chí {memberName} đã dự {meetingLabel} của {unitName}." + (note is null ? "" : $" Ý kiến chỉ đạo: {note}")
            : $"Đã ghi nhận: đồng chí {memberName} không dự được {meetingLabel} của {unitName}." + (note is null ? "" : $" Lý do: {note}");

    public static string AlreadyRecorded(bool attended) =>
        attended ? "Kết quả \"đã dự\" đã được ghi nhận trước đó; không có gì thay đổi." : "Kết quả \"không dự được\" đã được ghi nhận trước đó; không có gì thay đổi.";
}
