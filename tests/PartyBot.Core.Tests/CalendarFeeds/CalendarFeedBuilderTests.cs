using Ical.Net.CalendarComponents;
using PartyBot.Core.CalendarFeeds;

namespace PartyBot.Core.Tests.CalendarFeeds;

/// <summary>The feed as a calendar client reads it: parsed back with Ical.Net.</summary>
public sealed class CalendarFeedBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_Events_TimesInHoChiMinhWithItsTimeZoneAndStableFields()
    {
        var ics = CalendarFeedBuilder.Build("Lịch sinh hoạt Chi bộ 1",
        [
            new FeedEvent("meeting-CB1-R-2026-12@partybot", 2, Start, Start.AddMinutes(90), "Sinh hoạt chi bộ định kỳ — Chi bộ 1", "Phòng họp tầng 2", "Chi bộ 1.", FeedEventStatus.Confirmed),
            new FeedEvent("meeting-CB1-R-2027-01@partybot", 0, Start.AddDays(31), Start.AddDays(31).AddMinutes(90), "Sinh hoạt", null, "Đã hủy.", FeedEventStatus.Cancelled),
        ], Start.AddDays(-3), refreshMinutes: 60);

        var calendar = Ical.Net.Calendar.Load(ics)!;
        Assert.Equal("Asia/Ho_Chi_Minh", Assert.Single(calendar.TimeZones).TzId);
        var december = calendar.Events.Single(e => e.Uid == "meeting-CB1-R-2026-12@partybot");
        Assert.Equal((2026, 12, 1, 8, 0), (december.DtStart!.Year, december.DtStart.Month, december.DtStart.Day, december.DtStart.Hour, december.DtStart.Minute));
        Assert.Equal("Asia/Ho_Chi_Minh", december.DtStart.TzId);
        Assert.Equal(Start.UtcDateTime, december.DtStart.AsUtc);
        Assert.Equal(2, december.Sequence);
        Assert.Equal("CONFIRMED", december.Status);
        Assert.Equal("Phòng họp tầng 2", december.Location);
        Assert.Equal("Sinh hoạt chi bộ định kỳ — Chi bộ 1", december.Summary);
        Assert.Equal("CANCELLED", calendar.Events.Single(e => e.Uid == "meeting-CB1-R-2027-01@partybot").Status);
        Assert.Contains("X-WR-CALNAME:Lịch sinh hoạt Chi bộ 1", ics, StringComparison.Ordinal);
    }
}
