using System.Globalization;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Cards.Attendance;

/// <summary>How the attendance cards write rates, times and names (always in Vietnam time, Vietnamese decimal comma).</summary>
internal static class AttendanceFormat
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"83,3 %", "100 %": one decimal at most, with the Vietnamese decimal comma.</summary>
    public static string Percent(double percent) => percent.ToString("0.#", Vietnamese) + " %";

    /// <summary>"08:05" in Vietnam time.</summary>
    public static string Time(DateTimeOffset instant) =>
        VietnamTime.ToVietnam(instant).ToString(MeetingTexts.TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>"01/12/2026" in Vietnam time.</summary>
    public static string Date(DateTimeOffset instant) =>
        VietnamTime.ToVietnam(instant).ToString(MeetingTexts.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The time alone when the instant falls on <paramref name="day"/>'s date (Vietnam time), else "08:00, Thứ Ba 01/12/2026".</summary>
    public static string TimeOn(DateTimeOffset instant, DateTimeOffset day) =>
        VietnamTime.ToVietnam(instant).Date == VietnamTime.ToVietnam(day).Date ? Time(instant) : MeetingFormat.At(instant);

    /// <summary>"Nguyễn Văn An (dự bị)" for a probationary member.</summary>
    public static string Name(string fullName, MemberStatus status) =>
        status == MemberStatus.Probationary ? fullName + AttendanceCardTexts.ProbationaryMark : fullName;

    public static string Name(RollCallLine line) => Name(line.FullName, line.Status);
}
