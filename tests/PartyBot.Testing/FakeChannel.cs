using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartyBot.BotFramework.Schema;

namespace PartyBot.Testing;

/// <summary>
/// The Bot Framework as seen by the bot, on loopback: OpenID metadata and a JWKS with the fake's own RSA keys
/// (so tests can mint channel tokens, valid or spoiled), and a Bot Connector that records every call and answers
/// failures on demand. Point the bot's <c>BotFramework:OpenIdMetadataUrl</c> at <see cref="OpenIdMetadataUrl"/> and
/// put <see cref="ServiceUrl"/> in the activities.
/// </summary>
public sealed partial class FakeChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string DefaultChannelId = "msteams";

    private readonly LoopbackHost _host;
    private readonly Lock _keysGate = new();
    private readonly List<FakeSigningKey> _published = [FakeSigningKey.Trusted, FakeSigningKey.NotEndorsed];
    private int _metadataRequests;

    private FakeChannel(LoopbackHost host)
    {
        _host = host;
        var root = host.BaseAddress.ToString();
        OpenIdMetadataUrl = root + "v1/.well-known/openidconfiguration";
        JwksUrl = root + "v1/.well-known/keys";
        ServiceUrl = root + "connector/";
        LoginUrl = root + "login";
    }

    /// <summary>The outbound token authority for <c>BotFramework:ToChannelFromBotLoginUrl</c>: http://127.0.0.1:P/login.</summary>
    public string LoginUrl { get; }

    /// <summary>The access token the fake's token endpoint issues; the connector records it in <see cref="RecordedCall.Authorization"/>.</summary>
    public const string IssuedBotToken = "fake-channel-issued-bot-token";

    /// <summary>The form fields of each client-credentials request the token endpoint got.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests
    {
        get
        {
            lock (_tokenRequests)
            {
                return [.. _tokenRequests];
            }
        }
    }

    private readonly List<IReadOnlyDictionary<string, string>> _tokenRequests = [];

    private async Task IssueBotTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        lock (_tokenRequests)
        {
            _tokenRequests.Add(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        }
        await WriteJsonAsync(context, StatusCodes.Status200OK,
            new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = IssuedBotToken });
    }

    /// <summary>http://127.0.0.1:P/v1/.well-known/openidconfiguration</summary>
    public string OpenIdMetadataUrl { get; }

    public string JwksUrl { get; }

    /// <summary>http://127.0.0.1:P/connector/ — the fake Bot Connector.</summary>
    public string ServiceUrl { get; }

    /// <summary>How many times the OpenID metadata document was fetched.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public static async Task<FakeChannel> StartAsync()
    {
        FakeChannel? channel = null;
        var host = await LoopbackHost.StartAsync(null, app =>
        {
            app.Map("/v1/.well-known/openidconfiguration", context => channel!.WriteMetadataAsync(context));
            app.Map("/v1/.well-known/keys", context => channel!.WriteKeysAsync(context));
            app.Map("/connector/{**rest}", context => channel!.HandleConnectorAsync(context));
            app.MapPost("/login/oauth2/v2.0/token", context => channel!.IssueBotTokenAsync(context));
            app.Map("/msi/token", WriteManagedIdentityTokenAsync);
        });
        channel = new FakeChannel(host);
        return channel;
    }

    /// <summary>Publishes a new signing key (a key rotation) and returns its kid, for <see cref="TokenOptions.KeyId"/>.</summary>
    public string PublishKey(IReadOnlyList<string>? endorsements = null)
    {
        var key = new FakeSigningKey($"fake-rotated-{Guid.NewGuid():N}", endorsements ?? FakeSigningKey.DefaultEndorsements);
        lock (_keysGate)
        {
            _published.Add(key);
        }

        return key.KeyId;
    }

    /// <summary>A channel token for the bot <paramref name="audience"/> (its app id) and this serviceUrl claim.</summary>
    public string CreateToken(string audience, string serviceUrl, string channelId = DefaultChannelId, TokenOptions? options = null)
    {
        options ??= new TokenOptions();
        var key = ResolveKey(options, channelId);
        var now = options.Now ?? TimeProvider.System.GetUtcNow();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = audience,
            IssuedAt = (now + options.NotBeforeFromNow).UtcDateTime,
            NotBefore = (now + options.NotBeforeFromNow).UtcDateTime,
            Expires = (now + options.ExpiresFromNow).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = options.ServiceUrlClaim ?? serviceUrl },
        };

        switch (options.Algorithm)
        {
            case "none":
                return CreateUnsignedToken(descriptor, key.KeyId);
            case SecurityAlgorithms.HmacSha256:
                descriptor.SigningCredentials = new SigningCredentials(
                    new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = key.KeyId }, SecurityAlgorithms.HmacSha256);
                break;
            default:
                descriptor.SigningCredentials = new SigningCredentials(key.SecurityKey, options.Algorithm);
                break;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>
    /// A POST of <paramref name="activity"/> to the bot's endpoint, as the channel sends it: with a token for
    /// <paramref name="audience"/> bound to the activity's serviceUrl, or with no Authorization when audience is null.
    /// </summary>
    public HttpRequestMessage CreateActivityRequest(Uri endpoint, Activity activity, string? audience, TokenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (audience is not null)
        {
            var token = CreateToken(audience, activity.ServiceUrl ?? ServiceUrl, activity.ChannelId ?? DefaultChannelId, options);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _host.DisposeAsync();
        _stopping.Dispose();
    }

    private FakeSigningKey ResolveKey(TokenOptions options, string channelId)
    {
        if (options.KeyId is { } keyId)
        {
            lock (_keysGate)
            {
                return _published.SingleOrDefault(k => k.KeyId == keyId)
                    ?? throw new ArgumentException($"No published key has kid '{keyId}'.", nameof(options));
            }
        }

        var key = options.Key switch
        {
            TokenSigningKey.NotEndorsed => FakeSigningKey.NotEndorsed,
            TokenSigningKey.Unpublished => FakeSigningKey.Unpublished,
            _ => FakeSigningKey.Trusted,
        };
        var endorsed = key.Endorsements.Contains(channelId);
        if (endorsed != (options.Key != TokenSigningKey.NotEndorsed))
        {
            throw new ArgumentException($"The fake's {options.Key} key cannot sign for channel '{channelId}'.", nameof(channelId));
        }

        return key;
    }

    private static string CreateUnsignedToken(SecurityTokenDescriptor descriptor, string keyId)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new JsonObject
        {
            ["iss"] = descriptor.Issuer,
            ["aud"] = descriptor.Audience,
            ["nbf"] = EpochTime.GetIntDate(descriptor.NotBefore!.Value),
            ["iat"] = EpochTime.GetIntDate(descriptor.IssuedAt!.Value),
            ["exp"] = EpochTime.GetIntDate(descriptor.Expires!.Value),
            ["serviceurl"] = (string)descriptor.Claims["serviceurl"],
        };
        return $"{Encode(header)}.{Encode(payload)}.";

        static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    private Task WriteMetadataAsync(HttpContext context)
    {
        Interlocked.Increment(ref _metadataRequests);
        var metadata = new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = JwksUrl,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        };
        return WriteJsonAsync(context, StatusCodes.Status200OK, metadata);
    }

    private Task WriteKeysAsync(HttpContext context)
    {
        JsonArray keys;
        lock (_keysGate)
        {
            keys = [.. _published.Select(k => k.ToJwk())];
        }

        return WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["keys"] = keys });
    }

    private static async Task WriteJsonAsync(HttpContext context, int statusCode, JsonNode body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body.ToJsonString(BotJson.Options)));
    }
}
