using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Downloads;

/// <summary>The signing key: required in Production, and when set, base64 of at least 32 bytes.</summary>
internal sealed class ValidateDownloadOptions(IHostEnvironment? environment = null) : IValidateOptions<DownloadOptions>
{
    public ValidateOptionsResult Validate(string? name, DownloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SecretKeys.Check(options.SigningKey, $"{DownloadOptions.Section}:{nameof(DownloadOptions.SigningKey)}",
            "the download links' secret", "anyone could forge a link", environment);
    }
}
