namespace PartyBot.Core.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed at UTC+7 as Vietnam has done since 1968, with Hồ Ngọc Đức's
/// method (new moons and major solar terms from Jean Meeus' formulas). China computes the same rules at UTC+8, so
/// the two calendars differ in some months and years: Tết 2007 fell on 17/02 in Vietnam and 18/02 in China, Tết 1985
/// on 21/01 in Vietnam and 20/02 in China. .NET's <see cref="System.Globalization.ChineseLunisolarCalendar"/> is
/// China's and must not be used for Vietnamese dates. For dates before 1968 the result is the UTC+7 computation,
/// not necessarily the calendar then in use. Pure and deterministic.
/// </summary>
public static class VietnameseLunarCalendar
{
    public const double UtcOffsetHours = 7;

    /// <summary>The first solar date converted (both ways).</summary>
    public static DateOnly MinSupportedDate { get; } = new(1900, 1, 1);

    /// <summary>The last solar date converted (both ways).</summary>
    public static DateOnly MaxSupportedDate { get; } = new(2100, 12, 31);

    private static readonly LunisolarComputer Computer = new(UtcOffsetHours, MinSupportedDate, MaxSupportedDate);

    public static LunarDate ToLunar(DateOnly solar) => Computer.ToLunar(solar);

    /// <summary>The solar date of a lunar date; throws when the month is not leap that year or the day is past the month's end.</summary>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false) =>
        Computer.ToSolar(lunarYear, lunarMonth, lunarDay, leapMonth);

    public static DateOnly ToSolar(LunarDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return Computer.ToSolar(date.Year, date.Month, date.Day, date.IsLeapMonth);
    }

    /// <summary>Tết Nguyên đán: the 1st day of the 1st lunar month of <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => Computer.ToSolar(year, 1, 1, leapMonth: false);

    /// <summary>The leap month (tháng nhuận) of a lunar year, or null when the year has 12 months.</summary>
    public static int? LeapMonth(int lunarYear) => Computer.LeapMonth(lunarYear);

    /// <summary>29 or 30.</summary>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth = false) =>
        Computer.DaysInMonth(lunarYear, lunarMonth, leapMonth);
}
