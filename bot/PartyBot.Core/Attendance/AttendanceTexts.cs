namespace PartyBot.Core.Attendance;

/// <summary>The Vietnamese words of attendance that the core rules produce (reasons and refusals).</summary>
public static class AttendanceTexts
{
    public const string ExemptReason = "Miễn sinh hoạt";
    public const string SuspendedReason = "Đình chỉ sinh hoạt";
    public const string TransferredReason = "Chuyển sinh hoạt tạm thời";

    public const string MeetingCancelled = "Buổi sinh hoạt này đã bị hủy, không cần trả lời.";
    public const string MeetingStarted = "Buổi sinh hoạt đã bắt đầu nên không thể thay đổi trả lời nữa. Nếu đồng chí vắng mặt, xin báo trực tiếp bí thư chi bộ.";
    public const string ReasonRequired = "Xin đồng chí ghi rõ lý do vắng mặt.";
    public const string NotSummoned = "Đồng chí không thuộc diện triệu tập của buổi sinh hoạt này (miễn, đình chỉ hoặc chuyển sinh hoạt tạm thời).";
    public const string RollCallNotOpen = "Bí thư chưa mở điểm danh cho buổi sinh hoạt này.";
    public const string RollCallClosed = "Điểm danh của buổi sinh hoạt này đã kết thúc; kết quả không thể thay đổi.";

    public const string RollCallClosing = "Bí thư đang kết thúc điểm danh buổi sinh hoạt này. Xin đồng chí bấm “Làm mới” sau ít phút để xem kết quả đã ghi nhận.";

    public static string NotSummonedTarget(string name) => $"Đồng chí {name} không thuộc diện triệu tập (miễn, đình chỉ hoặc chuyển sinh hoạt tạm thời): không điểm danh.";

    public static string ReasonTooLong(int max) => $"Lý do dài quá {max} ký tự; xin đồng chí viết ngắn lại.";

    public static string CheckInNotYet(string opensAt) => $"Chưa đến giờ điểm danh: đồng chí có thể điểm danh từ {opensAt}.";

    public static string CheckInOver(string closedAt) =>
        $"Thời gian tự điểm danh đã hết lúc {closedAt}. Nếu đồng chí có mặt, xin báo bí thư để bí thư ghi nhận.";

    public static string RollCallTooEarly(string opensAt) => $"Chưa thể mở điểm danh: điểm danh mở được từ {opensAt}.";

    public static string NotOfThisCell(string unitName) =>
        $"Buổi sinh hoạt này là của {unitName}; đồng chí không sinh hoạt ở chi bộ này nên không thể trả lời hay điểm danh.";

    public const string OnlyLeaders = "Chỉ bí thư, phó bí thư chi bộ hoặc văn phòng cấp ủy mới ghi nhận, sửa điểm danh và kết thúc điểm danh.";
    public const string PickMember = "Xin chọn đồng chí cần ghi nhận điểm danh.";
    public const string PickState = "Xin chọn tình trạng: có mặt, vắng có lý do, vắng không lý do, hoặc bỏ đánh dấu.";
    public const string UnknownMember = "Đồng chí được chọn không có trong danh sách chi bộ.";
    public const string UnknownAnswer = "Câu trả lời không hợp lệ: xin bấm “Tham dự” hoặc “Vắng có lý do”.";

    public static string RsvpSaved(bool attending) => attending
        ? "Đã ghi nhận: đồng chí sẽ tham dự. Đồng chí có thể đổi câu trả lời đến giờ bắt đầu."
        : "Đã ghi nhận: đồng chí vắng có lý do. Đồng chí có thể đổi câu trả lời đến giờ bắt đầu.";

    public const string CheckedIn = "Đã ghi nhận đồng chí có mặt.";
    public const string UpperAttendeeCheckedIn = "Đã ghi nhận đồng chí có mặt với tư cách đại biểu cấp trên.";
    public const string NotTheUpperAttendee = "Đồng chí không phải đại biểu cấp trên đã xác nhận dự buổi sinh hoạt này.";

    public static string Marked(string name, string state) => $"Đã ghi nhận: {name} — {state}.";

    public static string MarkRefused(string name, string reason) => $"Chưa ghi nhận điểm danh cho đồng chí {name}: {reason}";

    public static string MarkedRest(int count) => count == 0
        ? "Không còn đồng chí nào chưa điểm danh; không có gì thay đổi."
        : $"Đã ghi nhận có mặt cho {count} đồng chí còn lại.";

    public const string RollCallClosedNow = "Đã kết thúc điểm danh. Kết quả đã được lưu vào hồ sơ buổi sinh hoạt.";

    public static string RollCallCommandUsage => "Gõ “điểm danh” khi đến giờ sinh hoạt; văn phòng cấp ủy gõ kèm mã chi bộ, ví dụ “điểm danh CB-VP01”.";

    public static string NoMeetingToCall(string unitName) =>
        $"{unitName} không có buổi sinh hoạt nào đang diễn ra hoặc sắp bắt đầu để điểm danh. Gõ “lịch họp” để xem lịch.";

    public static string NotLinkedForRollCall(string unitName) =>
        $"{unitName} chưa liên kết kênh Teams nên đảng viên không tự điểm danh được; bí thư ghi nhận cho từng đồng chí trên thẻ này. (Gõ “liên kết chi bộ <mã>” trong kênh của chi bộ.)";

    public const string RollCallAlreadyPosted = "Điểm danh đang mở: thẻ điểm danh ở phía trên trong cuộc trò chuyện này. Bấm “Làm mới” trên thẻ để thấy danh sách đầy đủ.";

    public static string RollCallOpenIn(string unitName) => $"Điểm danh đang mở; thẻ điểm danh đã ở kênh của {unitName}. Dưới đây là danh sách để đồng chí ghi nhận và kết thúc.";

    public static string RollCallPosted(string unitName) => $"Đã mở điểm danh và gửi thẻ điểm danh vào kênh của {unitName}.";

    public static string HistoryDenied(string memberId) => $"Đồng chí không có quyền xem chuyên cần của đảng viên “{TypedText.Echo(memberId)}”.";

    public static string NoSuchMember(string typed) =>
        $"Không tìm thấy đảng viên có mã hoặc họ tên “{TypedText.Echo(typed)}” trong các chi bộ đồng chí được xem.";

    /// <summary>Several members the caller may see bear the name: each with code and chi bộ, and how to pick one.</summary>
    public static string SameName(string typed, IReadOnlyList<(string Id, string UnitName)> candidates) =>
        $"Có {candidates.Count} đảng viên họ tên “{TypedText.Echo(typed)}”: " +
        string.Join("; ", candidates.Select(c => $"{c.Id} ({c.UnitName})")) +
        $". Đồng chí gõ kèm mã đảng viên, ví dụ “chuyên cần {candidates[0].Id}”.";

    public const string RollCallHelp =
        "Bí thư mở điểm danh buổi sinh hoạt đang diễn ra: đảng viên bấm “Có mặt” trên thẻ; bí thư ghi nhận cho đồng chí không dùng Teams, sửa nhầm lẫn và kết thúc điểm danh.";

    public const string RollCallExample = "điểm danh";

    public const string HistoryHelp = "Xem chuyên cần sinh hoạt trong năm của đồng chí; bí thư, cấp ủy viên phụ trách xem của đảng viên theo mã hoặc họ tên.";

    public const string HistoryExample = "chuyên cần DV004";
}
