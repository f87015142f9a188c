using System.Text.Json;

namespace PartyBot.Testing;

/// <summary>
/// One call to the fake connector. <see cref="Path"/> is decoded (<c>/connector/v3/conversations/a:1@x/activities</c>);
/// <see cref="RawPath"/> is as sent on the wire, to check escaping. A call the client gave up on (it hung up while
/// the fake was delaying) is recorded with <see cref="AnsweredStatus"/> 499.
/// </summary>
public sealed record RecordedCall(string Method, string Path, string? Authorization, JsonElement? Body, int AnsweredStatus)
{
    public string RawPath { get; init; } = "";

    /// <summary>The query string without its '?', as sent ("" when none).</summary>
    public string Query { get; init; } = "";

    /// <summary>When the request arrived (real clock).</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>What the fake did on purpose (<see cref="FakeChannel.InjectFaults"/>, <see cref="FakeChannel.EnforceTeamsLimits"/>): "500", "blocked", "timeout", "limit"; null otherwise.</summary>
    public string? Fault { get; init; }

    /// <summary>The fake took the request (a 2xx, or a timeout after receipt): a posted activity is shown in the conversation.</summary>
    public bool Accepted { get; init; }

    /// <summary>The id the fake gave a posted activity (POST …/activities answered 200); null otherwise.</summary>
    public string? AnsweredActivityId { get; init; }
}

/// <summary>Which key signs a token made by <see cref="FakeChannel.CreateToken"/>.</summary>
public enum TokenSigningKey
{
    /// <summary>The published key endorsed for msteams, webchat, directline and emulator.</summary>
    Trusted,

    /// <summary>A published key that is not endorsed for the token's channel.</summary>
    NotEndorsed,

    /// <summary>A key that is not in the JWKS (unknown kid).</summary>
    Unpublished,
}

/// <summary>How to spoil (or shape) a token. The defaults make a valid token.</summary>
public sealed record TokenOptions
{
    /// <summary>RS256 (default), none, HS256 (HMAC keyed with random bytes, kid of the trusted key), or another RSA algorithm such as RS384.</summary>
    public string Algorithm { get; init; } = "RS256";

    public TokenSigningKey Key { get; init; } = TokenSigningKey.Trusted;

    /// <summary>A key added with <see cref="FakeChannel.PublishKey"/>; wins over <see cref="Key"/>.</summary>
    public string? KeyId { get; init; }

    public string Issuer { get; init; } = FakeChannel.Issuer;

    /// <summary>The "now" the lifetime is relative to (tests that move a TimeProvider); default the real clock.</summary>
    public DateTimeOffset? Now { get; init; }

    public TimeSpan NotBeforeFromNow { get; init; } = TimeSpan.FromMinutes(-1);

    public TimeSpan ExpiresFromNow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>A serviceurl claim other than the serviceUrl given to CreateToken.</summary>
    public string? ServiceUrlClaim { get; init; }

    public static TokenOptions AlgorithmNone => new() { Algorithm = "none" };

    public static TokenOptions Hs256 => new() { Algorithm = "HS256" };

    public static TokenOptions WrongIssuer => new() { Issuer = "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/" };

    public static TokenOptions UnknownKey => new() { Key = TokenSigningKey.Unpublished };

    public static TokenOptions KeyNotEndorsed => new() { Key = TokenSigningKey.NotEndorsed };

    public static TokenOptions OtherServiceUrl => new() { ServiceUrlClaim = "https://smba.trafficmanager.net/evil/" };

    /// <summary>Expired <paramref name="ago"/> before now (valid for the hour before that).</summary>
    public static TokenOptions Expired(TimeSpan ago) => new() { NotBeforeFromNow = -ago - TimeSpan.FromHours(1), ExpiresFromNow = -ago };

    /// <summary>Valid only from <paramref name="from"/> after now.</summary>
    public static TokenOptions NotYetValid(TimeSpan from) => new() { NotBeforeFromNow = from, ExpiresFromNow = from + TimeSpan.FromHours(1) };
}
