using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework;
using PartyBot.Core.Outbox;
using Quartz;

namespace PartyBot.Jobs.Messaging.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// The <see cref="OutboxDispatcher"/> as a hosted service (turned off with <c>Outbox:Dispatcher:Enabled=false</c>),
    /// its options validated at start, and the nightly <see cref="PurgeOutboxJob"/> (<c>Jobs:PurgeOutbox:Cron</c>; it runs
    /// where Quartz is hosted). Needs <c>AddPartyBotCore</c> (the <see cref="Core.Outbox.OutboxStore"/>).
    /// </summary>
    public static IServiceCollection AddOutboxDispatcher(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFramework(configuration);
        services.AddMetrics();
        services.AddOptions<OutboxDispatcherOptions>()
            .Bind(configuration.GetSection(OutboxDispatcherOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, ValidateOutboxLease>();
        services.AddQuartz(quartz => quartz.AddScheduledJob<PurgeOutboxJob>(configuration, PurgeOutboxJob.Name, PurgeOutboxJob.DefaultCron));
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(static provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
