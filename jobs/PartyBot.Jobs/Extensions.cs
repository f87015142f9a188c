using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.BotFramework;
using PartyBot.Core.Surveys;
using PartyBot.Jobs.CommitteeAttendance;
using PartyBot.Jobs.Maintenance;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Jobs.Reports;
using PartyBot.Jobs.Surveys;
using Quartz;

namespace PartyBot.Jobs;

public static class Extensions
{
    /// <summary>Quartz in the host: scanner jobs on cron schedules from configuration, in Asia/Ho_Chi_Minh.</summary>
    public static IServiceCollection AddPartyBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFramework(configuration); // The connector client the senders use; added once when the host asks too.
        services.AddQuartz(quartz =>
        {
            quartz.AddJobListener<JobRunMetrics>(); // partybot.jobs.runs, exported when telemetry is on
            quartz.AddScheduledJob<PurgeProcessedActivitiesJob>(configuration, PurgeProcessedActivitiesJob.Name, PurgeProcessedActivitiesJob.DefaultCron);
            quartz.AddScheduledJob<PlanMeetingsJob>(configuration, PlanMeetingsJob.Name, PlanMeetingsJob.DefaultCron);
            quartz.AddScheduledJob<AnnounceMeetingsJob>(configuration, AnnounceMeetingsJob.Name, AnnounceMeetingsJob.DefaultCron);
            quartz.AddScheduledJob<MeetingRemindersJob>(configuration, MeetingRemindersJob.Name, MeetingRemindersJob.DefaultCron);
            quartz.AddScheduledJob<ThematicRemindersJob>(configuration, ThematicRemindersJob.Name, ThematicRemindersJob.DefaultCron);
            quartz.AddScheduledJob<AssignAttendeesJob>(configuration, AssignAttendeesJob.Name, AssignAttendeesJob.DefaultCron);
            quartz.AddScheduledJob<SurveyScannerJob>(configuration, SurveyScannerJob.Name, SurveyScannerJob.DefaultCron);
            quartz.AddScheduledJob<ReportScannerJob>(configuration, ReportScannerJob.Name, ReportScannerJob.DefaultCron);
        });
        // Scoped: they use the transient connector client; Quartz runs each job in its own scope, the bot each turn.
        services.AddScoped<MemberOutbox>();
        services.AddScoped<IOutboxObserver, UnreachableRecipients>();
        services.AddSingleton<AgendaViews>();
        services.AddScoped<MeetingPublisher>();
        services.AddScoped<IOutboxObserver, InvitationObserver>(); // records the posted invitation's activity id
        services.AddScoped<MeetingReminders>();
        services.AddScoped<ThematicReminders>();
        services.AddScoped<PlanWarningNotifier>();
        services.AddScoped<BreachNotifier>();
        services.AddScoped<AssignmentNotifier>();
        services.AddSingleton<AssignmentTrigger>();
        services.AddScoped<AttendeeAssigner>();
        services.AddScoped<SurveyScanner>();
        services.AddScoped<ReportChaser>();
        services.AddScoped<ReportNotifier>();
        services.AddBallotKeyCheck(); // reminders re-derive the ballots' keyed hashes
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<CatchUpOnStart>();
        services.AddOutboxDispatcher(configuration); // delivers what the senders enqueue (Outbox:Dispatcher:Enabled)
        return services;
    }
}
