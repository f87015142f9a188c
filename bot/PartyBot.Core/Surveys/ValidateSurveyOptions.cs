using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Surveys;

/// <summary>The ballot key: required in Production, and when set, base64 of at least <see cref="SurveyOptions.MinBallotKeyBytes"/> bytes.</summary>
/// <param name="environment">The host's environment; without one (a bare service collection) the host counts as Production.</param>
internal sealed class ValidateSurveyOptions(IHostEnvironment? environment = null) : IValidateOptions<SurveyOptions>
{
    public ValidateOptionsResult Validate(string? name, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.BallotKey))
        {
            return environment is null || environment.IsProduction()
                ? ValidateOptionsResult.Fail(
                    $"{SurveyOptions.Section}:{nameof(SurveyOptions.BallotKey)} is not set: in Production the ballots' secret key must come from " +
                    "configuration (Key Vault), base64 of at least 32 random bytes; without it ballots could not be kept anonymous.")
                : ValidateOptionsResult.Success;
        }
        return BallotReceipts.TryDecode(options.BallotKey) is { Length: >= SurveyOptions.MinBallotKeyBytes }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{SurveyOptions.Section}:{nameof(SurveyOptions.BallotKey)} must be base64 of at least {SurveyOptions.MinBallotKeyBytes} bytes.");
    }
}
