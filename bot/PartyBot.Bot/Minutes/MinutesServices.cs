using PartyBot.Core.Downloads;

namespace PartyBot.Bot.Minutes;

public static class MinutesServices
{
    /// <summary>The minutes draft: its settings (section "Minutes"), the draft builder, the links and the download source.</summary>
    public static IServiceCollection AddPartyBotMinutes(this IServiceCollection services)
    {
        services.AddOptions<MinutesOptions>().BindConfiguration(MinutesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MinutesDrafts>();
        services.AddSingleton<MinutesLinks>();
        services.AddDownloadSource<MinutesSource>();
        return services;
    }
}
