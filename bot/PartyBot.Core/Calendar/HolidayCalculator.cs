namespace PartyBot.Core.Calendar;

/// <summary>
/// The default public holidays of a year, per Bộ luật Lao động 2019, Điều 112 khoản 1: 1/1; Tết Nguyên đán, 5 days
/// (<see cref="CalendarOptions.TetDaysBeforeNewYear"/>: by default the last two days of the lunar year and mùng 1–3);
/// Giỗ Tổ Hùng Vương, 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day (<see cref="CalendarOptions.NationalDayAdjacentDay"/>).
/// Lunar dates use <see cref="VietnameseLunarCalendar"/>.
/// Then Điều 111 khoản 3: a holiday on the weekly rest day (Saturday or Sunday, as the working week is Monday–Friday)
/// gives a compensatory day off (nghỉ bù) on the next working day, taken in date order, each on a day that is not
/// already off. The rules of the 2019 code are applied to every year; earlier years had other rules (one day of
/// Quốc khánh before 2021, no Giỗ Tổ before 2007). The Prime Minister's yearly announcement (longer Tết, swapped
/// Saturdays) is not computed: it belongs in the editable table of <see cref="WorkingCalendar"/>.
/// If two holidays fall on the same day, both are listed and no extra day is given.
/// </summary>
public sealed class HolidayCalculator(CalendarOptions options)
{
    public HolidayCalculator()
        : this(new CalendarOptions())
    {
    }

    /// <summary>The year's default days off, statutory and compensatory, in date order.</summary>
    public IReadOnlyList<Holiday> Holidays(int year)
    {
        var statutory = StatutoryHolidays(year).OrderBy(h => h.Date).ToList();
        if (!options.CompensateWeeklyRestDays)
        {
            return statutory;
        }
        var compensatory = Compensations(statutory);
        return [.. statutory.Concat(compensatory).OrderBy(h => h.Date)];
    }

    private IEnumerable<Holiday> StatutoryHolidays(int year)
    {
        yield return new Holiday(new DateOnly(year, 1, 1), CalendarTexts.NewYearsDay, HolidayKind.Statutory);

        var tet = VietnameseLunarCalendar.NewYear(year);
        for (var offset = -options.TetDaysBeforeNewYear; offset < 5 - options.TetDaysBeforeNewYear; offset++)
        {
            var day = tet.AddDays(offset);
            yield return new Holiday(day, CalendarTexts.LunarNewYearDay(VietnameseLunarCalendar.ToLunar(day)), HolidayKind.Statutory);
        }

        yield return new Holiday(VietnameseLunarCalendar.ToSolar(year, 3, 10), CalendarTexts.HungKingsCommemoration, HolidayKind.Statutory);
        yield return new Holiday(new DateOnly(year, 4, 30), CalendarTexts.VictoryDay, HolidayKind.Statutory);
        yield return new Holiday(new DateOnly(year, 5, 1), CalendarTexts.LabourDay, HolidayKind.Statutory);

        var nationalDay = new DateOnly(year, 9, 2);
        yield return new Holiday(nationalDay, CalendarTexts.NationalDay, HolidayKind.Statutory);
        yield return new Holiday(NationalDayAdjacent(nationalDay), CalendarTexts.NationalDayAdjacent, HolidayKind.Statutory);
    }

    private DateOnly NationalDayAdjacent(DateOnly nationalDay)
    {
        var before = nationalDay.AddDays(-1);
        var after = nationalDay.AddDays(1);
        return options.NationalDayAdjacentDay switch
        {
            NationalDayAdjacentDay.Before => before,
            NationalDayAdjacentDay.After => after,
            _ => WorkWeek.IsWeeklyRestDay(before) || after.DayOfWeek == DayOfWeek.Friday ? after : before,
        };
    }

    private static List<Holiday> Compensations(IReadOnlyList<Holiday> statutory)
    {
        var daysOff = statutory.Select(h => h.Date).ToHashSet();
        var compensations = new List<Holiday>();
        foreach (var holiday in statutory.Where(h => WorkWeek.IsWeeklyRestDay(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (WorkWeek.IsWeeklyRestDay(day) || daysOff.Contains(day))
            {
                day = day.AddDays(1);
            }
            daysOff.Add(day);
            compensations.Add(new Holiday(day, CalendarTexts.Compensatory(BaseName(holiday.Name)), HolidayKind.Compensatory));
        }
        return compensations;
    }

    /// <summary>"Tết Nguyên đán (mùng 1)" → "Tết Nguyên đán", so the compensatory day reads "Nghỉ bù Tết Nguyên đán".</summary>
    private static string BaseName(string name)
    {
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket < 0 ? name : name[..bracket];
    }
}
