using System.Globalization;

namespace PartyBot.Core.Surveys;

/// <summary>The Vietnamese words of the survey that the core rules produce: the answers to a vote.</summary>
public static class SurveyTexts
{
    public const string NotFound = "Không tìm thấy phiếu khảo sát này. Xin đồng chí dùng phiếu PartyBot đã gửi riêng cho đồng chí.";
    public const string NotAMember = "PartyBot chưa nhận ra đồng chí là đảng viên trong danh sách tổ chức, nên không thể ghi nhận phiếu khảo sát.";
    public const string OtherCell = "Phiếu khảo sát này là của một chi bộ khác; đồng chí chỉ bỏ phiếu cho chi bộ nơi đồng chí sinh hoạt.";
    public const string NotSummoned = "Đồng chí không thuộc diện khảo sát của chi bộ trong quý này (miễn, đình chỉ, chuyển sinh hoạt tạm thời hoặc chưa có tên khi mở khảo sát).";
    public const string Closed = "Khảo sát đã kết thúc; phiếu không được ghi nhận.";
    public const string AlreadyVoted = "Đồng chí đã bỏ phiếu khảo sát này; theo quy định, phiếu đã gửi không sửa được. Phiếu lần này không được ghi nhận.";
    public const string Recorded = "Phiếu của đồng chí đã được ghi nhận. Phiếu là ẩn danh: không ai, kể cả bí thư, biết đồng chí chấm thế nào.";
    public const string Changed = "Đã cập nhật phiếu của đồng chí (chỉ phiếu mới nhất được tính).";
    public const string Unchanged = "Phiếu này giống hệt phiếu đồng chí đã gửi; không có gì thay đổi.";
    public const string UnknownCriterion = "Phiếu có tiêu chí không có trong khảo sát; phiếu không được ghi nhận. Xin đồng chí dùng phiếu PartyBot đã gửi.";

    public static string MissingCriteria(IEnumerable<string> titles) =>
        $"Xin đồng chí chấm đủ mọi tiêu chí; còn thiếu: {string.Join("; ", titles)}. Phiếu chưa được ghi nhận.";

    public static string OutOfRange(string title, int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Mức chấm của tiêu chí “{title}” phải là số nguyên từ {min} đến {max}. Phiếu chưa được ghi nhận.");

    public static string CommentTooLong(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Ý kiến góp ý dài quá {max} ký tự; xin đồng chí rút gọn. Phiếu chưa được ghi nhận.");

    public const string TurnoutHelp = "Bí thư (hoặc cấp ủy phụ trách, văn phòng) xem số đảng viên đã bỏ phiếu khảo sát chất lượng sinh hoạt quý này; không ai xem được ai chấm thế nào.";
    public const string TurnoutExample = "khảo sát CB-VP01";
    public const string TurnoutDenied = "Chỉ bí thư, phó bí thư, cấp ủy viên phụ trách hoặc văn phòng cấp ủy xem được số phiếu khảo sát của chi bộ.";

    public const string BallotHelp = "Nhận lại phiếu khảo sát chất lượng sinh hoạt của chi bộ mình đang mở (nếu chưa nhận được hoặc đã mất thẻ); phiếu ẩn danh.";
    public const string NoCellForBallot = "Đồng chí chưa thuộc chi bộ nào trong danh sách của PartyBot, nên không có phiếu khảo sát.";

    public static string NoOpenSurvey(string unitName) => $"{unitName} hiện không có khảo sát chất lượng sinh hoạt nào đang mở.";

    public static string NotSummonedForBallot(string quarter) =>
        $"Đồng chí không có tên trong danh sách đảng viên được mời khảo sát {quarter} (danh sách lập lúc mở khảo sát), nên không có phiếu.";

    public static string UnknownCell(string typed) => $"Không có chi bộ mã “{typed}”.";

    public static string NoSurvey(string unitName, string quarter) => $"{unitName} chưa mở khảo sát chất lượng sinh hoạt {quarter}.";

    public static string Turnout(string unitName, string quarter, int ballots, int summoned, string percent, string closesAt) =>
        $"Khảo sát chất lượng sinh hoạt {quarter} của {unitName}: {ballots}/{summoned} đảng viên đã bỏ phiếu ({percent}); kết thúc lúc {closesAt}. Phiếu ẩn danh: PartyBot không cho biết ai đã bỏ phiếu hay chấm thế nào.";

    public static string ClosedTurnout(string unitName, string quarter, int ballots, int summoned, string percent, string outcome) =>
        $"Khảo sát chất lượng sinh hoạt {quarter} của {unitName} đã kết thúc: {ballots}/{summoned} đảng viên bỏ phiếu ({percent}); {outcome}.";
}
