using System.Globalization;
using PartyBot.Core.CommitteeAttendance;

namespace PartyBot.Cards.CommitteeAttendance;

/// <summary>What "lịch dự họp", "tình hình dự sinh hoạt" and "lịch bận" show, in Vietnamese, in one place.</summary>
public static class CommitteeViewTexts
{
    // lịch dự họp
    public const string MineTitle = "Lịch dự sinh hoạt chi bộ";
    public const string MineEmpty = "Đồng chí chưa được phân công dự sinh hoạt chi bộ nào trong quý này và quý sau.";
    public const string MinePaged = "phân công";
    public const string FactState = "Tình trạng";
    public const string ReasonLabel = "Lý do không dự được (ghi trước khi bấm \"Không dự được\")";
    public const string NotCommitteeMember = "Lệnh \"lịch dự họp\" dành cho cấp ủy viên được cử dự sinh hoạt chi bộ; hồ sơ của đồng chí chưa ghi là cấp ủy viên.";
    public const string MineHelp = "Cấp ủy viên xem các buổi sinh hoạt chi bộ được phân công dự (quý này và quý sau), xác nhận hoặc báo không dự được.";

    public static string MineSubtitle(string memberName, Quarter quarter) =>
        $"Đồng chí {memberName} · quý {quarter.Number}/{quarter.Year} và quý sau";

    public static string MineFallback(int count) => $"{MineTitle}: {count} phân công.";

    public static string State(MyAssignmentState state) => state switch
    {
        MyAssignmentState.Pending => "chờ xác nhận",
        MyAssignmentState.Confirmed => "đã xác nhận",
        MyAssignmentState.Held => "đã xác nhận, cuộc họp đã diễn ra",
        _ => "đã từ chối (hoặc quá hạn trả lời)",
    };

    // tình hình dự sinh hoạt
    public const string ComplianceTitle = "Tình hình dự sinh hoạt chi bộ";
    public const string TileCells = "chi bộ";
    public const string TileUncovered = "chưa có cấp ủy dự";
    public const string TileMembers = "cấp ủy viên";
    public const string TileShort = "chưa đủ định mức";
    public const string UncoveredHeading = "Chi bộ chưa có cấp ủy viên cấp trên dự";
    public const string AllCovered = "Mọi chi bộ đều đã có cấp ủy viên cấp trên xác nhận dự trong quý.";
    public const string MembersHeading = "Cấp ủy viên: lượt dự / định mức quý";
    public const string NoMembers = "Chưa có cấp ủy viên nào trong phạm vi này.";
    public const string ColumnMember = "Cấp ủy viên";
    public const string ColumnAttended = "Đã dự / định mức";
    public const string ColumnUpcoming = "Sắp dự";
    public const string ColumnPending = "Chờ trả lời";
    public const string ColumnDeclined = "Từ chối";
    public const string DownloadCsv = "Tải CSV";

    public static string ComplianceSubtitle(Quarter quarter, string scope) => $"Quý {quarter.Number}/{quarter.Year} · {scope}";

    public static string ComplianceFallback(Quarter quarter, int uncovered, int cells) =>
        $"{ComplianceTitle} quý {quarter.Number}/{quarter.Year}: {uncovered}/{cells} chi bộ chưa có cấp ủy viên dự.";

    public static string CellLine(UncoveredCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var count = cell.Required > 1 ? $" ({cell.Confirmed}/{cell.Required} lượt)" : "";
        return $"{ComplianceTexts.Gap(cell.Gap)}{count}";
    }

    public static string MoreCells(int count) => $"… và {Count(count)} chi bộ khác (đủ trong tệp CSV).";

    public static string MoreMembers(int count) => $"… và {Count(count)} cấp ủy viên khác (đủ trong tệp CSV).";

    public static string Ratio(int attended, int due) => $"{attended}/{due}";

    public static string CsvHint(Quarter quarter) =>
        $"Nút \"Tải CSV\" tải tệp CSV (Excel) của các số liệu này; liên kết chỉ dùng được trong ít phút, hết hạn thì gõ lại lệnh. Cho cả tổ chức: quản trị viên chạy trên máy chủ PartyBot lệnh \"committee-report {quarter.Key} <tệp.csv>\" (xem README).";

    // lịch bận
    public const string BusyTitle = "Thời gian báo bận";
    public const string BusySubtitle = "PartyBot không cử đồng chí dự sinh hoạt chi bộ trong các khoảng này";
    public const string BusyEmpty = "Đồng chí chưa báo bận khoảng nào sắp tới.";
    public const string Remove = "Xóa";
    public const string BusyUsage = "Báo bận thêm: " + UnavailabilityTexts.Example + ".";
    public const string BusyHelp = "Cấp ủy viên xem và xóa các khoảng thời gian đã báo bận.";
    public const string PeriodGone = "Khoảng bận này không còn (đã xóa trước đó).";
    public const string BadPeriodPayload = "Nút bấm không hợp lệ: thiếu hoặc sai khoảng thời gian bận.";

    public static string Period(Unavailability period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var reason = string.IsNullOrEmpty(period.Reason) ? "" : $" · {period.Reason}";
        return $"{Date(period.From)} – {Date(period.To)}{reason}";
    }

    public static string Removed(DateOnly from, DateOnly to) =>
        $"Đã xóa khoảng bận {Date(from)} – {Date(to)}. Từ nay đồng chí có thể được cử dự sinh hoạt chi bộ trong thời gian này.";

    public static string MorePeriods(int count) => $"… và {Count(count)} khoảng khác.";

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Count(int count) => Organization.OrganizationFormat.Count(count);
}
