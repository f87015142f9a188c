using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartyBot.Core.Calendar;

internal static class CalendarServiceCollectionExtensions
{
    /// <summary>The working calendar with its options (section "Calendar") and the editable table's store.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CalendarOverrideStore>();
        services.AddSingleton<WorkingCalendar>();
        return services;
    }
}
