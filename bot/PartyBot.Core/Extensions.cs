using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.Core.Attendance;
using PartyBot.Core.Caching;
using PartyBot.Core.Calendar;
using PartyBot.Core.CalendarFeeds;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Conversations;
using PartyBot.Core.Downloads;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Core.Reports;
using PartyBot.Core.Storage;
using PartyBot.Core.Surveys;

namespace PartyBot.Core;

public static class Extensions
{
    public const string TablesConnectionName = "Tables";

    /// <summary>The tag of the health checks that /healthz/ready runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Storage on Azure Tables (ConnectionStrings:Tables, or Storage:TableServiceUri by managed identity), created at start, with a health check.</summary>
    public static IServiceCollection AddPartyBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddTimeProvider();
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(TableServiceClientFactory.Create(configuration.GetConnectionString(TablesConnectionName), storage));
        services.AddSingleton<TableStore>();
        services.AddSingleton<ClaimStore>();
        services.AddSingleton(HostInstance.Current);
        services.AddSingleton<ProcessedActivityStore>();
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<OrganizationStore>();
        services.AddSingleton<OrganizationDirectory>();
        services.AddCalendar(configuration);
        services.AddMeetings(configuration);
        services.AddAttendance(configuration);
        services.AddCommitteeAttendance(configuration);
        services.AddSurveys(configuration);
        services.AddCalendarFeeds(configuration);
        services.AddReports(configuration);
        services.AddDownloads(configuration);
        services.AddHostedService<TableInitializer>();
        services.AddSingleton<TableStorageHealthCheck>(); // one instance: it keeps the last answer
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("tables", tags: [ReadyTag]);
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
