using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Hosting;

namespace PartyBot.BotFramework;

/// <summary>The rules data annotations cannot express; a bad setting stops the host at start.</summary>
/// <param name="environment">The host's environment; without one (a bare service collection) the bot is not in Development.</param>
internal sealed class ValidateBotFrameworkOptions(IHostEnvironment? environment = null) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (!options.HasAppId && environment?.IsDevelopment() != true)
        {
            failures.Add(
                "MicrosoftAppId is not set: without an app id (no channel tokens, loopback callers only) the bot runs only in the " +
                $"Development environment (ASPNETCORE_ENVIRONMENT=Development); this one is '{environment?.EnvironmentName ?? "unknown"}'.");
        }

        if (!Loopback.IsAllowedMetadataUrl(options.OpenIdMetadataUrl))
        {
            failures.Add($"BotFramework:OpenIdMetadataUrl must be an absolute https URL (http only on a loopback host); got '{options.OpenIdMetadataUrl}'.");
        }

        if (options.ToChannelFromBotLoginUrl is { } loginUrl && !Loopback.IsAllowedMetadataUrl(loginUrl))
        {
            failures.Add($"BotFramework:ToChannelFromBotLoginUrl must be an absolute https URL (http only on a loopback host); got '{loginUrl}'.");
        }

        if (!Uri.TryCreate(options.ToChannelFromBotOAuthScope, UriKind.Absolute, out _))
        {
            failures.Add($"BotFramework:ToChannelFromBotOAuthScope must be an absolute URI (the connector's resource); got '{options.ToChannelFromBotOAuthScope}'.");
        }

        if (options.ValidIssuers.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("BotFramework:ValidIssuers must not contain empty entries.");
        }

        if (options.ConnectorAttemptTimeout > options.ConnectorTotalTimeout)
        {
            failures.Add("BotFramework:ConnectorAttemptTimeout must not exceed BotFramework:ConnectorTotalTimeout.");
        }

        if (options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppType SingleTenant requires MicrosoftAppTenantId.");
        }

        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI && !options.HasAppId)
        {
            failures.Add("MicrosoftAppType UserAssignedMSI requires MicrosoftAppId (the managed identity's client id).");
        }

        if (options.HasAppId && options.MicrosoftAppType != BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppId is set with MicrosoftAppType {options.MicrosoftAppType}: MicrosoftAppPassword is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
