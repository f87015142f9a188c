using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartyBot.BotFramework.Authentication;

/// <summary>
/// The channel's signing keys from the OpenID metadata, cached for 24 hours. A token with an unknown <c>kid</c>
/// forces one refresh (key rotation), at most once per <see cref="UnknownKeyRefreshInterval"/>, so that made-up
/// kids cannot hammer the metadata endpoint. A failed refresh keeps the previous keys and is not retried for
/// <see cref="FailedFetchBackoff"/>.
/// </summary>
internal sealed partial class SigningKeyCache(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkOptions> options,
    TimeProvider timeProvider,
    ILogger<SigningKeyCache> logger) : IDisposable
{
    public const string HttpClientName = "PartyBot.BotFramework.OpenIdMetadata";
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FailedFetchBackoff = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile SigningKeySet? _current;
    private DateTimeOffset? _lastForcedRefresh;
    private DateTimeOffset? _lastFailedFetch;

    /// <summary>The key with this id, refreshing the metadata when it is stale or (rate-limited) when the id is unknown.</summary>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await GetCurrentAsync(cancellationToken);
        if (keys?.Find(keyId) is { } key)
        {
            return key;
        }

        keys = await RefreshForUnknownKeyAsync(keyId, cancellationToken);
        return keys?.Find(keyId);
    }

    private async Task<SigningKeySet?> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var keys = _current;
        if (keys is not null && !IsStale(keys))
        {
            return keys;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            keys = _current;
            if ((keys is null || IsStale(keys)) && !InFailureBackoff())
            {
                keys = await FetchAsync(cancellationToken) ?? keys;
            }

            return keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeySet?> RefreshForUnknownKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var keys = _current;
            if (keys?.Find(keyId) is not null)
            {
                return keys;
            }

            var now = timeProvider.GetUtcNow();
            if (_lastForcedRefresh is { } last && now - last < UnknownKeyRefreshInterval)
            {
                Log.UnknownKeyRefreshSkipped(logger);
                return keys;
            }

            _lastForcedRefresh = now;
            Log.UnknownKeyRefresh(logger);
            return await FetchAsync(cancellationToken) ?? keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeySet?> FetchAsync(CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        try
        {
            var metadata = await client.GetByteArrayAsync(new Uri(options.Value.OpenIdMetadataUrl), cancellationToken);
            var jwksUri = OpenIdKeysParser.ReadJwksUri(metadata);
            if (jwksUri is null)
            {
                Log.MetadataInvalid(logger);
                _lastFailedFetch = timeProvider.GetUtcNow();
                return null;
            }

            var jwks = await client.GetByteArrayAsync(jwksUri, cancellationToken);
            var keys = new SigningKeySet(OpenIdKeysParser.ReadKeys(jwks), timeProvider.GetUtcNow());
            _current = keys;
            _lastFailedFetch = null;
            Log.KeysRefreshed(logger, keys.Keys.Count);
            return keys;
        }
        catch (Exception ex) when ((ex is HttpRequestException or JsonException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            Log.MetadataUnavailable(logger, ex);
            _lastFailedFetch = timeProvider.GetUtcNow();
            return null;
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsStale(SigningKeySet keys) => timeProvider.GetUtcNow() - keys.FetchedAt >= RefreshInterval;

    private bool InFailureBackoff() =>
        _lastFailedFetch is { } failed && timeProvider.GetUtcNow() - failed < FailedFetchBackoff;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework signing keys refreshed: {KeyCount} keys")]
        public static partial void KeysRefreshed(ILogger logger, int keyCount);

        [LoggerMessage(Level = LogLevel.Information, Message = "Token signed by an unknown key: refreshing the signing keys")]
        public static partial void UnknownKeyRefresh(ILogger logger);

        [LoggerMessage(Level = LogLevel.Debug, Message = "Token signed by an unknown key: keys were refreshed recently, not refreshing again")]
        public static partial void UnknownKeyRefreshSkipped(ILogger logger);

        [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenID metadata has no valid jwks_uri")]
        public static partial void MetadataInvalid(ILogger logger);

        [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenID metadata or signing keys could not be fetched")]
        public static partial void MetadataUnavailable(ILogger logger, Exception exception);
    }
}
