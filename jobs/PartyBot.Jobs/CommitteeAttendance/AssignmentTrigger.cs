using Quartz;

namespace PartyBot.Jobs.CommitteeAttendance;

/// <summary>
/// Runs the assignment job now (a member declined: someone else is to be chosen and told) without making the caller
/// wait for it; the job is a scanner, so an extra run is harmless and a failed trigger is caught up by the next run.
/// </summary>
public sealed class AssignmentTrigger(ISchedulerFactory schedulers)
{
    public async Task TriggerAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(new JobKey(AssignAttendeesJob.Name), cancellationToken);
    }
}
