using System.Globalization;
using PartyBot.Core;

namespace PartyBot.Cards.Meetings;

/// <summary>What the bot says around the meeting form, the list commands and the cancel card, in Vietnamese.</summary>
public static class MeetingFormTexts
{
    // ---- Help (command table) ----

    public const string MeetingListHelp =
        "Bí thư, phó bí thư (hoặc văn phòng cấp ủy, kèm mã chi bộ) xem lịch sinh hoạt 3 tháng tới của chi bộ, lên lịch sinh hoạt chuyên đề, sửa hoặc hủy buổi họp.";
    public const string MeetingListExample = "lịch họp CB-VP01";
    public const string MyMeetingsHelp =
        "Xem các buổi sinh hoạt sắp tới của chi bộ đồng chí; cấp ủy viên cấp trên xem thêm lịch của các đơn vị mình theo dõi.";

    // ---- Access (card payloads and command arguments are checked again) ----

    public const string UnitMissing = "Nút bấm này thiếu mã chi bộ. Đồng chí gõ “lịch họp” để mở lại lịch sinh hoạt.";
    public static string UnknownUnit(string code) => $"Không có đơn vị nào mang mã “{TypedText.Echo(code)}”. Đồng chí kiểm tra lại mã chi bộ.";
    public static string NotACell(string name) => $"“{name}” không phải là chi bộ: chỉ chi bộ mới có lịch sinh hoạt.";
    public static string ManageDenied(string name) =>
        $"Chỉ bí thư, phó bí thư của {name} hoặc văn phòng cấp ủy mới lên lịch, sửa hoặc hủy buổi sinh hoạt của chi bộ.";
    public const string MeetingNotFound = "Không tìm thấy buổi sinh hoạt này trong chi bộ. Có thể buổi họp đã bị xóa; đồng chí gõ “lịch họp” để xem lại lịch.";
    public const string HeldCannotCancel =
        "Buổi sinh hoạt này đã diễn ra (đã qua giờ họp hoặc đã kết thúc điểm danh) nên không hủy được: điểm danh và chuyên cần của buổi họp được giữ nguyên. " +
        "Đồng chí bấm “Sửa thông tin” nếu cần sửa địa điểm hoặc nội dung.";
    public const string MeetingAlreadyCancelled = "Buổi sinh hoạt này đã được hủy nên không sửa được nữa.";
    public const string AdministratorNeedsCode = "Đồng chí gõ “lịch họp” kèm mã chi bộ, ví dụ “lịch họp CB-VP01”.";
    public static string ListDenied(string code) => $"Đồng chí không có quyền quản lý lịch sinh hoạt của đơn vị “{TypedText.Echo(code)}”.";
    public const string FormKeyInvalid = "Biểu mẫu này không hợp lệ. Đồng chí gõ “lịch họp” và mở lại biểu mẫu lên lịch.";
    public const string NoCell = "Đồng chí chưa thuộc chi bộ nào nên chưa có lịch sinh hoạt.";

    // ---- Validation of the form ----

    public const string KindInvalid = "Đồng chí chọn loại buổi sinh hoạt (định kỳ hoặc chuyên đề).";
    public const string DateInvalid = "Ngày sinh hoạt không hợp lệ; đồng chí chọn lại ngày.";
    public const string TimeInvalid = "Giờ bắt đầu không hợp lệ; đồng chí chọn lại giờ.";
    public static string InPast(DateOnly date, TimeOnly time) =>
        $"Thời điểm {time.ToString("HH:mm", CultureInfo.InvariantCulture)} ngày {Day(date)} đã qua; đồng chí chọn thời điểm sắp tới.";
    public static string OnHoliday(DateOnly date, string holidayName) =>
        $"Ngày {Day(date)} là ngày nghỉ lễ ({holidayName}). Đánh dấu ô xác nhận nếu chi bộ vẫn họp ngày này.";
    public static string OnDayOff(DateOnly date) =>
        $"Ngày {Day(date)} ({MeetingTexts.WeekdayName(date.DayOfWeek)}) không phải ngày làm việc. Đánh dấu ô xác nhận nếu chi bộ vẫn họp ngày này.";
    public static string DurationInvalid(int minimum, int maximum) => $"Thời lượng phải là số phút, từ {minimum} đến {maximum}.";
    public static string TooShort(int minimum) => $"Buổi sinh hoạt phải kéo dài ít nhất {minimum} phút.";
    public static string TooLong(int maximum) => $"Buổi sinh hoạt dài nhất {maximum} phút.";
    public const string TopicMissing = "Sinh hoạt chuyên đề cần có chủ đề.";
    public const string PreparersMissing = "Sinh hoạt chuyên đề cần ít nhất một đồng chí được phân công chuẩn bị đề dẫn.";
    public const string PreparerNotInCell = "Có đồng chí được chọn chuẩn bị đề dẫn không thuộc chi bộ; đồng chí chọn lại trong danh sách.";
    public const string OnlineNotApproved =
        "Chi bộ chưa được cấp trên cho phép sinh hoạt trực tuyến, nên không ghi đường dẫn họp trực tuyến. Đồng chí ghi địa điểm họp tập trung.";
    public const string OnlineLinkInvalid = "Đường dẫn phòng họp trực tuyến phải là một địa chỉ đầy đủ bắt đầu bằng https://.";
    // ---- The monthly meeting (Điều lệ Đảng, Điều 24) and a thematic session in the same sitting ----

    public static string RegularKindKept(int month, int year) =>
        $"Đây là buổi sinh hoạt định kỳ duy nhất của tháng {month:D2}/{year}, nên không đổi được sang sinh hoạt chuyên đề: sinh hoạt chuyên đề " +
        "không thay cho sinh hoạt định kỳ, chi bộ sinh hoạt định kỳ mỗi tháng một lần (Điều lệ Đảng, Điều 24). Đồng chí thêm buổi sinh hoạt chuyên đề riêng.";
    public static string RegularMonthKept(int month, int year) =>
        $"Đây là buổi sinh hoạt định kỳ duy nhất của tháng {month:D2}/{year}: chỉ dời được sang ngày khác trong tháng {month:D2}/{year}, " +
        $"nếu không tháng {month:D2}/{year} sẽ không còn buổi sinh hoạt định kỳ nào (Điều lệ Đảng, Điều 24).";
    public static string OnlyRegularCannotCancel(int month, int year) =>
        $"Đây là buổi sinh hoạt định kỳ duy nhất của tháng {month:D2}/{year}; nếu hủy, tháng {month:D2}/{year} sẽ không còn buổi sinh hoạt định kỳ nào, " +
        "trong khi chi bộ phải sinh hoạt định kỳ mỗi tháng một lần (Điều lệ Đảng, Điều 24). Đồng chí bấm “Sửa” để dời sang ngày khác trong tháng, " +
        "hoặc lên lịch một buổi sinh hoạt định kỳ khác trong tháng rồi mới hủy buổi này.";
    public static string SittingTooShort(int minimum, int sittingMinutes, string otherKind, string otherWhen) =>
        $"Buổi này họp chung một buổi với {otherKind.ToLowerInvariant()} ({otherWhen}): khi sinh hoạt chuyên đề họp cùng buổi với sinh hoạt định kỳ, " +
        $"cả buổi phải kéo dài ít nhất {minimum} phút (hiện {sittingMinutes} phút). Đồng chí tăng thời lượng hoặc chọn giờ khác.";

    public static string TooLongText(string field, int maximum) => $"{field} dài quá {maximum} ký tự.";
    public const string PlaceField = "Địa điểm";
    public const string TopicField = "Chủ đề";
    public const string AgendaField = "Nội dung bổ sung";
    public const string OnlineLinkField = "Đường dẫn họp trực tuyến";

    // ---- Cancel ----

    public const string CancelTitle = "Hủy buổi sinh hoạt";
    public const string CancelReasonLabel = "Lý do hủy (thông báo tới đảng viên)";
    public const string CancelReasonPlaceholder = "Ví dụ: Dời sang tuần sau do trùng lịch hội nghị của Đảng ủy Khối";
    public const string CancelReasonRequired = "Đồng chí ghi lý do hủy buổi sinh hoạt.";
    public const int CancelReasonMaxLength = 300;
    public static string CancelReasonTooLong => TooLongText("Lý do hủy", CancelReasonMaxLength);
    public const string CancelConfirm = "Xác nhận hủy";
    public const string CancelBack = "Quay lại";
    public const string CancelWarning = "Thẻ thông báo trong nhóm chat của chi bộ sẽ được đánh dấu “đã hủy”. Việc hủy không hoàn tác được.";
    public static string CancelFallback(string unitName) => $"Hủy buổi sinh hoạt của {unitName}.";

    // ---- Report of an online meeting to the committee members following the chi bộ ----

    public static string OnlineReport(string unitName, string when, string link) =>
        $"Báo cáo sinh hoạt trực tuyến: {unitName} đăng ký buổi sinh hoạt theo hình thức trực tuyến vào {when}. Đường dẫn: {link}";

    private static string Day(DateOnly date) => date.ToString(MeetingTexts.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>"08:00, Thứ Ba 01/12/2026" for a UTC instant, in Vietnam time.</summary>
    public static string At(DateTimeOffset instant) => MeetingFormat.At(instant);
}
