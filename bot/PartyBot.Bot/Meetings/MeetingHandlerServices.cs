using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging;

namespace PartyBot.Bot.Meetings;

internal static class MeetingHandlerServices
{
    /// <summary>What the meeting handlers share; the publisher and the 1:1 senders only if the jobs have not registered them.</summary>
    public static IServiceCollection AddPartyBotMeetingHandlers(this IServiceCollection services)
    {
        services.AddSingleton<MeetingAccess>();
        services.AddSingleton<MeetingScreens>();
        services.AddSingleton<MeetingFormValidator>();
        services.AddSingleton<MonthlyMeetingCheck>();
        services.AddScoped<MeetingChanges>();
        services.TryAddScoped<MeetingPublisher>();
        return services;
    }
}
