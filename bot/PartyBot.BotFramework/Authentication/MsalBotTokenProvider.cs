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
/// singleton. No app id: no token. An http login URL (loopback only, validated at start: a local channel such as the
/// benchmark's) is one MSAL refuses, so that one is asked by <see cref="LoopbackTokenClient"/>.
/// </summary>
internal sealed partial class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly Lazy<Func<CancellationToken, Task<string>>>? _acquire;
    private readonly ILogger<MsalBotTokenProvider> _logger;

    public MsalBotTokenProvider(
        IOptions<BotFrameworkOptions> options, ILogger<MsalBotTokenProvider> logger, IHttpClientFactory? httpClients = null, TimeProvider? time = null)
    {
        _logger = logger;
        var settings = options.Value;
        if (settings.HasAppId)
        {
            _acquire = new(() => CreateAcquirer(settings, httpClients, time ?? TimeProvider.System));
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
            return await _acquire.Value(cancellationToken);
        }
        catch (MsalException ex)
        {
            Log.TokenFailed(_logger, ex.ErrorCode, ex);
            throw new ConnectorException("No Bot Framework token could be obtained.", null, null, ex);
        }
        catch (LoopbackTokenException ex)
        {
            Log.TokenFailed(_logger, "loopback", ex);
            throw new ConnectorException("No Bot Framework token could be obtained.", null, null, ex);
        }
    }

    internal static string GetAuthority(BotFrameworkOptions options) =>
        options.ToChannelFromBotLoginUrl ??
        (options.MicrosoftAppType == BotAppType.SingleTenant
            ? $"https://login.microsoftonline.com/{options.MicrosoftAppTenantId}"
            : BotFrameworkOptions.PublicCloudLoginUrl);

    /// <summary>The client-credentials scope: the resource with <c>/.default</c>, as botbuilder asks for it.</summary>
    internal static string GetScope(BotFrameworkOptions options) =>
        options.ToChannelFromBotOAuthScope.EndsWith("/.default", StringComparison.Ordinal)
            ? options.ToChannelFromBotOAuthScope
            : options.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";

    internal static string GetResource(BotFrameworkOptions options) =>
        options.ToChannelFromBotOAuthScope.EndsWith("/.default", StringComparison.Ordinal)
            ? options.ToChannelFromBotOAuthScope[..^"/.default".Length]
            : options.ToChannelFromBotOAuthScope;

    private static Func<CancellationToken, Task<string>> CreateAcquirer(BotFrameworkOptions options, IHttpClientFactory? httpClients, TimeProvider time)
    {
        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .Build();
            var resource = GetResource(options);
            return async ct => (await identity.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct)).AccessToken;
        }

        var authority = GetAuthority(options);
        string[] scopes = [GetScope(options)];
        if (Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp)
        {
            var http = httpClients?.CreateClient(LoopbackTokenClient.HttpClientName) ?? new HttpClient();
            var client = new LoopbackTokenClient(http, time, authority, options.MicrosoftAppId!, options.MicrosoftAppPassword ?? "", scopes[0]);
            return client.GetTokenAsync;
        }

        var app = ConfidentialClientApplicationBuilder
            .Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(authority)
            .Build();
        return async ct => (await app.AcquireTokenForClient(scopes).ExecuteAsync(ct)).AccessToken;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Acquiring a Bot Framework token failed ({ErrorCode})")]
        public static partial void TokenFailed(ILogger logger, string errorCode, Exception exception);
    }
}
