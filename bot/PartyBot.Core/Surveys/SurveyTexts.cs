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
}
