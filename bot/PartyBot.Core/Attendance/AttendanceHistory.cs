using PartyBot.Core.Meetings;

namespace PartyBot.Core.Attendance;

/// <summary>A member's attendance at one closed roll call, kept per member for the history and the absence warnings.</summary>
/// <param name="Spoke">Present and ticked as having spoken (phát biểu) in the discussion.</param>
public sealed record AttendanceHistoryEntry(
    string MemberId,
    string UnitId,
    string MeetingId,
    MeetingKind Kind,
    DateTimeOffset StartsAt,
    AttendanceState State,
    string? Reason = null,
    bool Spoke = false);

/// <summary>What the secretary is warned of when a roll call closes (domain.md "Chronic absence").</summary>
public enum AbsenceWarningKind
{
    /// <summary>The member reached N months with an unexcused absence in the calendar year.</summary>
    UnexcusedMonths,

    /// <summary>The member's excused absences in a row went over the limit.</summary>
    ExcusedInARow,
}

public sealed record AbsenceWarning(string MemberId, AbsenceWarningKind Kind, int Count, int Year);

/// <summary>
/// Reads a member's history of the calendar year for the warnings of domain.md: unexcused absence in N months of
/// the year (Điều lệ Điều 8 counts months: several unexcused meetings of one month count once), warned when the
/// count of the year reaches each configured number; excused absences in a row over the limit. The history is what
/// is recorded when the roll call closes, later meetings included: a paper roll call entered late, after a later
/// meeting's, is counted with what is already there, so the month it adds still reaches the warning.
/// </summary>
public static class AbsenceWatch
{
    /// <summary>The warnings that the roll call of <paramref name="meetingId"/> raises for this member.</summary>
    /// <param name="year">The member's history of the meeting's calendar year (Vietnam time), the meeting included.</param>
    public static IReadOnlyList<AbsenceWarning> Check(IReadOnlyList<AttendanceHistoryEntry> year, string unitId, string meetingId, AttendanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = year.OrderBy(e => e.StartsAt).ThenBy(e => e.MeetingId, StringComparer.Ordinal).ToList();
        var index = ordered.FindIndex(e => e.MeetingId == meetingId && string.Equals(e.UnitId, unitId, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return [];
        }
        var current = ordered[index];
        var calendarYear = Calendar.VietnamTime.ToVietnam(current.StartsAt).Year;
        var warnings = new List<AbsenceWarning>();
        if (current.State == AttendanceState.Unexcused && NewUnexcusedMonth(ordered, index) is { } months && options.UnexcusedMonthsToWarn.Contains(months))
        {
            warnings.Add(new AbsenceWarning(current.MemberId, AbsenceWarningKind.UnexcusedMonths, months, calendarYear));
        }
        if (current.State == AttendanceState.Excused && ExcusedRun(ordered, index) is var run && run > options.ExcusedInARowLimit)
        {
            warnings.Add(new AbsenceWarning(current.MemberId, AbsenceWarningKind.ExcusedInARow, run, calendarYear));
        }
        return warnings;
    }

    /// <summary>The number of months of the year with an unexcused absence, when this entry adds a new such month; else null.</summary>
    private static int? NewUnexcusedMonth(List<AttendanceHistoryEntry> ordered, int index)
    {
        static int Month(AttendanceHistoryEntry e) => Calendar.VietnamTime.ToVietnam(e.StartsAt).Month;
        var others = ordered.Where((e, i) => i != index && e.State == AttendanceState.Unexcused).Select(Month).ToHashSet();
        return others.Contains(Month(ordered[index])) ? null : others.Count + 1;
    }

    /// <summary>
    /// How many excused absences in a row pass through this entry, the ones recorded after it included (exempt
    /// meetings neither break nor extend the run).
    /// </summary>
    private static int ExcusedRun(List<AttendanceHistoryEntry> ordered, int index) =>
        1 + Run(ordered, index - 1, -1) + Run(ordered, index + 1, +1);

    private static int Run(List<AttendanceHistoryEntry> ordered, int from, int step)
    {
        var run = 0;
        for (var i = from; i >= 0 && i < ordered.Count; i += step)
        {
            switch (ordered[i].State)
            {
                case AttendanceState.Excused:
                    run++;
                    break;
                case AttendanceState.Exempt:
                    break;
                default:
                    return run;
            }
        }
        return run;
    }
}
