using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PartyBot.Core.CalendarFeeds;

internal static class CalendarFeedServiceCollectionExtensions
{
    /// <summary>The members' calendar subscriptions (section "CalendarFeed"): tokens, event sequences, the feed.</summary>
    public static IServiceCollection AddCalendarFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarFeedOptions>()
            .Bind(configuration.GetSection(CalendarFeedOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<FeedTokenStore>();
        services.AddSingleton<FeedSequenceStore>();
        services.AddSingleton<CalendarFeedService>();
        return services;
    }
}
