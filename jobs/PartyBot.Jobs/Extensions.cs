using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.Jobs.Maintenance;
using PartyBot.Jobs.Meetings;
using Quartz;

namespace PartyBot.Jobs;

public static class Extensions
{
    /// <summary>Quartz in the host: scanner jobs on cron schedules from configuration, in Asia/Ho_Chi_Minh.</summary>
    public static IServiceCollection AddPartyBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQuartz(quartz =>
        {
            quartz.AddScheduledJob<PurgeProcessedActivitiesJob>(configuration, PurgeProcessedActivitiesJob.Name, PurgeProcessedActivitiesJob.DefaultCron);
            quartz.AddScheduledJob<PlanMeetingsJob>(configuration, PlanMeetingsJob.Name, PlanMeetingsJob.DefaultCron);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
