using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Meetings;

/// <summary>A planned meeting whose date the secretary should check: the meeting's stored <see cref="Meeting.Warning"/>.</summary>
public sealed record PlanWarning(string UnitId, string MeetingId, string Text);

/// <summary>
/// What one planning run did. Warnings are those of every upcoming regular meeting that carries one, each run again
/// (so a run that failed before telling is caught up by the next): the notifier tells each text once.
/// </summary>
public sealed record PlanSummary(int Created, int AlreadyPlanned, IReadOnlyList<PlanWarning> Warnings, int Moved = 0);

/// <summary>
/// Keeps every chi bộ's regular meetings planned: the current month's (unless already past) and the next
/// <see cref="MeetingOptions.PlanMonthsAhead"/> months', under the deterministic id <see cref="Meeting.RegularId"/>.
/// A meeting that exists keeps the secretary's edits and cancellations, and two runs (or two hosts) at once write
/// each month's meeting once. Each run checks the upcoming ones against the calendar as it is now (the days-off table
/// may have changed): a meeting still on the planner's date and not yet announced that now falls on a day off moves to
/// the slot's new date, under its ETag; one already announced stays, with a warning for the secretary.
/// </summary>
public sealed partial class MeetingPlanner(
    OrganizationStore organization,
    MeetingStore meetings,
    RegularSlotRule rule,
    IOptions<MeetingOptions> options,
    TimeProvider time,
    ILogger<MeetingPlanner> logger)
{
    public async Task<PlanSummary> PlanAsync(CancellationToken cancellationToken)
    {
        var now = VietnamTime.Now(time);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        int created = 0, existing = 0, moved = 0;
        var warnings = new List<PlanWarning>();
        foreach (var cell in tree.Units.Where(u => u.IsCell).OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            for (var ahead = 0; ahead <= options.Value.PlanMonthsAhead; ahead++)
            {
                var month = new DateOnly(now.Year, now.Month, 1).AddMonths(ahead);
                var (outcome, warning) = await PlanMonthAsync(cell, month.Year, month.Month, now, cancellationToken);
                created += outcome == Outcome.Created ? 1 : 0;
                existing += outcome is Outcome.Existing or Outcome.Moved ? 1 : 0;
                moved += outcome == Outcome.Moved ? 1 : 0;
                if (warning is not null)
                {
                    warnings.Add(warning);
                }
            }
        }
        LogPlanned(logger, created, existing, moved, warnings.Count);
        return new PlanSummary(created, existing, warnings, moved);
    }

    private async Task<(Outcome Outcome, PlanWarning? Warning)> PlanMonthAsync(Unit cell, int year, int month, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = Meeting.RegularId(year, month);
        var slot = cell.Slot ?? MeetingSlot.Default;
        if (await meetings.GetAsync(cell.Id, id, cancellationToken) is { } stored)
        {
            return await RecheckAsync(stored, slot, year, month, now, cancellationToken);
        }
        var date = await rule.ResolveAsync(slot, year, month, cancellationToken);
        if (date.StartsAt <= now)
        {
            return (Outcome.Past, null);
        }
        var meeting = new Meeting(cell.Id, id, MeetingKind.Regular, date.StartsAt, options.Value.MinimumMinutes,
            PlannedAutomatically: true, Warning: date.Warning);
        if (!await meetings.AddAsync(meeting, cancellationToken))
        {
            return (Outcome.Existing, null);
        }
        if (date.Warning is null)
        {
            return (Outcome.Created, null);
        }
        LogSlotWarning(logger, cell.Id, id);
        return (Outcome.Created, new PlanWarning(cell.Id, id, date.Warning));
    }

    /// <summary>
    /// An existing upcoming meeting on the planner's date (<see cref="Meeting.PlannedAutomatically"/>: the secretary
    /// has not moved it) against today's calendar. On a day off for this chi bộ: planned, it moves to the slot's new
    /// date; announced (or with nowhere to go), it keeps its day and gets a warning. Every write is under the row's
    /// ETag and only if the meeting is still as read, so concurrent runs move it once.
    /// </summary>
    private async Task<(Outcome Outcome, PlanWarning? Warning)> RecheckAsync(
        Meeting stored, MeetingSlot slot, int year, int month, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (stored.Status == MeetingStatus.Cancelled || stored.StartsAt <= now)
        {
            return (Outcome.Existing, null);
        }
        var meeting = stored;
        var outcome = Outcome.Existing;
        var day = DateOnly.FromDateTime(VietnamTime.ToVietnam(stored.StartsAt).DateTime);
        var (dayOff, holiday) = await rule.DayOffAsync(slot, day, cancellationToken);
        if (dayOff && stored.PlannedAutomatically && stored.Kind == MeetingKind.Regular)
        {
            var date = await rule.ResolveAsync(slot, year, month, cancellationToken);
            var move = stored.Status == MeetingStatus.Planned && date.StartsAt != stored.StartsAt && date.StartsAt > now;
            var warning = date.StartsAt == stored.StartsAt ? date.Warning
                : move ? Join(PlanningTexts.MovedOffDayOff(year, month, day, holiday, date.Date), date.Warning)
                : stored.Status == MeetingStatus.Announced ? PlanningTexts.AnnouncedOnDayOff(year, month, day, holiday)
                : PlanningTexts.SlotNoWorkingDay(year, month, holiday, day);
            if (move || (warning is not null && warning != stored.Warning))
            {
                var startsAt = move ? date.StartsAt : stored.StartsAt;
                var changed = false;
                meeting = await meetings.UpdateAsync(stored.UnitId, stored.Id, m =>
                {
                    changed = IsAsRead(m, stored);
                    return changed ? m with { StartsAt = startsAt, Warning = warning } : m;
                }, cancellationToken) ?? stored;
                if (move && changed)
                {
                    outcome = Outcome.Moved;
                    LogMoved(logger, stored.UnitId, stored.Id);
                }
            }
        }
        return (outcome, meeting.Status != MeetingStatus.Cancelled && meeting.Warning is { } text ? new PlanWarning(meeting.UnitId, meeting.Id, text) : null);
    }

    private static bool IsAsRead(Meeting current, Meeting read) =>
        current.Status == read.Status && current.StartsAt == read.StartsAt && current.PlannedAutomatically && current.Kind == MeetingKind.Regular;

    private static string Join(string text, string? more) => more is null ? text : $"{text} {more}";

    private enum Outcome
    {
        Created,
        Existing,
        Moved,
        Past,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned {Created} regular meetings ({Existing} already planned, {Moved} of them moved off a new day off, {Warnings} to check)")]
    private static partial void LogPlanned(ILogger logger, int created, int existing, int moved, int warnings);

    [LoggerMessage(Level = LogLevel.Information, Message = "Regular meeting {MeetingId} of unit {UnitId} moved off a day off the calendar now has")]
    private static partial void LogMoved(ILogger logger, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Regular meeting {MeetingId} of unit {UnitId} has a date for its secretary to check (outside the month, or kept on a day off)")]
    private static partial void LogSlotWarning(ILogger logger, string unitId, string meetingId);
}
