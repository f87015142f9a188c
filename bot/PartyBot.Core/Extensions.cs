using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
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

    /// <summary>Storage on Azure Tables (ConnectionStrings:Tables), created at start, with a health check.</summary>
    public static IServiceCollection AddPartyBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddTimeProvider();
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connectionString = configuration.GetConnectionString(TablesConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Tables is not set. Locally: \"UseDevelopmentStorage=true\" with Azurite (infra/local/run starts it).");
        }
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        services.AddSingleton(new TableServiceClient(connectionString, StorageClientOptions(storage)));
        services.AddSingleton<TableStore>();
        services.AddSingleton<ClaimStore>();
        services.AddSingleton(HostInstance.Current);
        services.AddSingleton<ProcessedActivityStore>();
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
        services.AddReports(configuration);
        services.AddDownloads(configuration);
        services.AddHostedService<TableInitializer>();
        services.AddSingleton<TableStorageHealthCheck>(); // one instance: it keeps the last answer
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("tables");
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary>Short retries: a turn waits for them, and a user should hear "thử lại sau" in seconds, not wait.</summary>
    private static TableClientOptions StorageClientOptions(StorageOptions storage)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = storage.MaxRetries;
        options.Retry.Delay = storage.RetryDelay;
        options.Retry.MaxDelay = storage.RetryDelay * 8;
        options.Retry.NetworkTimeout = storage.NetworkTimeout;
        return options;
    }
}
