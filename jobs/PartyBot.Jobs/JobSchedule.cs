using Microsoft.Extensions.Configuration;
using PartyBot.Core.Calendar;
using Quartz;

namespace PartyBot.Jobs;

/// <summary>
/// Registers a scanner job whose cron schedule comes from configuration (Jobs:{Name}:Cron), in Vietnam's
/// time zone, so tests and demos can run jobs as often as they like.
/// </summary>
internal static class JobSchedule
{
    public static void AddScheduledJob<TJob>(this IQuartzBuilder quartz, IConfiguration configuration, string name, string defaultCron)
        where TJob : IJob
    {
        var cron = CronOf(configuration, name, defaultCron);
        quartz.ScheduleJob<TJob>(
            trigger => trigger
                .WithIdentity(TriggerName(name))
                .WithCronSchedule(cron, schedule => schedule
                    .InTimeZone(VietnamTime.Zone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
            job => job.WithIdentity(name).DisallowConcurrentExecution());
    }

    /// <summary>The name of the job's cron trigger.</summary>
    public static string TriggerName(string job) => $"{job}.cron";

    /// <summary>The configured cron expression; a bad one stops the host at start with a clear message.</summary>
    public static string CronOf(IConfiguration configuration, string name, string defaultCron)
    {
        var key = $"Jobs:{name}:Cron";
        var cron = configuration[key] ?? defaultCron;
        try
        {
            _ = new CronExpression(cron);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"{key} is not a valid Quartz cron expression: \"{cron}\". {ex.Message}", ex);
        }
        return cron;
    }
}
