using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.CalendarFeeds;

/// <summary>The members' calendar subscriptions (section "CalendarFeed").</summary>
public sealed class CalendarFeedOptions : IValidatableObject
{
    public const string Section = "CalendarFeed";

    /// <summary>
    /// The bot's public address (https in production, e.g. the Azure Bot's messaging host): the subscription links are
    /// made under it. The default is the local host of infra/local.
    /// </summary>
    [Required]
    public Uri? BaseUrl { get; set; } = new("http://localhost:3978/");

    /// <summary>The feed lists meetings from this many days back…</summary>
    [Range(0, 366)]
    public int DaysBack { get; set; } = 60;

    /// <summary>…to this many days ahead.</summary>
    [Range(7, 800)]
    public int DaysAhead { get; set; } = 400;

    /// <summary>Calendar clients are told to look again after this many minutes (REFRESH-INTERVAL).</summary>
    [Range(5, 1440)]
    public int RefreshMinutes { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult($"{Section}:{nameof(BaseUrl)} must be an absolute http(s) address.", [nameof(BaseUrl)]);
        }
    }
}
