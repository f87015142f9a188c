using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.BotFramework;

namespace PartyBot.Jobs.Messaging.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// The <see cref="OutboxDispatcher"/> as a hosted service (turned off with <c>Outbox:Dispatcher:Enabled=false</c>),
    /// its options validated at start. Needs <c>AddPartyBotCore</c> (the <see cref="Core.Outbox.OutboxStore"/>).
    /// </summary>
    public static IServiceCollection AddOutboxDispatcher(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFramework(configuration);
        services.AddMetrics();
        services.AddOptions<OutboxDispatcherOptions>()
            .Bind(configuration.GetSection(OutboxDispatcherOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(static provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
