using Quartz;

namespace PartyBot.Jobs.Meetings;

/// <summary>The morning-of-the-day reminders (<see cref="MeetingReminders"/>); runs again safely, nothing is enqueued twice.</summary>
[DisallowConcurrentExecution]
internal sealed class MeetingRemindersJob(MeetingReminders reminders) : IJob
{
    public const string Name = "MeetingReminders";

    /// <summary>Every day at 07:00, Vietnam time.</summary>
    public const string DefaultCron = "0 0 7 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.SendDueAsync(cancellationToken);
}
