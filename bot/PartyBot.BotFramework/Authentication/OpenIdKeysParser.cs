using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using PartyBot.BotFramework.Hosting;

namespace PartyBot.BotFramework.Authentication;

/// <summary>Reads an OpenID configuration and a JWKS with the Bot Framework's extra <c>endorsements</c> array.</summary>
internal static class OpenIdKeysParser
{
    /// <summary>The <c>jwks_uri</c> of an OpenID configuration, or null if absent or not an allowed URL.</summary>
    public static Uri? ReadJwksUri(byte[] metadata)
    {
        using var document = JsonDocument.Parse(metadata);
        return document.RootElement.ValueKind == JsonValueKind.Object &&
               document.RootElement.TryGetProperty("jwks_uri", out var value) &&
               value.ValueKind == JsonValueKind.String &&
               Loopback.IsAllowedMetadataUrl(value.GetString())
            ? new Uri(value.GetString()!)
            : null;
    }

    /// <summary>The RSA signing keys of a JWKS; keys without a <c>kid</c> or meant for encryption are skipped.</summary>
    public static Dictionary<string, SigningKey> ReadKeys(byte[] jwks)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        if (document.RootElement.ValueKind != JsonValueKind.Object ||
            !document.RootElement.TryGetProperty("keys", out var array) ||
            array.ValueKind != JsonValueKind.Array)
        {
            return keys;
        }

        foreach (var element in array.EnumerateArray())
        {
            if (TryReadKey(element) is { } key)
            {
                keys[key.Key.Kid] = key;
            }
        }

        return keys;
    }

    private static SigningKey? TryReadKey(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        JsonWebKey key;
        try
        {
            key = new JsonWebKey(element.GetRawText());
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (string.IsNullOrEmpty(key.Kid) || key.Kty != JsonWebAlgorithmsKeyTypes.RSA || key.Use is not (null or "sig"))
        {
            return null;
        }

        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } channel)
                {
                    endorsements.Add(channel);
                }
            }
        }

        return new SigningKey(key, endorsements);
    }
}
