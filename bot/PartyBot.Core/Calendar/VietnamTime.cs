namespace PartyBot.Core.Calendar;

/// <summary>Vietnam's time zone (UTC+7, no daylight saving). Times are stored in UTC and shown in this zone.</summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTimeOffset Now(TimeProvider time) => ToVietnam(time.GetUtcNow());
}
