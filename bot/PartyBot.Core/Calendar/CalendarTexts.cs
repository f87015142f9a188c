namespace PartyBot.Core.Calendar;

/// <summary>The calendar's Vietnamese wording, in one place.</summary>
public static class CalendarTexts
{
    public const string NewYearsDay = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKingsCommemoration = "Giỗ Tổ Hùng Vương";
    public const string VictoryDay = "Ngày Chiến thắng";
    public const string LabourDay = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";
    public const string NationalDayAdjacent = "Quốc khánh (ngày liền kề)";
    public const string AnnouncedDayOff = "Ngày nghỉ theo thông báo";

    /// <summary>"Tết Nguyên đán (30 Tết)", "Tết Nguyên đán (mùng 1)".</summary>
    public static string LunarNewYearDay(LunarDate lunar)
    {
        ArgumentNullException.ThrowIfNull(lunar);
        return lunar.Month == 1 ? $"{LunarNewYear} (mùng {lunar.Day})" : $"{LunarNewYear} ({lunar.Day} Tết)";
    }

    /// <summary>"Nghỉ bù Quốc khánh".</summary>
    public static string Compensatory(string holidayName) => $"Nghỉ bù {holidayName}";
}
