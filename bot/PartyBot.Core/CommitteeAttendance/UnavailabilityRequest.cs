using System.Globalization;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>
/// Reads "bận &lt;từ ngày&gt; &lt;đến ngày&gt; [lý do]" (dates dd/MM/yyyy): a period from today on, in order, no longer than the
/// configured maximum, with a reason of at most <see cref="RotationLimits.DeclineReasonMaxLength"/> characters.
/// </summary>
public static class UnavailabilityRequest
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>The period, or the Vietnamese reason it is refused (then nothing is stored).</summary>
    public static (Unavailability? Period, string? Error) Parse(string memberId, string arguments, DateOnly today, int maxDays)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var parts = arguments.Trim().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return (null, UnavailabilityTexts.Usage);
        }
        if (!TryDate(parts[0], out var from))
        {
            return (null, UnavailabilityTexts.BadDate(parts[0]));
        }
        if (!TryDate(parts[1], out var to))
        {
            return (null, UnavailabilityTexts.BadDate(parts[1]));
        }
        var reason = parts.Length == 3 ? parts[2].Trim() : null;
        var error = to < from ? UnavailabilityTexts.Reversed(from, to)
            : from < today ? UnavailabilityTexts.InThePast(from, today)
            : to.DayNumber - from.DayNumber + 1 > maxDays ? UnavailabilityTexts.TooLong(to.DayNumber - from.DayNumber + 1, maxDays)
            : reason is { Length: > RotationLimits.DeclineReasonMaxLength } ? UnavailabilityTexts.ReasonTooLong
            : null;
        return error is null ? (new Unavailability(memberId, from, to, reason), null) : (null, error);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
