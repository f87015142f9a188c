using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PartyBot.Core;

/// <summary>The HMAC secrets of the configuration (the ballot key, the download links' key): base64 of at least 32 bytes, required in Production.</summary>
internal static class SecretKeys
{
    public const int MinBytes = 32;

    public static byte[]? TryDecode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    /// <param name="key">The setting, e.g. "Surveys:BallotKey".</param>
    /// <param name="what">What the secret is, for the message: "the ballots' secret key".</param>
    /// <param name="withoutIt">What would go wrong without it: "ballots could not be kept anonymous".</param>
    /// <param name="environment">The host's environment; without one (a bare service collection) the host counts as Production.</param>
    public static ValidateOptionsResult Check(string? value, string key, string what, string withoutIt, IHostEnvironment? environment)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return environment is null || environment.IsProduction()
                ? ValidateOptionsResult.Fail($"{key} is not set: in Production {what} must come from configuration (Key Vault), " +
                    $"base64 of at least {MinBytes} random bytes; without it {withoutIt}.")
                : ValidateOptionsResult.Success;
        }
        return TryDecode(value) is { Length: >= MinBytes }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{key} must be base64 of at least {MinBytes} bytes.");
    }
}
