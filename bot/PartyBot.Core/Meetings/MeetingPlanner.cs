using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Meetings;

/// <summary>A planned meeting whose date the secretary should check (<see cref="RegularSlotDate.Warning"/>).</summary>
public sealed record PlanWarning(string UnitId, string MeetingId, string Text);

/// <summary>What one planning run did. Warnings are those of the meetings this run created, so each is told once.</summary>
public sealed record PlanSummary(int Created, int AlreadyPlanned, IReadOnlyList<PlanWarning> Warnings);

/// <summary>
/// Keeps every chi bộ's regular meetings planned: the current month's (unless already past) and the next
/// <see cref="MeetingOptions.PlanMonthsAhead"/> months', under the deterministic id <see cref="Meeting.RegularId"/>.
/// A meeting that exists is never touched, so the secretary's edits and cancellations stay, and two runs (or two
/// hosts) at once write each month's meeting once.
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
        int created = 0, existing = 0;
        var warnings = new List<PlanWarning>();
        foreach (var cell in tree.Units.Where(u => u.IsCell).OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            for (var ahead = 0; ahead <= options.Value.PlanMonthsAhead; ahead++)
            {
                var month = new DateOnly(now.Year, now.Month, 1).AddMonths(ahead);
                var (outcome, warning) = await PlanMonthAsync(cell, month.Year, month.Month, now, cancellationToken);
                created += outcome == Outcome.Created ? 1 : 0;
                existing += outcome == Outcome.Existing ? 1 : 0;
                if (warning is not null)
                {
                    warnings.Add(warning);
                }
            }
        }
        LogPlanned(logger, created, existing, warnings.Count);
        return new PlanSummary(created, existing, warnings);
    }

    private async Task<(Outcome Outcome, PlanWarning? Warning)> PlanMonthAsync(Unit cell, int year, int month, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = Meeting.RegularId(year, month);
        if (await meetings.GetAsync(cell.Id, id, cancellationToken) is not null)
        {
            return (Outcome.Existing, null);
        }
        var date = await rule.ResolveAsync(cell.Slot ?? MeetingSlot.Default, year, month, cancellationToken);
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

    private enum Outcome
    {
        Created,
        Existing,
        Past,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned {Created} regular meetings ({Existing} already planned, {Warnings} to check)")]
    private static partial void LogPlanned(ILogger logger, int created, int existing, int warnings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Regular meeting {MeetingId} of unit {UnitId} could not move forward within its month")]
    private static partial void LogSlotWarning(ILogger logger, string unitId, string meetingId);
}
