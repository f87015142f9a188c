using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Downloads;

/// <summary>Signed, expiring download links to files the bot makes on demand (CSV exports, the minutes draft). Section "Downloads".</summary>
public sealed class DownloadOptions : IValidatableObject
{
    public const string Section = "Downloads";

    /// <summary>The bot's public address, which the links start with (https; http only for a loopback host).</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("http://localhost:3978");

    /// <summary>How long a link works after it was given; whoever holds it may download until then.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The secret that signs the links (HMAC-SHA256), base64 of at least 32 bytes: from Key Vault in production (the host refuses
    /// to start in Production without it). Outside Production an unset key falls back to a fixed development key.
    /// </summary>
    public string? SigningKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { IsAbsoluteUri: true } url
            && !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(BaseUrl)} must be an https address (http only for a loopback host): the links carry a bearer's right to a file.",
                [nameof(BaseUrl)]);
        }
        else if (BaseUrl is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult($"{Section}:{nameof(BaseUrl)} must be an absolute address.", [nameof(BaseUrl)]);
        }
    }
}
