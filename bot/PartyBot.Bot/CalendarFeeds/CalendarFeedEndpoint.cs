using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PartyBot.Core.CalendarFeeds;

namespace PartyBot.Bot.CalendarFeeds;

/// <summary>
/// GET /calendar/{token}.ics: the member's feed for Outlook and other calendar clients (no sign-in: the token is the
/// secret). Anything but a member's current token gets a bare 404, the same for malformed, unknown and revoked ones.
/// </summary>
public static class CalendarFeedEndpoint
{
    public const string Route = "/calendar/{token}.ics";

    public static IEndpointConventionBuilder MapPartyBotCalendarFeed(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, async (string token, CalendarFeedService feeds, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (await feeds.FeedAsync(token, cancellationToken) is not { } ics)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Text(ics, "text/calendar; charset=utf-8");
        });
}
