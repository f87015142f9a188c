using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using PartyBot.BotFramework.Connector;

namespace PartyBot.BotFramework.Authentication;

/// <summary>
/// Tokens from MSAL: client credentials of the app registration (MultiTenant, SingleTenant) or the user-assigned
/// managed identity (UserAssignedMSI). MSAL caches and renews the tokens; the app objects live as long as this
/// singleton. No app id: no token.
/// </summary>
internal sealed partial class MsalBotTokenProvider : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    public const string Resource = "https://api.botframework.com";

    private readonly Lazy<Func<CancellationToken, Task<AuthenticationResult>>>? _acquire;
    private readonly ILogger<MsalBotTokenProvider> _logger;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> options, ILogger<MsalBotTokenProvider> logger)
    {
        _logger = logger;
        var settings = options.Value;
        if (settings.HasAppId)
        {
            _acquire = new(() => CreateAcquirer(settings));
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_acquire is null)
        {
            return null;
        }

        try
        {
            var result = await _acquire.Value(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            Log.TokenFailed(_logger, ex.ErrorCode, ex);
            throw new ConnectorException("No Bot Framework token could be obtained.", null, null, ex);
        }
    }

    internal static string GetAuthority(BotFrameworkOptions options) =>
        options.MicrosoftAppType == BotAppType.SingleTenant
            ? $"https://login.microsoftonline.com/{options.MicrosoftAppTenantId}"
            : "https://login.microsoftonline.com/botframework.com";

    private static Func<CancellationToken, Task<AuthenticationResult>> CreateAcquirer(BotFrameworkOptions options)
    {
        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .Build();
            return ct => identity.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(ct);
        }

        var app = ConfidentialClientApplicationBuilder
            .Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(GetAuthority(options))
            .Build();
        return ct => app.AcquireTokenForClient([Scope]).ExecuteAsync(ct);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Acquiring a Bot Framework token failed ({ErrorCode})")]
        public static partial void TokenFailed(ILogger logger, string errorCode, Exception exception);
    }
}
