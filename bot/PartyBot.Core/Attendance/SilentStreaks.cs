namespace PartyBot.Core.Attendance;

/// <summary>A member's year in figures: meetings attended, meetings spoken in, and the attended meetings in a row, latest last, without a word.</summary>
public sealed record SpeakingFigures(string MemberId, int Attended, int Spoke, int SilentInARow);

/// <summary>
/// Counts a member's history of a year (domain: members who "ít phát biểu"). Only meetings attended count; an absence or
/// an exemption neither breaks nor extends a silent run, a meeting spoken in ends it.
/// </summary>
public static class SilentStreaks
{
    public static SpeakingFigures Of(string memberId, IEnumerable<AttendanceHistoryEntry> year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var attended = year.Where(e => e.State == AttendanceState.Present).OrderBy(e => e.StartsAt).ThenBy(e => e.MeetingId, StringComparer.Ordinal).ToList();
        var silent = attended.AsEnumerable().Reverse().TakeWhile(e => !e.Spoke).Count();
        return new SpeakingFigures(memberId, attended.Count, attended.Count(e => e.Spoke), silent);
    }
}
