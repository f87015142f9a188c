using System.ComponentModel.DataAnnotations;

namespace PartyBot.BotFramework;

/// <summary>
/// The bot's identity (root keys <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>,
/// <c>MicrosoftAppTenantId</c>, as the Bot Framework names them) and the protocol settings of section
/// <c>BotFramework</c>. Without an app id the bot runs in local mode: no inbound token, no outbound token,
/// loopback callers only.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";
    public const string PublicCloudOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicCloudIssuer = "https://api.botframework.com";
    public const string PublicCloudLoginUrl = "https://login.microsoftonline.com/botframework.com";
    public const string PublicCloudOAuthScope = "https://api.botframework.com";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the channel's signing keys are published (https; http only on a loopback host).</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = PublicCloudOpenIdMetadataUrl;

    /// <summary>
    /// The authority that issues the bot's outbound tokens (botbuilder's <c>ToChannelFromBotLoginUrl</c>; https, http only
    /// on a loopback host). Not set: the public cloud's, or for SingleTenant <c>login.microsoftonline.com/{tenant}</c>.
    /// </summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>The resource of the outbound token (botbuilder's <c>ToChannelFromBotOAuthScope</c>); <c>/.default</c> is added for the request.</summary>
    [Required]
    public string ToChannelFromBotOAuthScope { get; set; } = PublicCloudOAuthScope;

    /// <summary>Accepted <c>iss</c> values of inbound tokens.</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> ValidIssuers { get; set; } = [PublicCloudIssuer];

    /// <summary>The whole time a connector call may take, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ConnectorTotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The time one attempt of a connector call may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Base delay of the exponential back-off between retries (a <c>Retry-After</c> header wins).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 10)]
    public int ConnectorMaxRetryAttempts { get; set; } = 3;

    /// <summary>False in local development: no tokens either way, loopback callers only.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
