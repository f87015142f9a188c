using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Calendar;

/// <summary>
/// Vietnam's working calendar as PartyBot uses it: each year's default holidays (<see cref="HolidayCalculator"/>)
/// with the editable table's overrides (<see cref="CalendarOverrideStore"/>). A year is read once and kept for
/// <see cref="CalendarOptions.CacheDuration"/>; a change made through this instance is seen at once, a change made
/// by another host instance after that delay.
/// </summary>
public sealed class WorkingCalendar(CalendarOverrideStore store, IOptions<CalendarOptions> options, TimeProvider time)
{
    /// <summary>How far the working-day searches look before giving up (a year of days off is a broken table).</summary>
    private const int MaxSearchDays = 366;

    private readonly HolidayCalculator calculator = new(options.Value);
    private readonly ConcurrentDictionary<int, CachedYear> years = new();

    /// <summary>The year's calendar, for callers that ask many questions about one year.</summary>
    public async Task<CalendarYear> YearAsync(int year, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (years.TryGetValue(year, out var cached) && now - cached.LoadedAt < options.Value.CacheDuration)
        {
            return cached.Year;
        }
        var overrides = await store.ListAsync(year, cancellationToken);
        var calendar = new CalendarYear(year, calculator.Holidays(year), overrides);
        years[year] = new CachedYear(calendar, now);
        return calendar;
    }

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken) =>
        (await YearAsync(date.Year, cancellationToken)).IsWorkingDay(date);

    public async Task<Holiday?> HolidayOnAsync(DateOnly date, CancellationToken cancellationToken) =>
        (await YearAsync(date.Year, cancellationToken)).HolidayOn(date);

    public async Task<IReadOnlyList<Holiday>> HolidaysAsync(int year, CancellationToken cancellationToken) =>
        (await YearAsync(year, cancellationToken)).Holidays;

    public async Task<IReadOnlyList<CalendarOverride>> OverridesAsync(int year, CancellationToken cancellationToken) =>
        (await YearAsync(year, cancellationToken)).Overrides;

    public Task<DateOnly> NextWorkingDayOnOrAfterAsync(DateOnly date, CancellationToken cancellationToken) =>
        FindWorkingDayAsync(date, 1, cancellationToken);

    public Task<DateOnly> LastWorkingDayOnOrBeforeAsync(DateOnly date, CancellationToken cancellationToken) =>
        FindWorkingDayAsync(date, -1, cancellationToken);

    /// <summary>Adds or replaces the table's row for that day.</summary>
    public async Task SetOverrideAsync(CalendarOverride value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name is { Length: > CalendarOverride.MaxNameLength })
        {
            throw new ArgumentException($"An override's name is at most {CalendarOverride.MaxNameLength} characters.", nameof(value));
        }
        await store.SaveAsync(value with { Name = string.IsNullOrWhiteSpace(value.Name) ? null : value.Name.Trim() }, cancellationToken);
        years.TryRemove(value.Date.Year, out _);
    }

    /// <summary>Removes the table's row for that day, so the default applies again.</summary>
    public async Task RemoveOverrideAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await store.RemoveAsync(date, cancellationToken);
        years.TryRemove(date.Year, out _);
    }

    private async Task<DateOnly> FindWorkingDayAsync(DateOnly start, int step, CancellationToken cancellationToken)
    {
        var day = start;
        for (var i = 0; i < MaxSearchDays; i++, day = day.AddDays(step))
        {
            if (await IsWorkingDayAsync(day, cancellationToken))
            {
                return day;
            }
        }
        throw new InvalidOperationException($"No working day within {MaxSearchDays} days of {start:yyyy-MM-dd}: check the calendar overrides.");
    }

    private sealed record CachedYear(CalendarYear Year, DateTimeOffset LoadedAt);
}
