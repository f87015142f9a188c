namespace PartyBot.Core.Calendar;

/// <summary>
/// One year's working days: the default holidays with the editable table's overrides applied. Pure and synchronous;
/// <see cref="WorkingCalendar"/> builds it from storage, tests build it directly.
/// A day is a working day when an override says so; otherwise when it is neither a day off (holiday or override)
/// nor Saturday or Sunday.
/// </summary>
public sealed class CalendarYear
{
    private readonly Dictionary<DateOnly, Holiday> holidayByDate = [];
    private readonly HashSet<DateOnly> workingDays = [];

    public CalendarYear(int year, IEnumerable<Holiday> defaults, IEnumerable<CalendarOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(overrides);
        Year = year;
        var byDate = new Dictionary<DateOnly, CalendarOverride>();
        foreach (var value in overrides)
        {
            CheckInYear(value.Date);
            byDate[value.Date] = value;
        }
        Overrides = [.. byDate.Values.OrderBy(o => o.Date)];

        var holidays = new List<Holiday>();
        foreach (var holiday in defaults)
        {
            CheckInYear(holiday.Date);
            if (!byDate.ContainsKey(holiday.Date))
            {
                holidays.Add(holiday);
            }
        }
        foreach (var value in Overrides)
        {
            if (value.Kind == CalendarOverrideKind.DayOff)
            {
                holidays.Add(new Holiday(value.Date, string.IsNullOrWhiteSpace(value.Name) ? CalendarTexts.AnnouncedDayOff : value.Name, HolidayKind.Announced));
            }
            else
            {
                workingDays.Add(value.Date);
            }
        }
        Holidays = [.. holidays.OrderBy(h => h.Date)];
        foreach (var holiday in Holidays)
        {
            holidayByDate.TryAdd(holiday.Date, holiday);
        }
    }

    public int Year { get; }

    /// <summary>Every day off other than ordinary weekends, in date order.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>The editable table's rows for this year, in date order.</summary>
    public IReadOnlyList<CalendarOverride> Overrides { get; }

    public bool IsWorkingDay(DateOnly date)
    {
        CheckInYear(date);
        return workingDays.Contains(date) || (!holidayByDate.ContainsKey(date) && !WorkWeek.IsWeeklyRestDay(date));
    }

    /// <summary>The holiday on that day, or null (an ordinary day, a weekend, or a day made a working day).</summary>
    public Holiday? HolidayOn(DateOnly date)
    {
        CheckInYear(date);
        return holidayByDate.GetValueOrDefault(date);
    }

    private void CheckInYear(DateOnly date)
    {
        if (date.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The calendar of {Year} does not hold this day.");
        }
    }
}
