namespace PartyBot.Core.Calendar;

/// <summary>A day off that is not a weekly rest day, with its Vietnamese name.</summary>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind);

public enum HolidayKind
{
    /// <summary>A public holiday of Bộ luật Lao động 2019, Điều 112 khoản 1 (as computed by default).</summary>
    Statutory,

    /// <summary>Nghỉ bù: a statutory holiday fell on the weekly rest day (Điều 111 khoản 3), so the next working day is off.</summary>
    Compensatory,

    /// <summary>A day off from the editable table: the year's announcement (swapped days, longer Tết) or the organisation's own.</summary>
    Announced,
}
