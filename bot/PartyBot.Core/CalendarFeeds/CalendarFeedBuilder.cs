using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PartyBot.Core.Calendar;

namespace PartyBot.Core.CalendarFeeds;

/// <summary>How an event of the feed stands (STATUS).</summary>
public enum FeedEventStatus
{
    Tentative,
    Confirmed,
    Cancelled,
}

/// <summary>One event of a member's feed; <paramref name="Uid"/> never changes for the meeting (or the assignment).</summary>
public sealed record FeedEvent(
    string Uid, int Sequence, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Summary, string? Location, string Description, FeedEventStatus Status);

/// <summary>
/// Writes a feed as iCalendar (RFC 5545) with Ical.Net: times in Asia/Ho_Chi_Minh with its VTIMEZONE, one VEVENT per
/// event with its stable UID, SEQUENCE and STATUS (a cancelled meeting stays, CANCELLED, so clients remove it).
/// </summary>
public static class CalendarFeedBuilder
{
    public const string ProductId = "-//PartyBot//Lich sinh hoat chi bo//VI";

    public static string Build(string calendarName, IEnumerable<FeedEvent> events, DateTimeOffset now, int refreshMinutes)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", VietnamTime.ZoneId);
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", $"PT{refreshMinutes}M");
        calendar.AddProperty("X-PUBLISHED-TTL", $"PT{refreshMinutes}M");
        calendar.AddTimeZone(VietnamTime.ZoneId, new DateTime(2000, 1, 1), includeHistoricalData: false);
        foreach (var e in events.OrderBy(e => e.StartsAt))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid,
                Sequence = e.Sequence,
                DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
                DtStart = Local(e.StartsAt),
                DtEnd = Local(e.EndsAt),
                Summary = e.Summary,
                Location = e.Location,
                Description = e.Description,
                Status = e.Status switch
                {
                    FeedEventStatus.Cancelled => EventStatus.Cancelled,
                    FeedEventStatus.Tentative => EventStatus.Tentative,
                    _ => EventStatus.Confirmed,
                },
                Transparency = e.Status == FeedEventStatus.Cancelled ? TransparencyType.Transparent : TransparencyType.Opaque,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Local(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(VietnamTime.ToVietnam(instant).DateTime, DateTimeKind.Unspecified), VietnamTime.ZoneId);
}
