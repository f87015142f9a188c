namespace PartyBot.Core.Calendar;

/// <summary>The working week of party and state agencies: Monday to Friday; Saturday and Sunday are the weekly rest days.</summary>
public static class WorkWeek
{
    public static bool IsWeeklyRestDay(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
