using Azure.Monitor.OpenTelemetry.AspNetCore;
using PartyBot.Jobs;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Bot.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>The setting Azure (Container Apps, App Service) and the Azure Monitor distro use.</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// OpenTelemetry to Application Insights (requests, dependencies: Table storage and the connector, logs, and the
    /// meters of the outbox and the jobs) when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; nothing otherwise
    /// (locally and in the tests nothing is collected nor exported).
    /// </summary>
    public static IServiceCollection AddPartyBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }
        services.AddOpenTelemetry()
            .UseAzureMonitor(options => options.ConnectionString = connectionString)
            .WithMetrics(metrics => metrics.AddMeter(OutboxMetrics.MeterName, JobRunMetrics.MeterName));
        return services;
    }
}
