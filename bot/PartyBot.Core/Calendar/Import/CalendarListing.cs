namespace PartyBot.Core.Calendar.Import;

/// <summary>
/// A year's calendar as lines of text, in date order: every day off other than ordinary weekends (holidays,
/// compensatory days, announced days) and every working day the table sets, "dd/MM/yyyy, thứ, tên, loại".
/// </summary>
public static class CalendarListing
{
    public static IReadOnlyList<string> Lines(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var daysOff = year.Holidays.Select(h => (h.Date, Line: CalendarImportTexts.Line(h.Date, h.Name, CalendarImportTexts.HolidayKindName(h.Kind))));
        var working = year.Overrides.Where(o => o.Kind == CalendarOverrideKind.WorkingDay).ToList();
        var workingLines = working.Select(o => (o.Date, Line: CalendarImportTexts.Line(
            o.Date, string.IsNullOrWhiteSpace(o.Name) ? CalendarImportTexts.WorkingDayName : o.Name, CalendarImportTexts.SwappedWorkingDay)));
        return
        [
            CalendarImportTexts.YearHeader(year.Year, year.Holidays.Count, working.Count),
            .. daysOff.Concat(workingLines).OrderBy(l => l.Date).Select(l => l.Line),
        ];
    }
}
