using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Surveys;

internal static class SurveyServiceCollectionExtensions
{
    /// <summary>Survey rules (section "Surveys", with the ballot key checked at start), the store, the receipts and the voting.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyOptions>()
            .Bind(configuration.GetSection(SurveyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SurveyOptions>, ValidateSurveyOptions>());
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<BallotReceipts>();
        services.AddSingleton<SurveyVoting>();
        return services;
    }
}
