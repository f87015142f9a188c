using PartyBot.Cards.Attendance;
using PartyBot.Cards.CalendarFeeds;
using PartyBot.Cards.Minutes;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Tests.Meetings.MeetingSamples;

namespace PartyBot.Cards.Tests.Attendance;

/// <summary>Who spoke on the roll call, the secretary's view of who speaks, the minutes' link and the calendar link, for the gallery.</summary>
public static class SpeakingSamples
{
    private static readonly IReadOnlyList<RollCallLine> Present = [.. AttendanceSamples.ClosedLines.Where(l => l.State == AttendanceState.Present)];

    private static SpeakingView Speaking(bool secretary) => new(
        Present.Take(3).Select(l => l.MemberId).ToHashSet(StringComparer.OrdinalIgnoreCase),
        Present, Present[1].MemberId, Present[1].FullName, CanTick: secretary, CanNameClerk: secretary,
        AttendanceSamples.On1December(11, 30).AddDays(2), Correctable: true);

    /// <summary>The secretary's view of the closed roll call, while who spoke can still be ticked.</summary>
    public static RollCallView SecretaryClosed { get; } = AttendanceSamples.ClosedRollCallView with { Speaking = Speaking(secretary: true) };

    /// <summary>The card in the chi bộ's conversation once closed: the speakers, the thư ký, "Làm mới".</summary>
    public static RollCallView SharedClosed { get; } = AttendanceSamples.ClosedRollCallView with { Mine = null, Speaking = Speaking(secretary: false) };

    public static SpeakingOverviewView Overview { get; } = new(UnitName, 2026,
    [
        new SpeakingRow("Nguyễn Văn An", 11, 9, 0),
        new SpeakingRow("Lê Thị Hoa", 10, 2, 4),
        new SpeakingRow("Trần Thị Bình", 8, 0, 8),
        new SpeakingRow("Phạm Minh Tuấn", 11, 5, 1),
        new SpeakingRow("Đặng Văn Khoa", 0, 0, 0),
    ], SilentFrom: 3);

    public static MinutesLinkView MinutesLink { get; } = new(UnitName, Regular,
        new Uri("https://partybot.example.vn/downloads/eyJrIjoibWludXRlcyJ9.c2lnbmF0dXJl"), AttendanceSamples.On1December(10, 15));

    public static CalendarFeedView NewFeedLink { get; } = new(new Uri("https://partybot.example.vn/calendar/q3Vx9kTqW2bZfR7nLm0pYc4sHd8uJ1eAoKiGtN5wXyE.ics"));

    public static CalendarFeedView ExistingFeedLink { get; } = new(null);
}
