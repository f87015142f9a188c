using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace PartyBot.BotFramework;

/// <summary>
/// Reads the Bot Framework root keys and section <c>BotFramework</c>. Bound by hand: the binder would append
/// configured issuers to the default list instead of replacing it, and empty strings mean "not set".
/// </summary>
internal sealed class ConfigureBotFrameworkOptions(IConfiguration configuration) : IConfigureOptions<BotFrameworkOptions>
{
    public void Configure(BotFrameworkOptions options)
    {
        options.MicrosoftAppId = NullIfBlank(configuration["MicrosoftAppId"]);
        options.MicrosoftAppPassword = NullIfBlank(configuration["MicrosoftAppPassword"]);
        options.MicrosoftAppTenantId = NullIfBlank(configuration["MicrosoftAppTenantId"]);
        options.MicrosoftAppType = configuration.GetValue<BotAppType?>("MicrosoftAppType") ?? options.MicrosoftAppType;

        var section = configuration.GetSection(BotFrameworkOptions.SectionName);
        options.OpenIdMetadataUrl = NullIfBlank(section["OpenIdMetadataUrl"]) ?? options.OpenIdMetadataUrl;
        options.ToChannelFromBotLoginUrl = NullIfBlank(section["ToChannelFromBotLoginUrl"]) ?? options.ToChannelFromBotLoginUrl;
        options.ToChannelFromBotOAuthScope = NullIfBlank(section["ToChannelFromBotOAuthScope"]) ?? options.ToChannelFromBotOAuthScope;
        if (section.GetSection("ValidIssuers").Get<string[]>() is { Length: > 0 } issuers)
        {
            options.ValidIssuers = issuers;
        }

        options.ConnectorTotalTimeout = section.GetValue<TimeSpan?>("ConnectorTotalTimeout") ?? options.ConnectorTotalTimeout;
        options.ConnectorAttemptTimeout = section.GetValue<TimeSpan?>("ConnectorAttemptTimeout") ?? options.ConnectorAttemptTimeout;
        options.ConnectorRetryBaseDelay = section.GetValue<TimeSpan?>("ConnectorRetryBaseDelay") ?? options.ConnectorRetryBaseDelay;
        options.ConnectorMaxRetryAttempts = section.GetValue<int?>("ConnectorMaxRetryAttempts") ?? options.ConnectorMaxRetryAttempts;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
