using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Surveys;

public static class SurveyServiceCollectionExtensions
{
    /// <summary>Survey rules (section "Surveys"), the store, the receipts, the voting and the upper committee's overview.</summary>
    internal static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyOptions>()
            .Bind(configuration.GetSection(SurveyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<BallotReceipts>();
        services.AddSingleton<SurveyVoting>();
        services.AddSingleton<SurveyOverviewService>();
        return services;
    }

    /// <summary>
    /// The hosts that take or count ballots (the bot, the jobs) refuse to start in Production without Surveys:BallotKey. Not
    /// the command-line verbs (import, calendar), which never touch a ballot.
    /// </summary>
    public static IServiceCollection AddBallotKeyCheck(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SurveyOptions>, ValidateSurveyOptions>());
        return services;
    }
}
