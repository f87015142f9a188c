namespace PartyBot.Core.Calendar;

/// <summary>A day of the Vietnamese lunar calendar (âm lịch). <see cref="Year"/> is the Gregorian year in which the lunar year begins.</summary>
public sealed record LunarDate(int Year, int Month, int Day, bool IsLeapMonth)
{
    /// <summary>As Vietnamese calendars write it, e.g. "10/03/2025" or "15/06 nhuận/2025".</summary>
    public override string ToString() => $"{Day:00}/{Month:00}{(IsLeapMonth ? " nhuận" : "")}/{Year}";
}
