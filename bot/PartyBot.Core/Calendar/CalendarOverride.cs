namespace PartyBot.Core.Calendar;

/// <summary>
/// A row of the editable table: the year's announcement or the organisation's own decision about one day.
/// A <see cref="CalendarOverrideKind.DayOff"/> makes the day a day off (replacing any default holiday on it);
/// a <see cref="CalendarOverrideKind.WorkingDay"/> makes it a working day, even a Saturday or a default holiday
/// (e.g. a Saturday worked to bridge a holiday, or 1/9 when the announcement gives 3/9 instead).
/// </summary>
public sealed record CalendarOverride(DateOnly Date, CalendarOverrideKind Kind, string? Name = null)
{
    public const int MaxNameLength = 100;
}

public enum CalendarOverrideKind
{
    DayOff,
    WorkingDay,
}
