using Microsoft.Extensions.Logging;
using PartyBot.Core.Meetings;
using PartyBot.Jobs.CommitteeAttendance;
using Quartz;

namespace PartyBot.Jobs.Meetings;

/// <summary>Keeps every chi bộ's regular meetings planned and checked against the calendar (<see cref="MeetingPlanner"/>) and tells the secretary of a date to check; safe to run as often as configured;
/// a failed run is logged by Quartz and the next one catches up. New or moved meetings start the committee-attendance
/// assignment at once, so they get their attendee as they are planned, not the next morning.</summary>
[DisallowConcurrentExecution]
internal sealed partial class PlanMeetingsJob(MeetingPlanner planner, PlanWarningNotifier notifier, AssignmentTrigger assignment, ILogger<PlanMeetingsJob> logger) : IJob
{
    public const string Name = "PlanMeetings";

    /// <summary>Every day at 06:00, Vietnam time.</summary>
    public const string DefaultCron = "0 0 6 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var summary = await planner.PlanAsync(cancellationToken);
        LogRun(logger, summary.Created, summary.Moved, summary.Warnings.Count);
        await notifier.NotifyAsync(summary.Warnings, cancellationToken);
        if (summary.Created + summary.Moved > 0)
        {
            await assignment.TriggerAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting planning created {Created} meetings, moved {Moved} off a new day off, {Warnings} with a date to check")]
    private static partial void LogRun(ILogger logger, int created, int moved, int warnings);
}
