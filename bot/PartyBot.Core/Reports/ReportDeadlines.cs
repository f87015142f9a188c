using PartyBot.Core.Calendar;
using PartyBot.Core.Surveys;

namespace PartyBot.Core.Reports;

/// <summary>
/// Due days and lateness on Vietnam's working calendar (weekends, holidays, Tết and the swapped working days of the
/// editable table). A periodic report is due on the period's last month's <see cref="ReportKind.DueDayOfMonth"/> plus
/// <see cref="ReportKind.WorkingDaysAfter"/> working days; the minutes <see cref="ReportKind.DaysAfterMeeting"/> days after
/// the meeting, moved to the next working day when that is a day off (the office does not receive on it).
/// </summary>
public sealed class ReportDeadlines(WorkingCalendar calendar)
{
    public async Task<DateOnly> DueOfPeriodAsync(ReportKind kind, int year, int lastMonth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var day = new DateOnly(year, lastMonth, Math.Min(kind.DueDayOfMonth, DateTime.DaysInMonth(year, lastMonth)));
        return await AddWorkingDaysAsync(day, kind.WorkingDaysAfter, cancellationToken);
    }

    public async Task<DateOnly> DueAfterMeetingAsync(ReportKind kind, DateTimeOffset meetingEndsAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return await calendar.NextWorkingDayOnOrAfterAsync(DayOf(meetingEndsAt).AddDays(kind.DaysAfterMeeting), cancellationToken);
    }

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="day"/> (the day itself for 0).</summary>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly day, int count, CancellationToken cancellationToken)
    {
        for (var added = 0; added < count;)
        {
            day = day.AddDays(1);
            if (await calendar.IsWorkingDayAsync(day, cancellationToken))
            {
                added++;
            }
        }
        return day;
    }

    /// <summary>How many working days lie after <paramref name="due"/> up to and including <paramref name="day"/> (0 when on or before).</summary>
    public async Task<int> WorkingDaysLateAsync(DateOnly due, DateOnly day, CancellationToken cancellationToken)
    {
        var late = 0;
        for (var d = due.AddDays(1); d <= day; d = d.AddDays(1))
        {
            if (await calendar.IsWorkingDayAsync(d, cancellationToken))
            {
                late++;
            }
        }
        return late;
    }

    public Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken cancellationToken) => calendar.IsWorkingDayAsync(day, cancellationToken);

    public Task<DateOnly> NextWorkingDayOnOrAfterAsync(DateOnly day, CancellationToken cancellationToken) => calendar.NextWorkingDayOnOrAfterAsync(day, cancellationToken);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(VietnamTime.ToVietnam(instant).DateTime);

    /// <summary>The periods of a kind whose reports fall due around <paramref name="year"/>: key and last month.</summary>
    public static IEnumerable<(string Key, int Year, int LastMonth)> PeriodsOf(ReportPeriod period, int year) => period switch
    {
        ReportPeriod.Quarterly => Enumerable.Range(1, 4).Select(q => (new Quarter(year, q).ToString(), year, q * 3)),
        ReportPeriod.HalfYearly => [($"{year:D4}-H1", year, 6)],
        ReportPeriod.Yearly => [($"{year:D4}", year, 12)],
        _ => [],
    };
}
