using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Bot.Attendance;

internal static class AttendanceHandlerServices
{
    /// <summary>What the attendance handlers share.</summary>
    public static IServiceCollection AddPartyBotAttendanceHandlers(this IServiceCollection services)
    {
        services.AddSingleton<AttendanceAccess>();
        services.AddSingleton<AttendanceScreens>();
        services.AddScoped<RollCallPublisher>();
        services.AddScoped<IOutboxObserver, RollCallCardObserver>(); // records the posted card's activity id
        return services;
    }
}
