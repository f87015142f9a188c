using System.Globalization;
using PartyBot.Core.Reports;

namespace PartyBot.Cards.Reports;

/// <summary>Every word of the report cards.</summary>
internal static class ReportCardTexts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string ListTitle = "Báo cáo gửi cấp trên";
    public const string NothingOwed = "Chi bộ không có báo cáo nào phải nộp trong thời gian này.";
    public const string SubmitButton = "Nộp báo cáo";
    public const string SendButton = "Gửi";
    public const string LinkLabel = "Đường dẫn tới văn bản (https)";
    public const string LinkPlaceholder = "https://…";
    public const string LinkError = "Đường dẫn phải bắt đầu bằng https://";
    public const string DocumentsStay = "Văn bản vẫn gửi qua kênh chính thức; PartyBot chỉ giữ đường dẫn, người nộp và thời điểm nộp.";
    public const string ReminderTitle = "Nhắc nộp báo cáo";
    public const string EscalationTitle = "Báo cáo quá hạn";
    public const string ReviewTitle = "Báo cáo mới nộp";
    public const string ReturnedTitle = "Báo cáo bị trả lại";
    public const string OpenDocument = "Mở văn bản";
    public const string AcceptButton = "Nhận báo cáo";
    public const string ReturnButton = "Trả lại";
    public const string ReasonLabel = "Lý do trả lại";
    public const string ReasonError = "Cần ghi lý do trả lại.";
    public const string FactReport = "Báo cáo";
    public const string FactDue = "Hạn nộp";
    public const string FactState = "Tình trạng";
    public const string FactSecretary = "Bí thư";
    public const string FactSubmitted = "Nộp lúc";
    public const string FactReason = "Lý do";
    public const string FactId = "Mã báo cáo";
    public const string NoSecretary = "(chi bộ chưa có bí thư)";
    public const string DashboardTitle = "Tình hình báo cáo";
    public const string TargetsTitle = "Tổng hợp chỉ tiêu";
    public const string OverdueHeading = "Quá hạn";
    public const string NoOverdue = "Không có báo cáo nào quá hạn.";
    public const string TiledOnTime = "Đúng hạn";
    public const string TiledLate = "Nộp trễ";
    public const string TiledOverdue = "Quá hạn";
    public const string TiledReturned = "Bị trả lại";
    public const string TiledNotDue = "Chưa đến hạn";
    public const string ToldNobody = "chưa báo ai";
    public const string Chart = "Biểu đồ";
    public const string DownloadCsv = "Tải danh sách (CSV)";
    public const string TargetsFootnote = "Chỉ tiêu theo nghị quyết: 100 % chi bộ sinh hoạt chuyên đề mỗi quý; từ 90 % chi bộ xếp loại Tốt.";

    public static string ChartStatusTitle(string period) => $"Báo cáo {period} theo tình trạng (%)";

    public static string ChartTargetsTitle(string period) => $"Chỉ tiêu {period} (%)";

    public static string AndMore(int count) => $"… và {count} báo cáo khác.";

    public static string Period(string label, string unitName) => $"{unitName} · {label}";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Percent(double percent) => percent.ToString("0.#", Vietnamese) + " %";

    public static string State(ReportLine line) => line.Standing switch
    {
        ReportStanding.NotYetDue => "Chưa nộp, chưa đến hạn",
        ReportStanding.OnTime when line.Report.Status == ReportStatus.Accepted => "Đã nhận (nộp đúng hạn)",
        ReportStanding.OnTime => "Đã nộp đúng hạn, chờ văn phòng xem",
        ReportStanding.Late when line.Report.Status == ReportStatus.Accepted => $"Đã nhận (nộp trễ {line.Report.WorkingDaysLate} ngày làm việc)",
        ReportStanding.Late => $"Đã nộp trễ {line.Report.WorkingDaysLate} ngày làm việc, chờ văn phòng xem",
        ReportStanding.Returned when line.WorkingDaysOverdue > 0 => $"Bị trả lại, quá hạn nộp lại {line.WorkingDaysOverdue} ngày làm việc",
        ReportStanding.Returned => "Bị trả lại, cần nộp lại",
        _ => line.WorkingDaysOverdue == 0 ? "Hôm nay là hạn nộp" : $"Quá hạn {line.WorkingDaysOverdue} ngày làm việc",
    };

    public static string Reminder(ReportLine line, DateOnly today) => line.WorkingDaysOverdue > 0
        ? $"Báo cáo \"{line.Report.Title}\" đã quá hạn {line.WorkingDaysOverdue} ngày làm việc (hạn {Date(line.Report.DueOn)}). Đồng chí nộp ngay bằng nút dưới đây."
        : line.Report.DueOn == today
            ? $"Hôm nay ({Date(today)}) là hạn nộp báo cáo \"{line.Report.Title}\"."
            : $"Báo cáo \"{line.Report.Title}\" đến hạn ngày {Date(line.Report.DueOn)}.";

    public static string Escalation(string unitName, ReportLine line) =>
        $"{unitName} chưa nộp \"{line.Report.Title}\" (hạn {Date(line.Report.DueOn)}): quá hạn {line.WorkingDaysOverdue} ngày làm việc.";

    public const string EscalationStanding = "Báo cáo ban thường vụ: báo cáo quá hạn đã nhắc bí thư, cấp ủy viên phụ trách và văn phòng mà vẫn chưa nộp.";
    public const string EscalationFollowers = "Đồng chí phụ trách hoặc quản trị đơn vị này: đề nghị đôn đốc chi bộ nộp báo cáo.";

    public static string ReviewFallback(string unitName, string title) => $"{unitName} đã nộp \"{title}\".";

    public static string Submitted(ReportObligation report) => report.WorkingDaysLate == 0 ? "đúng hạn" : $"trễ {report.WorkingDaysLate} ngày làm việc";

    public static string Returned(ReportObligation report) =>
        $"Văn phòng cấp ủy trả lại báo cáo \"{report.Title}\". Đồng chí sửa và nộp lại trước hết ngày {Date(report.DueOn)}.";

    public static string Told(IReadOnlyList<ReportTold> told) => told.Count == 0 ? ToldNobody : "đã báo " + string.Join(", ", told.Select(t => t.FullName).Distinct());

    public static string TargetValue(TargetFigure figure) =>
        figure.Total == 0 ? "chưa có số liệu" : $"{figure.Achieved}/{figure.Total} ({Percent(figure.Percent)}) · chỉ tiêu {Percent(figure.TargetPercent)}";

    public static string Fallback(string title, string unitName) => $"{title}: {unitName}";
}
