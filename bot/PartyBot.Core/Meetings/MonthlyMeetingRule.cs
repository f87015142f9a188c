using PartyBot.Core.Calendar;

namespace PartyBot.Core.Meetings;

/// <summary>The other meeting a thematic session shares its sitting with, and how long the sitting is, when too short.</summary>
public sealed record ShortSitting(Meeting Other, int SittingMinutes, int MinimumMinutes);

/// <summary>
/// domain.md "Meetings": every chi bộ holds a regular meeting once every month (Điều lệ Điều 24) and a thematic session
/// never replaces it; a thematic session held in the same sitting as the regular meeting (their times overlap or follow
/// each other without a break) makes the sitting last at least <see cref="MeetingOptions.MinimumMinutesWithThematic"/>.
/// Pure: the caller passes the chi bộ's meetings of the months concerned.
/// </summary>
public static class MonthlyMeetingRule
{
    /// <summary>The Vietnam-time month of an instant.</summary>
    public static (int Year, int Month) MonthOf(DateTimeOffset instant)
    {
        var local = VietnamTime.ToVietnam(instant);
        return (local.Year, local.Month);
    }

    /// <summary>
    /// True when <paramref name="meeting"/> is the only regular meeting (not cancelled) of its month among
    /// <paramref name="unitMeetings"/>: changing its kind, moving it out of its month or cancelling it would leave the
    /// month without one.
    /// </summary>
    public static bool IsOnlyRegularOfItsMonth(Meeting meeting, IEnumerable<Meeting> unitMeetings)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(unitMeetings);
        if (meeting.Kind != MeetingKind.Regular || meeting.Status == MeetingStatus.Cancelled)
        {
            return false;
        }
        var month = MonthOf(meeting.StartsAt);
        return !unitMeetings.Any(m => m.Kind == MeetingKind.Regular && m.Status != MeetingStatus.Cancelled
            && !string.Equals(m.Id, meeting.Id, StringComparison.Ordinal) && MonthOf(m.StartsAt) == month);
    }

    /// <summary>
    /// For a meeting of <paramref name="kind"/> from <paramref name="startsAt"/> for <paramref name="minutes"/>: the
    /// sitting it shares with meetings of the other kind (regular with thematic) that overlap or touch it, when that
    /// sitting is shorter than <paramref name="minimumWithThematic"/>; null otherwise.
    /// </summary>
    public static ShortSitting? ShortSharedSitting(
        string? meetingId, MeetingKind kind, DateTimeOffset startsAt, int minutes, IEnumerable<Meeting> unitMeetings, int minimumWithThematic)
    {
        ArgumentNullException.ThrowIfNull(unitMeetings);
        var endsAt = startsAt.AddMinutes(minutes);
        var shared = unitMeetings
            .Where(m => m.Kind != kind && m.Status != MeetingStatus.Cancelled && !string.Equals(m.Id, meetingId, StringComparison.Ordinal))
            .Where(m => m.StartsAt <= endsAt && m.EndsAt >= startsAt)
            .OrderBy(m => m.StartsAt)
            .ToList();
        if (shared.Count == 0)
        {
            return null;
        }
        var from = shared.Select(m => m.StartsAt).Append(startsAt).Min();
        var to = shared.Select(m => m.EndsAt).Append(endsAt).Max();
        var sitting = (int)(to - from).TotalMinutes;
        return sitting < minimumWithThematic ? new ShortSitting(shared[0], sitting, minimumWithThematic) : null;
    }
}
