using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Calendar;

/// <summary>How the default public holidays are computed (section "Calendar"). The year's announcement still goes in the editable table.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>Which day joins 2 September (the law: "01 ngày liền kề trước hoặc sau", chosen yearly by the Prime Minister).</summary>
    [EnumDataType(typeof(NationalDayAdjacentDay))]
    public NationalDayAdjacentDay NationalDayAdjacentDay { get; set; } = NationalDayAdjacentDay.Bridge;

    /// <summary>
    /// How many of Tết's 5 days come before mùng 1. Default 2, as every announced break of 2020–2026: the last two
    /// days of the lunar year (29 and 30 Tết, or 28 and 29 Tết when the 12th month is short) and mùng 1 to mùng 3.
    /// </summary>
    [Range(0, 4)]
    public int TetDaysBeforeNewYear { get; set; } = 2;

    /// <summary>Give a compensatory day (nghỉ bù) when a public holiday falls on Saturday or Sunday (Điều 111 khoản 3).</summary>
    public bool CompensateWeeklyRestDays { get; set; } = true;

    /// <summary>How long a host keeps a year's calendar before reading the editable table again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}

public enum NationalDayAdjacentDay
{
    /// <summary>
    /// The day that joins 2/9 to the weekend, as the announcements of 2021–2025 did: 1/9, except 3/9 when 1/9 is a
    /// Saturday or Sunday (2/9 on Sunday or Monday) or when 3/9 is a Friday (2/9 on Thursday).
    /// </summary>
    Bridge,

    /// <summary>Always 1 September.</summary>
    Before,

    /// <summary>Always 3 September.</summary>
    After,
}
