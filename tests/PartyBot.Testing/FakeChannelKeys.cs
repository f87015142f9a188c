using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace PartyBot.Testing;

/// <summary>An RSA key of the fake channel, with the channels it is endorsed for.</summary>
internal sealed class FakeSigningKey
{
    /// <summary>Endorsed for the channels tests use; published by every fake channel.</summary>
    public static FakeSigningKey Trusted => TrustedKey.Value;

    /// <summary>Published, but endorsed only for a channel the tests never use.</summary>
    public static FakeSigningKey NotEndorsed => NotEndorsedKey.Value;

    /// <summary>Never published: a token signed with it has an unknown kid.</summary>
    public static FakeSigningKey Unpublished => UnpublishedKey.Value;

    public static readonly IReadOnlyList<string> DefaultEndorsements = ["msteams", "webchat", "directline", "emulator"];

    // Key generation costs tens of milliseconds: the standard keys are made once per test run.
    private static readonly Lazy<FakeSigningKey> TrustedKey = new(() => new("fake-trusted", DefaultEndorsements));
    private static readonly Lazy<FakeSigningKey> NotEndorsedKey = new(() => new("fake-not-endorsed", ["slack"]));
    private static readonly Lazy<FakeSigningKey> UnpublishedKey = new(() => new("fake-unpublished", DefaultEndorsements));

    public FakeSigningKey(string keyId, IReadOnlyList<string> endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = keyId };
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public key as the Bot Framework publishes it: a JWK with an <c>endorsements</c> array.</summary>
    public JsonObject ToJwk()
    {
        var parameters = SecurityKey.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]),
        };
    }
}
