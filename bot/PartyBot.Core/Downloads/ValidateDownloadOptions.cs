using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Downloads;

/// <summary>The signing key: required in Production, and when set, base64 of at least <see cref="DownloadOptions.MinSigningKeyBytes"/> bytes.</summary>
/// <param name="environment">The host's environment; without one (a bare service collection) the host counts as Production.</param>
internal sealed class ValidateDownloadOptions(IHostEnvironment? environment = null) : IValidateOptions<DownloadOptions>
{
    public ValidateOptionsResult Validate(string? name, DownloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return environment is null || environment.IsProduction()
                ? ValidateOptionsResult.Fail(
                    $"{DownloadOptions.Section}:{nameof(DownloadOptions.SigningKey)} is not set: in Production the download links' secret " +
                    "must come from configuration (Key Vault), base64 of at least 32 random bytes; without it anyone could forge a link.")
                : ValidateOptionsResult.Success;
        }
        return DownloadLinks.TryDecodeKey(options.SigningKey) is { Length: >= DownloadOptions.MinSigningKeyBytes }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{DownloadOptions.Section}:{nameof(DownloadOptions.SigningKey)} must be base64 of at least {DownloadOptions.MinSigningKeyBytes} bytes.");
    }
}
