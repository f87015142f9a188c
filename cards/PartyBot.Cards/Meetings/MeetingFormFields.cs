using System.Globalization;
using PartyBot.Core.Meetings;

namespace PartyBot.Cards.Meetings;

/// <summary>
/// The input ids of the meeting form: the keys of the values in the <c>meeting.save</c> invoke, which the bot reads
/// by these names. Also the two ends of the agenda text field (one item per line, "4: …" to place it after step 4).
/// </summary>
public static class MeetingFormFields
{
    /// <summary>"Regular" or "Thematic" (<see cref="MeetingKind"/> names).</summary>
    public const string Kind = "kind";

    /// <summary>YYYY-MM-DD, Vietnam time.</summary>
    public const string Date = "date";

    /// <summary>HH:mm, Vietnam time.</summary>
    public const string StartTime = "startTime";

    /// <summary>Minutes, a number.</summary>
    public const string DurationMinutes = "durationMinutes";

    public const string Place = "place";

    /// <summary>Absent when the chi bộ is not approved for online meetings.</summary>
    public const string OnlineLink = "onlineLink";

    public const string Topic = "topic";

    /// <summary>Member ids, comma-separated (Input.ChoiceSet multi-select).</summary>
    public const string Preparers = "preparers";

    /// <summary>One item per line; see <see cref="ParseAgenda"/>.</summary>
    public const string ExtraAgenda = "extraAgenda";

    /// <summary>"true" or "false".</summary>
    public const string HolidayConfirmed = "holidayConfirmed";

    public const string ToggleOn = "true";
    public const string ToggleOff = "false";

    /// <summary>The step an item goes after when its line names none: after "Nhiệm vụ tháng tới; phân công".</summary>
    public const int DefaultAfterStep = 6;

    public static string KindValue(MeetingKind kind) => kind.ToString();

    /// <summary>The items as the text field shows them: "4: Sơ kết quý IV" per line, the step left out when it is the default.</summary>
    public static string FormatAgenda(IReadOnlyList<AgendaItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return string.Join("\n", items.Select(item =>
            item.AfterStep == DefaultAfterStep ? item.Title : string.Create(CultureInfo.InvariantCulture, $"{item.AfterStep}: {item.Title}")));
    }

    /// <summary>
    /// The items of the text field: one per non-blank line; a line starting with a step number 1–8 and ":" goes
    /// after that step, any other line after step <see cref="DefaultAfterStep"/>.
    /// </summary>
    public static IReadOnlyList<AgendaItem> ParseAgenda(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var items = new List<AgendaItem>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0
                && int.TryParse(line.AsSpan(0, colon).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var step)
                && step is >= 1 and <= 8
                && line[(colon + 1)..].Trim() is { Length: > 0 } title)
            {
                items.Add(new AgendaItem(title, step));
            }
            else
            {
                items.Add(new AgendaItem(line, DefaultAfterStep));
            }
        }
        return items;
    }
}
