using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace PartyBot.Jobs;

/// <summary>
/// At start: runs the scanner jobs named in Jobs:RunOnStart (comma-separated) once, so a fresh deployment (or a
/// newcomer's first local run) sees next months' meetings planned without waiting for 06:00; and catches up the daily
/// jobs of Jobs:CatchUpToday whose time today (Vietnam) has already come, so a host that was down at 07:00 still sends
/// that morning's reminders when it is back within the day. Never a past day's: each scan works on today only, and a
/// host back before today's time waits for it. The jobs are idempotent scanners, so an extra run is harmless.
/// </summary>
internal sealed partial class CatchUpOnStart(ISchedulerFactory schedulers, IConfiguration configuration, TimeProvider time, ILogger<CatchUpOnStart> logger)
    : IHostedService
{
    public const string DefaultJobs = "PlanMeetings,AnnounceMeetings,Reports";

    /// <summary>Daily jobs whose run of the day must not be lost to a host that was down at its time.</summary>
    public const string DefaultCatchUpToday = "MeetingReminders,ThematicReminders,AssignAttendees";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var onStart = Names("Jobs:RunOnStart", DefaultJobs);
        foreach (var name in onStart)
        {
            await scheduler.TriggerJob(new JobKey(name), null!, cancellationToken);
            LogTriggered(logger, name);
        }
        var now = time.GetUtcNow();
        foreach (var name in Names("Jobs:CatchUpToday", DefaultCatchUpToday).Except(onStart, StringComparer.Ordinal))
        {
            if (await scheduler.GetTrigger(new TriggerKey(JobSchedule.TriggerName(name)), cancellationToken) is ICronTrigger trigger &&
                FirstRunToday(trigger.CronExpressionString!, trigger.TimeZone, now) is { } missed)
            {
                await scheduler.TriggerJob(new JobKey(name), null!, cancellationToken);
                LogCatchingUp(logger, name, missed);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The schedule's first time today (in its zone) if it is not later than <paramref name="now"/>; null when today's run is still to come.</summary>
    internal static DateTimeOffset? FirstRunToday(string cron, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = new DateTimeOffset(local.Date, zone.GetUtcOffset(local.Date));
        var first = new CronExpression(cron, zone).GetNextValidTimeAfter(midnight.AddSeconds(-1));
        return first is { } run && run <= now && TimeZoneInfo.ConvertTime(run, zone).Date == local.Date
            ? TimeZoneInfo.ConvertTime(run, zone)
            : null;
    }

    private string[] Names(string key, string defaults) =>
        (configuration[key] ?? defaults).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} triggered at start")]
    private static partial void LogTriggered(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Job {Job} catches up today's run: it was due at {Run:HH:mm dd/MM/yyyy} (Vietnam time), before this host started; what it already queued is not queued again")]
    private static partial void LogCatchingUp(ILogger logger, string job, DateTimeOffset run);
}
