using System.Globalization;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>What "bận" says, in Vietnamese, in one place.</summary>
public static class UnavailabilityTexts
{
    public const string Help = "Cấp ủy viên báo thời gian bận (đi công tác, nghỉ phép…) để không được cử dự sinh hoạt chi bộ trong thời gian đó.";
    public const string Example = "bận 05/01/2027 09/01/2027 đi công tác";
    public const string Usage = "Đồng chí gõ: bận <từ ngày> <đến ngày> [lý do], ngày theo dạng dd/MM/yyyy, ví dụ: " + Example + ".";
    public const string NotCommitteeMember = "Lệnh \"bận\" dành cho cấp ủy viên được cử dự sinh hoạt chi bộ; hồ sơ của đồng chí chưa ghi là cấp ủy viên.";
    public static readonly string ReasonTooLong = $"Lý do dài quá {RotationLimits.DeclineReasonMaxLength} ký tự; đồng chí vui lòng viết ngắn lại.";

    public static string BadDate(string text) => $"\"{TypedText.Echo(text)}\" không phải ngày hợp lệ (dd/MM/yyyy, ví dụ 05/01/2027).";

    public static string Reversed(DateOnly from, DateOnly to) => $"Ngày kết thúc {Date(to)} trước ngày bắt đầu {Date(from)}; đồng chí ghi ngày bắt đầu trước.";

    public static string InThePast(DateOnly from, DateOnly today) => $"Ngày {Date(from)} đã qua; đồng chí chỉ báo bận từ hôm nay ({Date(today)}) trở đi.";

    public static string TooLong(int days, int maxDays) => $"Khoảng {days} ngày dài quá {maxDays} ngày cho một lần báo bận; đồng chí chia thành nhiều lần.";

    public static string Saved(Unavailability period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var reason = string.IsNullOrEmpty(period.Reason) ? "" : $" ({period.Reason})";
        return $"Đã ghi nhận: đồng chí bận từ {Date(period.From)} đến {Date(period.To)}{reason}. PartyBot sẽ không cử đồng chí dự sinh hoạt chi bộ trong thời gian này; phân công chưa xác nhận trong thời gian này được chuyển cho đồng chí khác.";
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
