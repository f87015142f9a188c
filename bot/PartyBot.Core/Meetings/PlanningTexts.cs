using System.Globalization;
using PartyBot.Core.Calendar;

namespace PartyBot.Core.Meetings;

/// <summary>What the planner says (slot warnings, thematic-session reminders), in Vietnamese, in one place.</summary>
public static class PlanningTexts
{
    private const string DateFormat = "dd/MM/yyyy";

    /// <summary>"kỳ nghỉ Tết Nguyên đán" for a statutory holiday, "ngày nghỉ (Nghỉ bù …)" for another day off, "ngày nghỉ" for a weekend.</summary>
    public static string DayOff(Holiday? holiday) => holiday switch
    {
        null => "ngày nghỉ",
        { Kind: HolidayKind.Statutory } => $"kỳ nghỉ {WithoutDetail(holiday.Name)}",
        _ => $"ngày nghỉ ({holiday.Name})",
    };

    /// <summary>The slot's next working day leaves the month: the last working day before it is proposed instead.</summary>
    public static string SlotMovedBack(int year, int month, Holiday? holiday, DateOnly proposed) =>
        $"Ngày họp định kỳ tháng {month}/{year} rơi vào {DayOff(holiday)}; PartyBot đề xuất ngày làm việc cuối cùng " +
        $"trước đó là {Date(proposed)}, bí thư kiểm tra lại.";

    /// <summary>No working day in the month around the slot: the slot day is kept.</summary>
    public static string SlotNoWorkingDay(int year, int month, Holiday? holiday, DateOnly kept) =>
        $"Ngày họp định kỳ tháng {month}/{year} rơi vào {DayOff(holiday)} và trong tháng không còn ngày làm việc phù hợp; " +
        $"PartyBot giữ ngày {Date(kept)}, bí thư kiểm tra lại.";

    /// <summary>A chi bộ that does not move its meetings off days off: the slot day is a public holiday or announced day off.</summary>
    public static string SlotOnHolidayKept(int year, int month, Holiday holiday, DateOnly kept) =>
        $"Ngày họp định kỳ tháng {month}/{year} ({Date(kept)}) rơi vào {DayOff(holiday)}; chi bộ không dời lịch họp khỏi " +
        "ngày nghỉ nên PartyBot giữ ngày này, bí thư kiểm tra lại.";

    /// <summary>The days-off table changed: a planned, not yet announced meeting left its day, which is now off.</summary>
    public static string MovedOffDayOff(int year, int month, DateOnly from, Holiday? holiday, DateOnly to) =>
        $"Lịch nghỉ đã thay đổi: ngày {Date(from)} nay là {DayOff(holiday)}, nên PartyBot dời buổi họp định kỳ tháng " +
        $"{month}/{year} sang {Calendar.Import.CalendarImportTexts.DayOfWeek(to)} ngày {Date(to)}.";

    /// <summary>The days-off table changed: an announced meeting's day is now off; it is not moved.</summary>
    public static string AnnouncedOnDayOff(int year, int month, DateOnly date, Holiday? holiday) =>
        $"Lịch nghỉ đã thay đổi: buổi họp định kỳ tháng {month}/{year} đã thông báo họp ngày {Date(date)}, nay là " +
        $"{DayOff(holiday)}. PartyBot không tự dời buổi họp đã thông báo: bí thư chọn “Sửa” trong “lịch họp” để đổi ngày, " +
        "hoặc giữ nguyên nếu chi bộ vẫn họp ngày này.";

    /// <summary>To the secretary: the quarter has no thematic session yet.</summary>
    public static string ThematicSecretaryReminder(string unitName, int year, int quarter) =>
        $"{unitName} chưa có buổi sinh hoạt chuyên đề nào trong quý {quarter}/{year}. Bí thư lên kế hoạch, chọn chuyên đề " +
        "và phân công người chuẩn bị đề dẫn.";

    /// <summary>To the committee member following the unit: the quarter ends soon without a thematic session.</summary>
    public static string ThematicFollowerWarning(string unitName, int year, int quarter, DateOnly quarterEnds) =>
        $"{unitName} chưa có buổi sinh hoạt chuyên đề nào trong quý {quarter}/{year}, quý kết thúc ngày {Date(quarterEnds)}. " +
        "Đồng chí phụ trách đơn vị đôn đốc chi bộ.";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string WithoutDetail(string name) =>
        name.IndexOf(" (", StringComparison.Ordinal) is var bracket and > 0 ? name[..bracket] : name;
}
