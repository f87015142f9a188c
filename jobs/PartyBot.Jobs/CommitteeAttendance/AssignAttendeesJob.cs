using Quartz;

namespace PartyBot.Jobs.CommitteeAttendance;

/// <summary>Assigns committee members to the coming weeks' chi bộ meetings (<see cref="AttendeeAssigner"/>); safe to run as often as configured.</summary>
[DisallowConcurrentExecution]
internal sealed class AssignAttendeesJob(AttendeeAssigner assigner) : IJob
{
    public const string Name = "AssignAttendees";

    /// <summary>Every day at 06:30, Vietnam time: after the meetings are planned (06:00).</summary>
    public const string DefaultCron = "0 30 6 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await assigner.AssignAsync(cancellationToken);
}
