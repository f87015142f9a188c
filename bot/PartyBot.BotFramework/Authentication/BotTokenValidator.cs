using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartyBot.BotFramework.Schema;

namespace PartyBot.BotFramework.Authentication;

/// <summary>
/// Validates the channel's JWT on an inbound activity (protocol.md §1, as botbuilder's ChannelValidation):
/// RS256 only, issuer, audience = app id, lifetime with 5 minutes of skew, signature by a published key that is
/// endorsed for the activity's channel, and the <c>serviceurl</c> claim equal to the activity's serviceUrl.
/// Rejections are logged with their reason, never with the token.
/// </summary>
internal sealed partial class BotTokenValidator(
    SigningKeyCache keys,
    IOptions<BotFrameworkOptions> options,
    TimeProvider timeProvider,
    ILogger<BotTokenValidator> logger)
{
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public async Task<bool> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var jwt = TryRead(token);
        if (jwt is null)
        {
            return Reject("the token is not a JWT");
        }

        if (jwt.Alg != SecurityAlgorithms.RsaSha256)
        {
            return Reject("the token is not signed with RS256");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return Reject("the token names no signing key");
        }

        var key = await keys.FindAsync(jwt.Kid, cancellationToken);
        if (key is null)
        {
            return Reject("the token's signing key is not published");
        }

        var result = await Handler.ValidateTokenAsync(jwt, CreateParameters(key));
        if (!result.IsValid)
        {
            return Reject(result.Exception?.GetType().Name ?? "the token is invalid");
        }

        if (activity.ChannelId is not { Length: > 0 } channelId || !key.Endorsements.Contains(channelId))
        {
            return Reject("the signing key is not endorsed for the activity's channel");
        }

        var claimed = jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var value) ? value : null;
        if (!SameServiceUrl(claimed, activity.ServiceUrl))
        {
            return Reject("the serviceurl claim does not match the activity's serviceUrl");
        }

        return true;
    }

    internal static bool SameServiceUrl(string? claimed, string? actual) =>
        !string.IsNullOrWhiteSpace(claimed) &&
        !string.IsNullOrWhiteSpace(actual) &&
        string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private TokenValidationParameters CreateParameters(SigningKey key) => new()
    {
        ValidIssuers = options.Value.ValidIssuers,
        ValidAudience = options.Value.MicrosoftAppId,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        IssuerSigningKey = key.Key,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        // The library's own clock is not injectable in 8.x: the lifetime check reads the TimeProvider.
        LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires, timeProvider.GetUtcNow()),
    };

    /// <summary><c>exp</c> required; <c>nbf</c> and <c>exp</c> each with <see cref="ClockSkew"/> of tolerance.</summary>
    internal static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, DateTimeOffset now) =>
        expires is { } exp &&
        now.UtcDateTime <= exp.ToUniversalTime() + ClockSkew &&
        (notBefore is not { } nbf || now.UtcDateTime >= nbf.ToUniversalTime() - ClockSkew);

    private static JsonWebToken? TryRead(string token)
    {
        if (!Handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return Handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private bool Reject(string reason)
    {
        Log.TokenRejected(logger, reason);
        return false;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound Bot Framework token rejected: {Reason}")]
        public static partial void TokenRejected(ILogger logger, string reason);
    }
}
