using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Downloads;

/// <summary>
/// Makes and reads the links: {BaseUrl}/downloads/{payload}.{signature}, the payload (kind, member, parameters, expiry) in
/// base64url JSON, the signature HMAC-SHA256 of it under the signing key. Nothing is stored: the file is made when the link is
/// opened, so a link can be neither listed nor revoked, only left to expire (<see cref="DownloadOptions.LinkLifetime"/>).
/// </summary>
public sealed class DownloadLinks
{
    public const string PathPrefix = "/downloads/";

    /// <summary>Outside Production without a configured key: fixed, so that restarts and several local hosts agree. Not a secret.</summary>
    private static readonly byte[] DevelopmentKey = SHA256.HashData("PartyBot development download key: not for production"u8);

    private static readonly byte[] Purpose = "partybot-download-v1."u8.ToArray();

    private readonly byte[] _key;
    private readonly DownloadOptions _options;
    private readonly TimeProvider _time;

    public DownloadLinks(IOptions<DownloadOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _key = SecretKeys.TryDecode(_options.SigningKey) ?? DevelopmentKey;
        _time = time;
    }

    /// <summary>When a link made now stops working.</summary>
    public DateTimeOffset ExpiryOfNewLink => _time.GetUtcNow() + _options.LinkLifetime;

    public Uri Create(string kind, string memberId, IReadOnlyDictionary<string, string>? parameters = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        var payload = new LinkPayload(kind, memberId, parameters ?? new Dictionary<string, string>(), ExpiryOfNewLink.ToUnixTimeSeconds());
        var encoded = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        var baseUrl = _options.BaseUrl.ToString().TrimEnd('/');
        return new Uri($"{baseUrl}{PathPrefix}{encoded}.{Sign(encoded)}");
    }

    /// <summary>The request a token stands for, when its signature is right and it has not expired.</summary>
    public DownloadLinkCheck Read(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.') || token.Length > 4096)
        {
            return DownloadLinkCheck.Invalid;
        }
        var (encoded, signature) = (token[..dot], token[(dot + 1)..]);
        if (!Base64Url.IsValid(signature) || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(Sign(encoded)), Encoding.ASCII.GetBytes(signature)))
        {
            return DownloadLinkCheck.Invalid;
        }
        var payload = JsonSerializer.Deserialize<LinkPayload>(Base64Url.DecodeFromChars(encoded));
        if (payload is null || string.IsNullOrEmpty(payload.Kind) || string.IsNullOrEmpty(payload.MemberId))
        {
            return DownloadLinkCheck.Invalid;
        }
        return DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt) <= _time.GetUtcNow()
            ? DownloadLinkCheck.Expired
            : new DownloadLinkCheck(DownloadLinkState.Valid, new DownloadRequest(payload.Kind, payload.MemberId, payload.Parameters ?? new Dictionary<string, string>()));
    }


    private string Sign(string encodedPayload) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, (byte[])[.. Purpose, .. Encoding.ASCII.GetBytes(encodedPayload)]));

    private sealed record LinkPayload(
        [property: System.Text.Json.Serialization.JsonPropertyName("k")] string Kind,
        [property: System.Text.Json.Serialization.JsonPropertyName("m")] string MemberId,
        [property: System.Text.Json.Serialization.JsonPropertyName("p")] IReadOnlyDictionary<string, string>? Parameters,
        [property: System.Text.Json.Serialization.JsonPropertyName("x")] long ExpiresAt);
}

public enum DownloadLinkState { Invalid, Expired, Valid }

public sealed record DownloadLinkCheck(DownloadLinkState State, DownloadRequest? Request = null)
{
    public static readonly DownloadLinkCheck Invalid = new(DownloadLinkState.Invalid);
    public static readonly DownloadLinkCheck Expired = new(DownloadLinkState.Expired);
}
