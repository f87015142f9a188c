namespace PartyBot.Core.Calendar;

/// <summary>Vietnam's time zone (UTC+7, no daylight saving). Times are stored in UTC and shown in this zone.</summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>"08:30 01/12/2026", in Vietnam time.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToVietnam(instant).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The start of a calendar year in Vietnam, as an instant.</summary>
    public static DateTimeOffset YearStart(int year) => new(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), Zone.GetUtcOffset(new DateTime(year, 1, 1)));

    public static DateTimeOffset Now(TimeProvider time) => ToVietnam(time.GetUtcNow());
}
