using System.Globalization;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;

namespace PartyBot.Cards.Meetings;

/// <summary>How the meeting cards write times (always in Vietnam time) and the agenda.</summary>
internal static class MeetingFormat
{
    /// <summary>"08:00, Thứ Ba 01/12/2026".</summary>
    public static string At(DateTimeOffset instant)
    {
        var local = VietnamTime.ToVietnam(instant);
        return $"{Time(local)}, {Day(local)}";
    }

    /// <summary>"08:00–09:30, Thứ Ba 01/12/2026 (90 phút)".</summary>
    public static string When(Meeting meeting)
    {
        var start = VietnamTime.ToVietnam(meeting.StartsAt);
        var end = VietnamTime.ToVietnam(meeting.EndsAt);
        return $"{Time(start)}–{Time(end)}, {Day(start)} ({MeetingTexts.Minutes(meeting.DurationMinutes)})";
    }

    /// <summary>"Thứ Ba 01/12/2026".</summary>
    public static string Day(DateTimeOffset local) =>
        $"{MeetingTexts.WeekdayName(local.DayOfWeek)} {local.ToString(MeetingTexts.DateFormat, CultureInfo.InvariantCulture)}";

    private static string Time(DateTimeOffset local) => local.ToString(MeetingTexts.TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The title of the meeting: "Sinh hoạt định kỳ tháng 12/2026" or "Sinh hoạt chuyên đề".</summary>
    public static string Title(Meeting meeting)
    {
        var start = VietnamTime.ToVietnam(meeting.StartsAt);
        return meeting.Kind == MeetingKind.Regular ? MeetingTexts.RegularTitle(start.Month, start.Year) : MeetingTexts.ThematicName;
    }

    /// <summary>Where, in words: the place, "Trực tuyến", or both.</summary>
    public static string Where(Meeting meeting) => (meeting.Place, meeting.IsOnline) switch
    {
        ({ Length: > 0 } place, true) => place + MeetingTexts.AndOnline,
        ({ Length: > 0 } place, false) => place,
        (_, true) => MeetingTexts.OnlineWords,
        _ => MeetingTexts.NoPlace,
    };

    /// <summary>
    /// The agenda as read: the eight standard steps under their own numbers "1."–"8.", each followed by the
    /// secretary's items that go after it (in the order given; flagged Added), numbered under that step: "6.1",
    /// "6.2". An item's step outside 1–8 is clamped: nothing goes before step 1, after 8 stays last. A thematic
    /// session also has its own item (the đề dẫn and the discussion), the first under step 4. So the step numbers
    /// the form's hint and the "4: …" lines speak of are the numbers the card shows.
    /// </summary>
    private const int ThematicAfterStep = 4;

    public static IReadOnlyList<AgendaLine> Agenda(Meeting meeting)
    {
        var standard = MeetingTexts.StandardAgenda;
        var lines = new List<AgendaLine>();
        for (var step = 1; step <= standard.Count; step++)
        {
            lines.Add(new AgendaLine(Number(step), standard[step - 1], Added: false));
            var under = new List<(string Text, bool Added)>();
            if (step == ThematicAfterStep && meeting.Kind == MeetingKind.Thematic)
            {
                under.Add((MeetingTexts.ThematicAgendaItem, false));
            }
            under.AddRange(meeting.Agenda
                .Where(item => Math.Clamp(item.AfterStep, 1, standard.Count) == step && !string.IsNullOrWhiteSpace(item.Title))
                .Select(item => (item.Title.Trim(), true)));
            lines.AddRange(under.Select((item, index) => new AgendaLine(Number(step, index + 1), item.Text, item.Added)));
        }
        return lines;
    }

    /// <summary>A standard step's short name, as the form's hint names it: "Nhiệm vụ tháng tới" for step 6.</summary>
    public static string StepName(int step)
    {
        var text = MeetingTexts.StandardAgenda[step - 1];
        var end = text.IndexOfAny([';', '.']);
        return end < 0 ? text : text[..end];
    }

    private static string Number(int step) => string.Create(CultureInfo.InvariantCulture, $"{step}.");

    private static string Number(int step, int sub) => string.Create(CultureInfo.InvariantCulture, $"{step}.{sub}");
}

/// <summary>One line of the agenda: its number ("6." or "6.1"), its text, and whether the chi ủy added it.</summary>
internal sealed record AgendaLine(string Number, string Text, bool Added);
