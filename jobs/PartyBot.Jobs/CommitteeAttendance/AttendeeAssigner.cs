using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.CommitteeAttendance;

/// <summary>What one run of the assignment did.</summary>
/// <param name="Lost">Rows another run (or the member's answer) changed first: left to it, looked at again next run.</param>
public sealed record AssignmentRun(int Assigned, int Released, int Rechecked, int Lost, IReadOnlyList<RuleBreach> Breaches);

/// <summary>
/// The assignment scanner: for each quarter the coming weeks touch, plans the whole quarter (<see cref="RotationPlanner"/>)
/// from storage, stores the choices for meetings starting within <see cref="CommitteeAttendanceOptions.AssignDaysAhead"/>,
/// releases or brings up to date what the plan says, and tells the office of the rules that cannot be kept. A new row
/// is an insert and every change is under the row's ETag, so two runs at once give each meeting one assignment. Every
/// run queues the card of each pending choice again (the outbox keeps one per key), so a choice whose run died before
/// its card was queued is still told.
/// </summary>
public sealed partial class AttendeeAssigner(
    OrganizationStore organization,
    MeetingStore meetings,
    AssignmentStore assignments,
    AssignmentAnswers answers,
    UnavailabilityStore unavailability,
    BreachNotifier notifier,
    AssignmentNotifier cards,
    MeetingPublisher publisher,
    IOptions<CommitteeAttendanceOptions> options,
    TimeProvider time,
    ILogger<AttendeeAssigner> logger)
{
    public async Task<AssignmentRun> AssignAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var horizon = now.AddDays(options.Value.AssignDaysAhead);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var members = await organization.AllMembersAsync(cancellationToken);
        var committee = members.Where(m => m.Committee is not null).ToList();
        var byId = members.DistinctBy(m => m.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var cells = tree.Units.Where(u => u.IsCell).Select(u => u.Id).ToList();
        var total = new AssignmentRun(0, 0, 0, 0, []);
        for (var quarter = Quarter.Of(now); quarter.Starts < horizon; quarter = quarter.Next)
        {
            var input = new RotationInput(
                options.Value.Rules,
                quarter,
                now,
                tree,
                await meetings.ListStartingAsync(cells, quarter.Starts, quarter.Ends, cancellationToken),
                committee,
                await unavailability.ListOverlappingAsync(quarter.FirstDay, quarter.EndDay.AddDays(-1), cancellationToken),
                await assignments.ListQuarterAsync(quarter, cancellationToken));
            var plan = RotationPlanner.Plan(input);
            var meetingsById = input.Meetings.ToDictionary(m => (m.UnitId, m.Id));
            var (run, chosen, moved) = await ApplyAsync(quarter, input.Existing, meetingsById, plan, now, horizon, cancellationToken);
            foreach (var assignment in chosen)
            {
                await cards.NotifyAsync(assignment, meetingsById[(assignment.UnitId, assignment.MeetingId)], tree, byId, cancellationToken);
            }
            foreach (var (memberId, assignment) in moved)
            {
                var meeting = meetingsById[(assignment.UnitId, assignment.MeetingId)];
                await (meeting.Status == MeetingStatus.Cancelled
                    ? cards.NotifyCancelledAsync(memberId, assignment, meeting, tree, byId, cancellationToken)
                    : cards.NotifyMovedAsync(memberId, assignment, meeting, tree, byId, cancellationToken));
            }
            LogQuarter(logger, quarter.Key, run.Assigned, run.Released, run.Rechecked, run.Lost, plan.Breaches.Count);
            await notifier.NotifyAsync(quarter, tree, members, plan.Breaches, cancellationToken);
            total = new AssignmentRun(total.Assigned + run.Assigned, total.Released + run.Released, total.Rechecked + run.Rechecked,
                total.Lost + run.Lost, [.. total.Breaches, .. plan.Breaches]);
        }
        return total;
    }

    /// <summary>
    /// Stores the plan; returns what it did, the rows to tell of their choice (the new ones and the pending ones), and the rows of moved or cancelled meetings with the
    /// member who was going (kept with the new start, released because the new time does not suit, or released because the
    /// chi bộ cancelled): all to be told.
    /// </summary>
    private async Task<(AssignmentRun Run, List<CommitteeAssignment> Chosen, List<(string MemberId, CommitteeAssignment Row)> Moved)> ApplyAsync(
        Quarter quarter, IReadOnlyList<CommitteeAssignment> existing, Dictionary<(string, string), Meeting> meetingsById, RotationPlan plan, DateTimeOffset now, DateTimeOffset horizon, CancellationToken cancellationToken)
    {
        var rows = existing.ToDictionary(r => (r.UnitId, r.MeetingId));
        var (assigned, released, rechecked, lost) = (0, 0, 0, 0);
        var chosen = new List<CommitteeAssignment>();
        var moved = new List<(string MemberId, CommitteeAssignment Row)>();
        foreach (var release in plan.Releases)
        {
            var row = rows[(release.UnitId, release.MeetingId)];
            var next = row with
            {
                MemberId = null,
                State = AssignmentState.Released,
                Reason = release.Reason,
                UpdatedAt = now,
                DeclinedBy = release.Cause == ReleaseCause.NoAnswer ? [.. row.Decliners, release.MemberId] : row.DeclinedBy,
            };
            if (await Replace(row, next) is { } stored)
            {
                rows[(row.UnitId, row.MeetingId)] = stored;
                released++;
                if ((release.Cause is ReleaseCause.Clash or ReleaseCause.Unavailable && meetingsById.TryGetValue((row.UnitId, row.MeetingId), out var meeting)
                    && meeting.StartsAt != row.StartsAt) || release.Cause == ReleaseCause.MeetingCancelled)
                {
                    moved.Add((release.MemberId, stored));
                }
                if (row.State == AssignmentState.Confirmed && release.Cause != ReleaseCause.MeetingGone
                    && await answers.SetAttendeeAsync(row.UnitId, row.MeetingId, release.MemberId, attending: false, cancellationToken) is { } changed)
                {
                    await publisher.RefreshCardAsync(changed, cancellationToken);
                }
            }
            else
            {
                lost++;
            }
        }
        foreach (var recheck in plan.Rechecks)
        {
            var row = rows[(recheck.UnitId, recheck.MeetingId)];
            if (await Replace(row, row with { StartsAt = recheck.StartsAt, UpdatedAt = now }) is { } stored)
            {
                rows[(row.UnitId, row.MeetingId)] = stored;
                rechecked++;
                moved.Add((recheck.MemberId, stored));
            }
            else
            {
                lost++;
            }
        }
        foreach (var choice in plan.Choices.Where(c => c.StartsAt < horizon))
        {
            var fresh = new CommitteeAssignment(quarter, choice.UnitId, choice.MeetingId, choice.MemberId, AssignmentState.Pending, choice.StartsAt, choice.Reason, 1, now);
            var stored = rows.TryGetValue((choice.UnitId, choice.MeetingId), out var row)
                ? row.State == AssignmentState.Released ? await Replace(row, fresh with { Round = row.Round + 1, DeclinedBy = row.DeclinedBy }) : null
                : await assignments.TryAddAsync(fresh, cancellationToken) ? fresh : null;
            if (stored is not null)
            {
                assigned++;
                chosen.Add(stored);
            }
            else
            {
                lost++;
                LogLost(logger, quarter.Key, choice.UnitId, choice.MeetingId);
            }
        }
        // A choice stored by a run that died before queuing its card is told now; for the others the outbox has the key already.
        chosen.AddRange(rows.Values.Where(r => r.State == AssignmentState.Pending && r.MemberId is not null && r.StartsAt > now && r.StartsAt < horizon
            && meetingsById.TryGetValue((r.UnitId, r.MeetingId), out var meeting) && meeting.Status != MeetingStatus.Cancelled));
        return (new AssignmentRun(assigned, released, rechecked, lost, []), chosen, moved);

        async Task<CommitteeAssignment?> Replace(CommitteeAssignment row, CommitteeAssignment next) =>
            await assignments.TryReplaceAsync(row, next, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Committee attendance {Quarter}: {Assigned} assigned, {Released} released, {Rechecked} moved and kept, {Lost} left to another run, {Breaches} rules not kept")]
    private static partial void LogQuarter(ILogger logger, string quarter, int assigned, int released, int rechecked, int lost, int breaches);

    [LoggerMessage(Level = LogLevel.Information, Message = "Committee attendance {Quarter}: the assignment of {UnitId}/{MeetingId} was changed by another run first; left to it")]
    private static partial void LogLost(ILogger logger, string quarter, string unitId, string meetingId);
}
