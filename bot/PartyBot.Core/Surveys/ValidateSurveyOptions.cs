using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Surveys;

/// <summary>The ballot key: required in Production, and when set, base64 of at least 32 bytes.</summary>
internal sealed class ValidateSurveyOptions(IHostEnvironment? environment = null) : IValidateOptions<SurveyOptions>
{
    public ValidateOptionsResult Validate(string? name, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SecretKeys.Check(options.BallotKey, $"{SurveyOptions.Section}:{nameof(SurveyOptions.BallotKey)}",
            "the ballots' secret key", "ballots could not be kept anonymous", environment);
    }
}
