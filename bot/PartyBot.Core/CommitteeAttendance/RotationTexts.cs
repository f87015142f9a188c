using System.Globalization;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>What the rotation says (reasons for a choice, broken rules, releases), in Vietnamese, in one place.</summary>
public static class RotationTexts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Reasons for a choice.
    public const string CellNotVisited = "chi bộ chưa có cấp ủy dự trong quý";
    public const string Follower = "đồng chí phụ trách chi bộ";
    public const string FewestInQuarter = "ít lượt nhất trong quý";

    public static string CellVisits(int visits) => $"chi bộ mới có {visits} lượt cấp ủy dự trong quý";

    public static string QuotaShort(int done, int due) => $"chưa đủ định mức trong quý ({done}/{due} lượt)";

    /// <summary>"họp định kỳ 08:00 01/12/2026" / "sinh hoạt chuyên đề 14:00 15/12/2026".</summary>
    public static string MeetingLabel(MeetingKind kind, DateTimeOffset startsAt) =>
        $"{(kind == MeetingKind.Thematic ? "sinh hoạt chuyên đề" : "họp định kỳ")} {VietnamTime.Format(startsAt)}";

    // Broken rules.
    public static string NoOneEligible(string cell) =>
        $"{cell}: không có cấp ủy viên nào có thể cử dự (cấp ủy cấp trên chưa có ai, hoặc chỉ có cấp ủy viên sinh hoạt tại chính chi bộ này).";

    public static string NoMeetingLeft(string cell, Quarter quarter) =>
        $"{cell}: chưa có cấp ủy dự trong quý {quarter.Number}/{quarter.Year} và không còn cuộc họp nào trong quý để cử.";

    /// <summary>Why nobody can go to this meeting: of the members who could be sent, how many are away, busy or declined.</summary>
    public static string NobodyFree(string cell, string meeting, int eligible, int unavailable, int clashing, int declined, TimeSpan gap)
    {
        var parts = new List<string>();
        if (unavailable > 0)
        {
            parts.Add($"{unavailable} đã báo bận");
        }
        if (clashing > 0)
        {
            parts.Add($"{clashing} có cuộc họp khác cách dưới {Hours(gap)} giờ");
        }
        if (declined > 0)
        {
            parts.Add($"{declined} đã từ chối");
        }
        return $"{cell}, {meeting}: chưa cử được cấp ủy viên dự — trong {eligible} đồng chí có thể cử: {string.Join(", ", parts)}.";
    }

    public static string FollowerNotChosen(string cell, string meeting, string chosen, string follower, string why) =>
        $"{cell}, {meeting}: cử đồng chí {chosen} thay đồng chí phụ trách {follower} ({why}).";

    public const string WhyUnavailable = "đã báo bận";
    public const string WhyDeclined = "đã từ chối";
    public const string WhyClash = "trùng giờ cuộc họp khác";

    public static string QuotaNotMet(string member, int planned, int due, QuotaRule quota, Quarter quarter, bool anyMeetingLeft) =>
        $"Đồng chí {member}: {planned}/{due} lượt dự sinh hoạt chi bộ trong quý {quarter.Number}/{quarter.Year} " +
        $"(định mức {quota.Meetings} lượt/{(quota.Period == QuotaPeriod.Year ? "năm" : "quý")}); " +
        (anyMeetingLeft ? "các cuộc họp còn trống trùng giờ hoặc rơi vào ngày bận." : "không còn cuộc họp nào còn trống để cử.");

    /// <summary>To the chi bộ's secretary once the attendee confirmed: who is coming, to introduce at step 1 of the agenda.</summary>
    public static string AttendeeComing(string member, string cell, string meeting) =>
        $"Đồng chí {member}, cấp ủy viên cấp trên, đã xác nhận dự {meeting} của {cell}. Bí thư thông báo thời gian, địa điểm, nội dung cho đồng chí và giới thiệu đồng chí ở phần khai mạc.";

    public static string DeclinedBy(string member, string reason) => $"đồng chí {member} báo không dự được: {reason}";

    // Releases.
    public static string Released(ReleaseCause cause) => cause switch
    {
        ReleaseCause.MeetingCancelled => "cuộc họp đã hủy",
        ReleaseCause.MeetingGone => "cuộc họp đã dời sang quý khác hoặc không còn",
        ReleaseCause.Clash => "cuộc họp đã dời và trùng giờ cuộc họp khác của đồng chí được cử",
        ReleaseCause.Unavailable => "đồng chí được cử đã báo bận vào ngày họp",
        ReleaseCause.NoAnswer => "đồng chí được cử chưa trả lời trong thời hạn",
        _ => "đồng chí được cử không còn thuộc diện cử dự chi bộ này",
    };

    /// <summary>The office's 1:1: the quarter's rules that cannot be kept, one per paragraph, at most <paramref name="max"/>.</summary>
    public static string OfficeReport(Quarter quarter, IReadOnlyList<string> lines, int max)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var shown = string.Join("\n\n", lines.Take(max).Select(line => "- " + line));
        var more = lines.Count > max ? $"\n\n… và {lines.Count - max} trường hợp khác." : "";
        return $"Phân công cấp ủy viên dự sinh hoạt chi bộ quý {quarter.Number}/{quarter.Year}: {lines.Count} trường hợp chưa đáp ứng được quy định.\n\n{shown}{more}";
    }

    private static string Hours(TimeSpan gap) => gap.TotalHours.ToString("0.#", Vietnamese);
}
