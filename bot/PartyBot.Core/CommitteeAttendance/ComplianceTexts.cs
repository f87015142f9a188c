using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>What the compliance view ("tình hình dự sinh hoạt") and its CSV say, in Vietnamese, in one place.</summary>
public static class ComplianceTexts
{
    public const string Help = "Văn phòng, ban tổ chức và cấp ủy viên xem tình hình cấp ủy viên dự sinh hoạt chi bộ trong quý (Quy định 784): chi bộ chưa có cấp ủy viên dự, số lượt dự so với định mức, từ chối.";
    public const string Example = "tình hình dự sinh hoạt 4/2026";
    public const string Denied = "Chỉ văn phòng, ban tổ chức của cấp ủy cấp trên và cấp ủy viên được xem tình hình dự sinh hoạt chi bộ.";

    public static string BadQuarter(string text) =>
        $"\"{TypedText.Echo(text)}\" không phải quý hợp lệ; đồng chí gõ quý/năm, ví dụ: {Example} (bỏ trống: quý hiện tại).";

    public static string Gap(CoverageGap gap) => gap switch
    {
        CoverageGap.NoMeeting => "chưa có cuộc họp trong quý",
        CoverageGap.NotAssigned => "chưa phân công",
        CoverageGap.Declined => "đã phân công nhưng bị từ chối (hoặc quá hạn trả lời), chưa cử người khác",
        _ => "đã phân công, chưa xác nhận",
    };

    public static string Rank(CommitteeRank rank) => rank == CommitteeRank.Provincial ? "tỉnh ủy viên" : "cấp ủy viên";

    public const string AttendedNote = "\"Đã dự\" tính các lượt đã ghi nhận \"đã dự\" sau cuộc họp; lượt đã xác nhận của cuộc họp đã diễn ra mà chưa ghi nhận được ghi dưới họ tên.";

    /// <summary>Under a member's name: confirmed meetings already held with nothing recorded yet.</summary>
    public static string AwaitingRecord(int count) => $"{count} lượt chưa ghi nhận";

    // The CSV.
    public static string CsvTitle(Quarter quarter) => $"Tình hình cấp ủy viên dự sinh hoạt chi bộ quý {quarter.Number}/{quarter.Year}";

    public const string CsvCellsTitle = "Chi bộ chưa có cấp ủy viên cấp trên dự";
    public static readonly string[] CsvCellHeaders = ["Mã chi bộ", "Chi bộ", "Thuộc", "Tình trạng", "Lượt đã xác nhận", "Lượt cần trong quý"];
    public const string CsvMembersTitle = "Cấp ủy viên";
    public static readonly string[] CsvMemberHeaders = ["Mã đảng viên", "Họ tên", "Diện", "Đã dự", "Định mức quý", "Đạt định mức", "Sắp dự (đã xác nhận)", "Chờ trả lời", "Từ chối / quá hạn", "Không dự (đã xác nhận)", "Đã diễn ra, chưa ghi nhận"];
    public const string Yes = "có";
    public const string No = "không";
}
