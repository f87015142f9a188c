using System.Globalization;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.Surveys;

/// <summary>A calendar quarter in Vietnam, written "2026-Q4" in keys and card data.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    /// <summary>The quarter of an instant as the day it is in Vietnam.</summary>
    public static Quarter Of(DateTimeOffset instant) => Of(DateOnly.FromDateTime(VietnamTime.ToVietnam(instant).DateTime));

    /// <summary>The quarter's first midnight in Vietnam, in UTC.</summary>
    public DateTimeOffset Starts => RegularSlotRule.ToUtc(FirstDay, TimeOnly.MinValue);

    /// <summary>The next quarter's first midnight in Vietnam, in UTC.</summary>
    public DateTimeOffset Ends => RegularSlotRule.ToUtc(FirstDay.AddMonths(3), TimeOnly.MinValue);

    public DateOnly FirstDay => new(Year, Number * 3 - 2, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}");

    /// <summary>"2026-Q4" only; anything else (a forged card payload) is null.</summary>
    public static Quarter? TryParse(string? text) =>
        text is { Length: 7 } && text[4] == '-' && text[5] == 'Q' &&
        int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2999 &&
        text[6] is >= '1' and <= '4'
            ? new Quarter(year, text[6] - '0')
            : null;
}

/// <summary>One chi bộ's survey of one quarter.</summary>
public sealed record SurveyId(string UnitId, Quarter Quarter)
{
    public override string ToString() => $"{UnitId}/{Quarter}";
}
