using Quartz;

namespace PartyBot.Jobs.Meetings;

/// <summary>Thematic-session reminders to secretaries and followers (<see cref="ThematicReminders"/>); each sent once.</summary>
[DisallowConcurrentExecution]
internal sealed class ThematicRemindersJob(ThematicReminders reminders) : IJob
{
    public const string Name = "ThematicReminders";

    /// <summary>Every day at 08:00, Vietnam time.</summary>
    public const string DefaultCron = "0 0 8 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.SendDueAsync(cancellationToken);
}
