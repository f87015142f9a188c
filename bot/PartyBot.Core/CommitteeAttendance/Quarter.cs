using System.Globalization;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>A calendar quarter in Vietnam: the period a chi bộ must be visited in, and the assignments' partition.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public static Quarter Of(DateTimeOffset instant) => Of(DateOnly.FromDateTime(VietnamTime.ToVietnam(instant).DateTime));

    public DateOnly FirstDay => new(Year, Number * 3 - 2, 1);

    /// <summary>The first day after the quarter.</summary>
    public DateOnly EndDay => FirstDay.AddMonths(3);

    public DateTimeOffset Starts => RegularSlotRule.ToUtc(FirstDay, TimeOnly.MinValue);

    public DateTimeOffset Ends => RegularSlotRule.ToUtc(EndDay, TimeOnly.MinValue);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    /// <summary>"2026Q4": the partition of the quarter's assignments.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}Q{Number}");

    public override string ToString() => Key;

    /// <summary>Reads <see cref="Key"/> back ("2026Q4"); false for anything else (a card payload is untrusted).</summary>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is not { Length: 6 } || text[4] != 'Q' || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || text[5] is < '1' or > '4' || year < 2000)
        {
            return false;
        }
        quarter = new Quarter(year, text[5] - '0');
        return true;
    }
}

/// <summary>A quarter as a user types it: "4/2026", "Q4/2026", "quý 4/2026", "2026Q4".</summary>
public static class QuarterText
{
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var t = (text ?? "").Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        foreach (var prefix in new[] { "QUÝ", "QUY", "Q" })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
                break;
            }
        }
        if (Quarter.TryParse(t, out quarter))
        {
            return true;
        }
        var slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash == 1 && t[0] is >= '1' and <= '4' && t.Length == 6
            && int.TryParse(t.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and < 2100)
        {
            quarter = new Quarter(year, t[0] - '0');
            return true;
        }
        return false;
    }
}
