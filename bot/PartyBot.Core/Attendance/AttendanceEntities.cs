using Azure.Data.Tables;

namespace PartyBot.Core.Attendance;

/// <summary>How attendance rows and change-log lines are written to Table storage and read back.</summary>
internal static class AttendanceEntities
{
    public const string Rsvp = "rsvp";
    public const string CheckIn = "checkin";
    public const string Mark = "mark";
    public const string Spoke = "spoke";
    public const string Clerk = "clerk";

    public static TableEntity ToEntity(string partition, string row, AttendanceEntry e) => new(partition, row)
    {
        ["MemberId"] = e.MemberId,
        ["Rsvp"] = e.Rsvp.ToString(),
        ["RsvpReason"] = e.RsvpReason,
        ["RsvpAt"] = e.RsvpAt,
        ["CheckedInAt"] = e.CheckedInAt,
        ["Mark"] = e.Mark?.ToString(),
        ["MarkReason"] = e.MarkReason,
        ["MarkedBy"] = e.MarkedBy,
        ["MarkedAt"] = e.MarkedAt,
    };

    public static AttendanceEntry ToEntry(TableEntity e) => new(
        e.GetString("MemberId"),
        Enum.Parse<RsvpAnswer>(e.GetString("Rsvp")),
        e.GetString("RsvpReason"),
        e.GetDateTimeOffset("RsvpAt"),
        e.GetDateTimeOffset("CheckedInAt"),
        e.GetString("Mark") is { Length: > 0 } mark ? Enum.Parse<AttendanceState>(mark) : null,
        e.GetString("MarkReason"),
        e.GetString("MarkedBy"),
        e.GetDateTimeOffset("MarkedAt"));

    public static TableEntity ToEntity(string partition, string row, AttendanceChange c) => new(partition, row)
    {
        ["MemberId"] = c.MemberId,
        ["ByMemberId"] = c.ByMemberId,
        ["At"] = c.At,
        ["What"] = c.What,
        ["From"] = c.From,
        ["To"] = c.To,
        ["Reason"] = c.Reason,
    };

    public static AttendanceChange ToChange(TableEntity e) => new(
        e.GetString("MemberId"),
        e.GetString("ByMemberId"),
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        e.GetString("What"),
        e.GetString("From"),
        e.GetString("To"),
        e.GetString("Reason"));

    /// <summary>The log lines of a change: one for each of the RSVP, the check-in and the mark that differ.</summary>
    public static IEnumerable<AttendanceChange> Describe(AttendanceEntry before, AttendanceEntry after, string by, DateTimeOffset at)
    {
        if (before.Rsvp != after.Rsvp || before.RsvpReason != after.RsvpReason)
        {
            yield return new AttendanceChange(after.MemberId, by, at, Rsvp, before.Rsvp.ToString(), after.Rsvp.ToString(), after.RsvpReason);
        }
        if (before.CheckedInAt != after.CheckedInAt)
        {
            yield return new AttendanceChange(after.MemberId, by, at, CheckIn, before.CheckedInAt?.ToString("O"), after.CheckedInAt?.ToString("O"));
        }
        if (before.Mark != after.Mark || before.MarkReason != after.MarkReason)
        {
            yield return new AttendanceChange(after.MemberId, by, at, Mark, before.Current.State.ToString(), after.Current.State.ToString(), after.MarkReason);
        }
    }
}
