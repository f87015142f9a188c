using System.Globalization;

namespace PartyBot.Core.Calendar.Import;

/// <summary>What the calendar import and the calendar listing say (Vietnamese).</summary>
public static class CalendarImportTexts
{
    public const string DayOff = "nghỉ";
    public const string WorkingDay = "làm việc";
    public const string KindWhat = "loại ngày";

    public static string KindName(CalendarOverrideKind kind) => kind == CalendarOverrideKind.DayOff ? DayOff : WorkingDay;

    public const string DateRequired = "thiếu ngày.";
    public static string NotADate(string text) => $"\"{text}\" không phải ngày dạng dd/MM/yyyy (ví dụ 16/02/2026).";
    public const string KindRequired = "thiếu loại ngày (nghỉ hoặc làm việc).";
    public static string NotAKind(string text) => $"\"{text}\" không phải loại ngày hợp lệ (nghỉ, làm việc).";
    public const string NameRequired = "ngày nghỉ cần có tên (ví dụ \"Nghỉ Tết Nguyên đán (theo thông báo)\").";
    public static string NameTooLong(int length) => $"tên dài {length} ký tự, tối đa {CalendarOverride.MaxNameLength}.";
    public static string NotYesNo(string text) => $"\"{text}\" không phải giá trị có/không.";
    public static string DuplicateDate(DateOnly date, int line) => $"ngày {Date(date)} đã có ở dòng {line}.";

    public static string Summary(int added, int updated, int removed, int unchanged) =>
        $"Lịch nghỉ: {added} mới, {updated} cập nhật, {removed} xóa, {unchanged} không đổi.";

    /// <summary>After a change of the table, the meetings already planned were checked against it.</summary>
    public static string Replanned(int moved, int toCheck) =>
        $"Lịch họp: {moved} buổi họp định kỳ chưa thông báo được dời khỏi ngày nghỉ mới, {toCheck} buổi có điều bí thư cần kiểm tra; " +
        "bot nhắn riêng bí thư ở lần lập lịch họp kế tiếp.";

    public static string Rejected(int errors) => $"Không ghi gì vào lịch: {errors} lỗi. Sửa tệp rồi nhập lại.";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DayOfWeek(DateOnly date) => date.DayOfWeek switch
    {
        System.DayOfWeek.Monday => "Thứ Hai",
        System.DayOfWeek.Tuesday => "Thứ Ba",
        System.DayOfWeek.Wednesday => "Thứ Tư",
        System.DayOfWeek.Thursday => "Thứ Năm",
        System.DayOfWeek.Friday => "Thứ Sáu",
        System.DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    public static string HolidayKindName(HolidayKind kind) => kind switch
    {
        HolidayKind.Statutory => "nghỉ lễ",
        HolidayKind.Compensatory => "nghỉ bù",
        _ => "nghỉ theo thông báo",
    };

    public const string SwappedWorkingDay = "làm việc (đổi ngày)";
    public const string WorkingDayName = "Ngày làm việc theo thông báo";

    /// <summary>"16/02/2026, Thứ Hai, Tết Nguyên đán (29 Tết), nghỉ lễ".</summary>
    public static string Line(DateOnly date, string name, string kind) => $"{Date(date)}, {DayOfWeek(date)}, {name}, {kind}";

    public static string YearHeader(int year, int daysOff, int workingDays) =>
        $"Lịch năm {year}: {daysOff} ngày nghỉ (ngoài thứ Bảy, Chủ nhật), {workingDays} ngày làm việc đổi.";
}
