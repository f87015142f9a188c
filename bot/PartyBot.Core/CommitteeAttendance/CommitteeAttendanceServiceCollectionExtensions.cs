using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartyBot.Core.CommitteeAttendance;

internal static class CommitteeAttendanceServiceCollectionExtensions
{
    /// <summary>The rotation's rules (section "CommitteeAttendance", validated at start) and its stores.</summary>
    public static IServiceCollection AddCommitteeAttendance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommitteeAttendanceOptions>()
            .Bind(configuration.GetSection(CommitteeAttendanceOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AssignmentStore>();
        services.AddSingleton<UnavailabilityStore>();
        services.AddSingleton<AssignmentAnswers>();
        services.AddSingleton<AssignmentRecords>();
        services.AddSingleton<MyAssignments>();
        services.AddSingleton<ComplianceService>();
        return services;
    }
}
