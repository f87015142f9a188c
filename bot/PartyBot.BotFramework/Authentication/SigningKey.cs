using Microsoft.IdentityModel.Tokens;

namespace PartyBot.BotFramework.Authentication;

/// <summary>A channel signing key and the channels it is endorsed for (e.g. <c>msteams</c>).</summary>
internal sealed record SigningKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);

/// <summary>The keys of one fetch of the OpenID metadata, by <c>kid</c>.</summary>
internal sealed record SigningKeySet(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt)
{
    public SigningKey? Find(string keyId) => Keys.GetValueOrDefault(keyId);
}
