using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.CalendarFeeds;

/// <summary>The members' calendar subscriptions (section "CalendarFeed").</summary>
/// <remarks>The links are made under the bot's public address, <c>Downloads:BaseUrl</c>.</remarks>
public sealed class CalendarFeedOptions
{
    public const string Section = "CalendarFeed";

    /// <summary>The feed lists meetings from this many days back…</summary>
    [Range(0, 366)]
    public int DaysBack { get; set; } = 60;

    /// <summary>…to this many days ahead.</summary>
    [Range(7, 800)]
    public int DaysAhead { get; set; } = 400;

    /// <summary>Calendar clients are told to look again after this many minutes (REFRESH-INTERVAL).</summary>
    [Range(5, 1440)]
    public int RefreshMinutes { get; set; } = 60;
}
