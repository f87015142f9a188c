using System.Collections.Concurrent;

namespace PartyBot.Core.Calendar;

/// <summary>
/// A Chinese-style lunisolar calendar computed for one time zone. The rules (Hồ Ngọc Đức's statement of them):
/// a month begins on the local day that holds the new moon; the winter solstice always falls in month 11; a
/// "suì" (from one month 11 to the next) of 13 months has one leap month, the first month after month 11 that
/// holds no major solar term (trung khí), and it takes the number of the month before it.
/// Vietnam computes at UTC+7; China at UTC+8 — the only difference, and the reason Tết sometimes differs.
/// Pure and deterministic; each suì is computed once and kept.
/// </summary>
internal sealed class LunisolarComputer(double utcOffsetHours, DateOnly minSupported, DateOnly maxSupported)
{
    private readonly ConcurrentDictionary<int, Sui> suis = new();

    public DateOnly MinSupported { get; } = minSupported;
    public DateOnly MaxSupported { get; } = maxSupported;

    public LunarDate ToLunar(DateOnly solar)
    {
        if (solar < MinSupported || solar > MaxSupported)
        {
            throw new ArgumentOutOfRangeException(nameof(solar), solar, $"Supported dates are {MinSupported:yyyy-MM-dd} to {MaxSupported:yyyy-MM-dd}.");
        }
        var day = JulianDay(solar);
        var next = SuiEndingIn(solar.Year + 1);
        var sui = day >= next.Starts[0] ? next : SuiEndingIn(solar.Year);
        var index = sui.MonthIndexOf(day);
        var month = sui.Months[index];
        return new LunarDate(month.Year, month.Month, day - sui.Starts[index] + 1, month.IsLeap);
    }

    public DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth)
    {
        var (sui, index) = FindMonth(lunarYear, lunarMonth, leapMonth);
        var length = sui.Starts[index + 1] - sui.Starts[index];
        if (lunarDay < 1 || lunarDay > length)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, $"Lunar month {lunarMonth}{(leapMonth ? " (leap)" : "")} of {lunarYear} has {length} days.");
        }
        var solar = DateOnly.FromDayNumber(sui.Starts[index] + lunarDay - 1 - LunarAstronomy.DayNumberToJulianDay);
        if (solar < MinSupported || solar > MaxSupported)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Supported dates are {MinSupported:yyyy-MM-dd} to {MaxSupported:yyyy-MM-dd}.");
        }
        return solar;
    }

    public int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth)
    {
        var (sui, index) = FindMonth(lunarYear, lunarMonth, leapMonth);
        return sui.Starts[index + 1] - sui.Starts[index];
    }

    /// <summary>The number of the leap month of a lunar year, or null when the year has none.</summary>
    public int? LeapMonth(int lunarYear)
    {
        CheckLunarYear(lunarYear);
        // Months 1–10 of the year lie in the suì ending in that year, months 11–12 in the next one.
        var leap = SuiEndingIn(lunarYear).Months.Concat(SuiEndingIn(lunarYear + 1).Months)
            .FirstOrDefault(m => m.Year == lunarYear && m.IsLeap);
        return leap.IsLeap ? leap.Month : null;
    }

    private (Sui Sui, int Index) FindMonth(int lunarYear, int lunarMonth, bool leapMonth)
    {
        CheckLunarYear(lunarYear);
        if (lunarMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "A lunar month is 1 to 12.");
        }
        var sui = SuiEndingIn(lunarMonth >= 11 ? lunarYear + 1 : lunarYear);
        for (var i = 0; i < sui.Months.Length; i++)
        {
            var month = sui.Months[i];
            if (month.Year == lunarYear && month.Month == lunarMonth && month.IsLeap == leapMonth)
            {
                return (sui, i);
            }
        }
        throw new ArgumentException($"Lunar year {lunarYear} has no leap month {lunarMonth}.", nameof(leapMonth));
    }

    private void CheckLunarYear(int lunarYear)
    {
        if (lunarYear < MinSupported.Year - 1 || lunarYear > MaxSupported.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Supported lunar years are {MinSupported.Year - 1} to {MaxSupported.Year}.");
        }
    }

    /// <summary>The suì from month 11 of lunar year <paramref name="year"/> − 1 to the day before month 11 of <paramref name="year"/>.</summary>
    private Sui SuiEndingIn(int year) => suis.GetOrAdd(year, ComputeSui);

    private Sui ComputeSui(int year)
    {
        var first = SolsticeLunation(year - 1);
        var count = SolsticeLunation(year) - first; // 12, or 13 in a leap year
        var starts = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            starts[i] = NewMoonDay(first + i);
        }
        var leapIndex = count == 13 ? FirstMonthWithoutMajorTerm(starts) : int.MaxValue;
        var months = new LunarMonth[count];
        for (var i = 0; i < count; i++)
        {
            // Months run 11, 12, 1, 2, …; the leap month repeats the number before it, later months shift by one.
            var number = (i < leapIndex ? 10 + i : 9 + i) % 12 + 1;
            var lunarYear = number >= 11 && i < 4 ? year - 1 : year;
            months[i] = new LunarMonth(lunarYear, number, i == leapIndex);
        }
        return new Sui(starts, months);
    }

    /// <summary>Index (≥ 1) of the first month whose start and end see the Sun in the same 30° sector.</summary>
    private int FirstMonthWithoutMajorTerm(int[] starts)
    {
        for (var i = 1; i < starts.Length - 1; i++)
        {
            if (MajorTermSector(starts[i]) == MajorTermSector(starts[i + 1]))
            {
                return i;
            }
        }
        throw new InvalidOperationException("A 13-month suì without a month lacking a major term: the astronomy is wrong.");
    }

    /// <summary>Number of the lunation (new moon) that begins the month holding the winter solstice of <paramref name="year"/>.</summary>
    private int SolsticeLunation(int year)
    {
        // The solstice day is the last day that begins with the Sun short of 270° (sector 9 starts at 270°).
        var day = JulianDay(new DateOnly(year, 12, 15));
        while (MajorTermSector(day + 1) < 9)
        {
            day++;
        }
        return LunationStartingOnOrBefore(day);
    }

    private int LunationStartingOnOrBefore(int day)
    {
        var k = (int)Math.Floor((day - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth);
        while (NewMoonDay(k + 1) <= day)
        {
            k++;
        }
        while (NewMoonDay(k) > day)
        {
            k--;
        }
        return k;
    }

    /// <summary>The local day (Julian Day Number) holding new moon <paramref name="k"/>.</summary>
    private int NewMoonDay(int k) => (int)Math.Floor(LunarAstronomy.NewMoon(k) + 0.5 + utcOffsetHours / 24);

    /// <summary>Which 30° sector of longitude (0 = 0°–30°, …, 9 = 270°–300°) the Sun is in as local day <paramref name="day"/> begins.</summary>
    private int MajorTermSector(int day) =>
        (int)Math.Floor(LunarAstronomy.SunLongitude(day - 0.5 - utcOffsetHours / 24) / (Math.PI / 6)) % 12;

    private static int JulianDay(DateOnly date) => date.DayNumber + LunarAstronomy.DayNumberToJulianDay;

    private readonly record struct LunarMonth(int Year, int Month, bool IsLeap);

    /// <summary>One suì: the first day of each month (plus the first day of the next suì) and the months' names.</summary>
    private sealed record Sui(int[] Starts, LunarMonth[] Months)
    {
        public int MonthIndexOf(int day)
        {
            var index = Array.BinarySearch(Starts, day);
            return index >= 0 ? index : ~index - 1;
        }
    }
}
