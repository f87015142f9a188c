using System.Globalization;

namespace PartyBot.Core.Reports;

/// <summary>What the report commands and verbs answer, in Vietnamese.</summary>
public static class ReportTexts
{
    public const string ListHelp = "Bí thư xem các báo cáo chi bộ phải nộp cấp trên (hạn nộp, tình trạng) và nộp báo cáo bằng đường dẫn.";
    public const string ListExample = "báo cáo";
    public const string SubmitHelp = "Bí thư nộp báo cáo: mã báo cáo và đường dẫn https tới văn bản (văn bản vẫn ở kênh chính thức).";
    public const string SubmitExample = "nộp báo cáo quy:2026-Q4 https://sotay.dangvien.vn/vb/123";
    public const string AcceptHelp = "Văn phòng cấp ủy nhận một báo cáo đã nộp.";
    public const string AcceptExample = "nhận báo cáo CB-VP01 quy:2026-Q4";
    public const string ReturnHelp = "Văn phòng cấp ủy trả lại một báo cáo đã nộp, kèm lý do; chi bộ phải nộp lại.";
    public const string ReturnExample = "trả lại báo cáo CB-VP01 quy:2026-Q4 Thiếu phần đánh giá đảng viên";
    public const string AdHocHelp = "Văn phòng cấp ủy yêu cầu các chi bộ của một đơn vị nộp báo cáo đột xuất, với hạn nộp riêng.";
    public const string AdHocExample = "yêu cầu báo cáo ĐB-SO 15/12/2026 Báo cáo tình hình tư tưởng đảng viên";
    public const string StatusHelp = "Văn phòng cấp ủy xem tình hình nộp báo cáo của các đơn vị trong một quý: đúng hạn, trễ, quá hạn, bị trả lại.";
    public const string StatusExample = "tình hình báo cáo ĐB-SO 2026-Q4";
    public const string TargetsHelp = "Văn phòng cấp ủy xem tổng hợp các chỉ tiêu của quý: sinh hoạt hằng tháng, chuyên đề, xếp loại Tốt, dự sinh hoạt của cấp ủy viên, báo cáo đúng hạn.";
    public const string TargetsExample = "tổng hợp ĐB-SO 2026-Q4";

    public const string TargetMonthly = "Chi bộ sinh hoạt định kỳ hằng tháng (tháng có họp / tháng đã qua)";
    public const string TargetThematic = "Chi bộ sinh hoạt chuyên đề trong quý";
    public const string TargetGood = "Chi bộ xếp loại Tốt qua khảo sát";
    public const string TargetCommittee = "Cấp ủy viên cấp trên dự sinh hoạt theo phân công";
    public const string TargetOnTime = "Báo cáo nộp đúng hạn";
    public const string TargetMonthlyShort = "Họp hằng tháng";
    public const string TargetThematicShort = "Chuyên đề";
    public const string TargetGoodShort = "Xếp loại Tốt";
    public const string TargetCommitteeShort = "Cấp ủy viên dự";
    public const string TargetOnTimeShort = "Báo cáo đúng hạn";

    public static readonly string[] CsvStatusHeaders = ["Mã đơn vị", "Tên đơn vị", "Mã báo cáo", "Báo cáo", "Hạn nộp", "Tình trạng", "Số ngày làm việc trễ", "Đường dẫn", "Đã báo"];
    public static readonly string[] CsvTargetHeaders = ["Chỉ tiêu", "Đạt", "Tổng", "Tỷ lệ (%)", "Chỉ tiêu (%)"];

    public static string UnknownUnit(string typed) =>
        typed.Length == 0 ? "Đồng chí chưa ghi mã đơn vị." : $"Không tìm thấy đơn vị \"{typed}\". Đồng chí kiểm tra lại mã đơn vị.";

    public const string NotSecretary = "Chỉ bí thư hoặc phó bí thư của chi bộ mới nộp được báo cáo của chi bộ đó; đồng chí không thể nộp báo cáo cho đơn vị khác.";
    public const string DashboardUsage = "Cách dùng: ghi mã đơn vị rồi quý, ví dụ \"tình hình báo cáo ĐB-SO 2026-Q4\".";
    public const string NotOffice = "Chỉ văn phòng cấp ủy quản trị đơn vị này mới làm được việc đó.";
    public const string NotAUnitLeader = "Lệnh này dành cho bí thư, phó bí thư chi bộ hoặc văn phòng cấp ủy.";

    public static string UnknownReport(string typed) =>
        typed.Length == 0 ? "Đồng chí chưa ghi mã báo cáo (xem bằng lệnh \"báo cáo\")." : $"Không có báo cáo \"{typed}\" của đơn vị này. Gõ \"báo cáo\" để xem mã các báo cáo.";

    public static string BadLink(int maxLength) =>
        $"Đường dẫn phải là một địa chỉ https đầy đủ (ví dụ https://sotay.dangvien.vn/vb/123), không quá {maxLength} ký tự. Báo cáo chưa được ghi nhận.";

    public const string AlreadySubmitted = "Báo cáo này đã được nộp và đang chờ văn phòng cấp ủy xem xét; chưa cần nộp lại.";
    public const string AlreadyAccepted = "Báo cáo này đã được văn phòng cấp ủy nhận; không cần nộp nữa.";
    public const string Withdrawn = "Báo cáo này không còn phải nộp (buổi sinh hoạt đã hủy).";
    public const string NotSubmitted = "Báo cáo này chưa được nộp nên chưa thể nhận hay trả lại.";
    public const string AcceptedAlready = "Báo cáo này đã được nhận trước đó.";

    public static string ReasonNeeded(int maxLength) => $"Đồng chí ghi lý do trả lại (không quá {maxLength} ký tự) để chi bộ biết cần sửa gì.";

    public static string AdHocTitleNeeded(int maxLength) => $"Đồng chí ghi tên báo cáo (không quá {maxLength} ký tự) sau hạn nộp.";

    public static string BadAdHocDue(int maxDays) => $"Hạn nộp phải là một ngày dạng dd/mm/yyyy, từ hôm nay đến tối đa {maxDays} ngày tới.";

    public const string NoCellsBelow = "Đơn vị này không có chi bộ nào để yêu cầu báo cáo.";

    public static string Submitted(string title, DateOnly due, int late) => late == 0
        ? $"Đã ghi nhận báo cáo \"{title}\" (hạn {Date(due)}): nộp đúng hạn. Văn phòng cấp ủy sẽ xem và phản hồi."
        : $"Đã ghi nhận báo cáo \"{title}\" (hạn {Date(due)}): nộp trễ {late} ngày làm việc. Văn phòng cấp ủy sẽ xem và phản hồi.";

    public static string Accepted(string title, string unitName) => $"Đã nhận báo cáo \"{title}\" của {unitName}.";

    public static string Returned(string title, string unitName, DateOnly due) =>
        $"Đã trả lại báo cáo \"{title}\" của {unitName}; chi bộ được báo và phải nộp lại trước hết ngày {Date(due)}.";

    public static string AdHocCreated(string title, int units, DateOnly due) =>
        $"Đã yêu cầu {units} chi bộ nộp \"{title}\" trước hết ngày {Date(due)}; các chi bộ thấy yêu cầu trong lệnh \"báo cáo\" và được nhắc theo lịch.";

    public static string AdHocExisted(string title) => $"Yêu cầu \"{title}\" với hạn này đã có từ trước; không tạo thêm.";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
