using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Meetings;

/// <summary>Where a chi bộ's slot puts the regular meeting of one month.</summary>
/// <param name="Date">The meeting day, Vietnam time.</param>
/// <param name="StartsAt">The start, in UTC.</param>
/// <param name="Shifted">True when the day is not the slot day (a weekend or holiday moved it).</param>
/// <param name="Warning">For the secretary, when the shift could not stay forward in the month.</param>
public sealed record RegularSlotDate(DateOnly Date, DateTimeOffset StartsAt, bool Shifted, string? Warning);

/// <summary>
/// domain.md "Meetings": the slot's day of the month (clamped to the month's last day); when the chi bộ shifts to
/// working days and that day is a weekend or holiday, the next working day; when that leaves the month, the last
/// working day before the slot day, with a warning for the secretary. A chi bộ that does not shift (residential)
/// keeps the slot day, with a warning when it is a public holiday or announced day off (as the meeting form asks).
/// </summary>
public sealed class RegularSlotRule(WorkingCalendar calendar)
{
    public async Task<RegularSlotDate> ResolveAsync(MeetingSlot slot, int year, int month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var slotDay = new DateOnly(year, month, Math.Clamp(slot.DayOfMonth, 1, DateTime.DaysInMonth(year, month)));
        if (!slot.ShiftToWorkingDay)
        {
            return Result(slotDay, slot, shifted: false, await calendar.HolidayOnAsync(slotDay, cancellationToken) is { } onHoliday
                ? PlanningTexts.SlotOnHolidayKept(year, month, onHoliday, slotDay)
                : null);
        }
        if (await calendar.IsWorkingDayAsync(slotDay, cancellationToken))
        {
            return Result(slotDay, slot, shifted: false, warning: null);
        }
        var next = await calendar.NextWorkingDayOnOrAfterAsync(slotDay, cancellationToken);
        if (next.Month == month)
        {
            return Result(next, slot, shifted: true, warning: null);
        }
        var holiday = await FirstHolidayAsync(slotDay, next, cancellationToken);
        var before = await calendar.LastWorkingDayOnOrBeforeAsync(slotDay, cancellationToken);
        return before.Month == month
            ? Result(before, slot, shifted: true, PlanningTexts.SlotMovedBack(year, month, holiday, before))
            : Result(slotDay, slot, shifted: false, PlanningTexts.SlotNoWorkingDay(year, month, holiday, slotDay));
    }

    /// <summary>
    /// Whether the chi bộ should not meet on that day, by the calendar as it is now: for a chi bộ that shifts, any day
    /// that is not a working day; for one that does not, a public holiday or announced day off. With the holiday, if any.
    /// </summary>
    public async Task<(bool DayOff, Holiday? Holiday)> DayOffAsync(MeetingSlot slot, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var holiday = await calendar.HolidayOnAsync(date, cancellationToken);
        var dayOff = slot.ShiftToWorkingDay ? !await calendar.IsWorkingDayAsync(date, cancellationToken) : holiday is not null;
        return (dayOff, holiday);
    }

    /// <summary>A Vietnam wall-clock time as a UTC instant.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, VietnamTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>What the warning blames: the first statutory holiday from the slot day up to the next working day (in the month), else the first day off.</summary>
    private async Task<Holiday?> FirstHolidayAsync(DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        var holidays = new List<Holiday>();
        for (var day = from; day < until && day.Month == from.Month; day = day.AddDays(1))
        {
            if (await calendar.HolidayOnAsync(day, cancellationToken) is { } holiday)
            {
                holidays.Add(holiday);
            }
        }
        return holidays.FirstOrDefault(h => h.Kind == HolidayKind.Statutory) ?? holidays.FirstOrDefault();
    }

    private static RegularSlotDate Result(DateOnly date, MeetingSlot slot, bool shifted, string? warning) =>
        new(date, ToUtc(date, slot.Time), shifted, warning);
}
