using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartyBot.Core.Meetings;

internal static class MeetingServiceCollectionExtensions
{
    /// <summary>Meeting rules (section "Meetings"), the meetings' store, the slot rule, the planner and the thematic check.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeetingOptions>()
            .Bind(configuration.GetSection(MeetingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<RegularSlotRule>();
        services.AddSingleton<MeetingPlanner>();
        services.AddSingleton<ThematicCheck>();
        return services;
    }
}
