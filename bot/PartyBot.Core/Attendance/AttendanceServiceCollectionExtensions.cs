using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartyBot.Core.Attendance;

internal static class AttendanceServiceCollectionExtensions
{
    /// <summary>Attendance rules (section "Attendance"), the attendance, roll-call and history stores, and the service over them.</summary>
    public static IServiceCollection AddAttendance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttendanceOptions>()
            .Bind(configuration.GetSection(AttendanceOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SpeakingOptions>()
            .Bind(configuration.GetSection(SpeakingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AttendanceStore>();
        services.AddSingleton<SpeakingService>();
        services.AddSingleton<RollCallStore>();
        services.AddSingleton<AttendanceHistoryStore>();
        services.AddSingleton<AttendanceService>();
        services.AddSingleton<HeldMeetings>();
        return services;
    }
}
