using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartyBot.Core.Reports;

internal static class ReportServiceCollectionExtensions
{
    /// <summary>The report catalogue and ladder (section "Reports"), the store, the deadlines, the generator and the desk.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>()
            .Bind(configuration.GetSection(ReportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ReportDeadlines>();
        services.AddSingleton<ReportObligations>();
        services.AddSingleton<ReportDesk>();
        return services;
    }
}
