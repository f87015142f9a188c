using PartyBot.Core.Attendance;

namespace PartyBot.Cards.Attendance;

/// <summary>Everything the attendance cards (invitation, roll call, summary, history) and the absence warnings say, in Vietnamese.</summary>
public static class AttendanceCardTexts
{
    // ---- Names the bot reuses ----

    /// <summary>A member's state at a meeting, in words: "Có mặt", "Vắng có lý do", "Vắng không lý do", "Chưa điểm danh", "Miễn".</summary>
    public static string StateName(AttendanceState state) => state switch
    {
        AttendanceState.Pending => "Chưa điểm danh",
        AttendanceState.Present => "Có mặt",
        AttendanceState.Excused => "Vắng có lý do",
        AttendanceState.Unexcused => "Vắng không lý do",
        AttendanceState.Exempt => "Miễn",
        _ => state.ToString(),
    };

    /// <summary>The attendance band: "Tốt", "Khá", "Trung bình", "Kém".</summary>
    public static string BandName(AttendanceBand band) => band switch
    {
        AttendanceBand.Good => "Tốt",
        AttendanceBand.Fair => "Khá",
        AttendanceBand.Average => "Trung bình",
        AttendanceBand.Poor => "Kém",
        _ => band.ToString(),
    };

    /// <summary>An answer to the invitation: "Tham dự", "Vắng có lý do", "Chưa trả lời".</summary>
    public static string AnswerName(RsvpAnswer answer) => answer switch
    {
        RsvpAnswer.None => "Chưa trả lời",
        RsvpAnswer.Attending => "Tham dự",
        RsvpAnswer.Excused => "Vắng có lý do",
        _ => answer.ToString(),
    };

    /// <summary>The choices of the secretary's mark: the states, and Pending as taking the mark back.</summary>
    public static string MarkStateTitle(AttendanceState state) =>
        state == AttendanceState.Pending ? "Bỏ đánh dấu (trả về tự điểm danh)" : StateName(state);

    /// <summary>"Nguyễn Văn An (dự bị)" for a probationary member, else the name.</summary>
    public const string ProbationaryMark = " (dự bị)";

    public const string MarkedBySecretary = " · bí thư ghi";
    public const string ReasonSeparator = " — ";

    public static string MoreNames(int count) => $"… và {count} đồng chí khác";

    /// <summary>A list left out entirely (only when the card has no room at all).</summary>
    public static string NamesNotShown(int count) => $"{count} đồng chí (danh sách quá dài để hiện trên thẻ).";

    // ---- Shared by the cards ----

    public const string Refresh = "Làm mới";
    public const string NoticeConfirmMark = "✓ ";

    public static string AtTime(string time) => $" (lúc {time})";

    // ---- Invitation ----

    public const string Attend = "Tham dự";
    public const string Excuse = "Vắng có lý do";
    public const string Send = "Gửi";
    public const string ReasonLabel = "Lý do vắng mặt";
    public const string ReasonPlaceholder = "Ví dụ: đi công tác theo quyết định của cơ quan";
    public const string ReasonRequired = "Xin đồng chí ghi rõ lý do vắng mặt.";

    public static string ReasonHint(int maxLength) => $"Lý do được gửi tới bí thư chi bộ (tối đa {maxLength} ký tự).";

    public const string MyAnswerLead = "Trả lời của đồng chí: ";

    public static string AnsweredAt(string at) => $"Trả lời lúc {at}";

    public static string AnswerBefore(string start) => $"Xin đồng chí trả lời trước giờ họp ({start}).";

    public static string ChangeBefore(string start) => $"Đồng chí có thể đổi trả lời đến trước giờ họp ({start}).";

    public static string AnswersClosed(string start) =>
        $"Đã hết hạn trả lời: hạn là giờ bắt đầu họp ({start}). Nếu vắng mặt, xin đồng chí báo trực tiếp bí thư chi bộ.";

    /// <summary>The same for the secretary, who is the one members report to: the roll call is where the facts go.</summary>
    public static string AnswersClosedForLeader(string start) =>
        $"Đã hết hạn trả lời: hạn là giờ bắt đầu họp ({start}). Có mặt, vắng mặt được ghi nhận khi điểm danh: gõ “điểm danh”.";

    public const string SharedHint =
        "Mỗi đồng chí trả lời trước giờ họp: bấm “Tham dự”, hoặc “Vắng có lý do” và ghi rõ lý do. Bấm “Làm mới” để xem trả lời của mình.";

    public static string TallyHeading(int summoned) => $"Tình hình trả lời ({summoned} đảng viên được triệu tập)";

    public const string TileAttending = "Tham dự";
    public const string TileExcused = "Vắng có lý do";
    public const string TileNoAnswer = "Chưa trả lời";

    public static string ExcusedHeading(int count) => $"Vắng có lý do ({count})";

    public static string NoAnswerHeading(int count) => $"Chưa trả lời ({count})";

    public const string ReasonMissing = "chưa ghi lý do";

    // ---- Counts block (roll call and summary) ----

    public static string LiveCountsHeading(int summoned) => $"Tình hình điểm danh ({summoned} đảng viên được triệu tập)";
    public const string FinalCountsHeading = "Kết quả điểm danh";
    public const string TileSummoned = "Triệu tập";
    public const string TilePresent = "Có mặt";
    public const string TileExempt = "Miễn / không triệu tập";
    public const string TileExcusedAbsent = "Vắng có lý do";
    public const string TileUnexcused = "Vắng không lý do";
    public const string TilePending = "Chưa điểm danh";
    public const string FactRate = "Tỷ lệ có mặt";
    public const string FactBand = "Mức chuyên cần";
    public const string Provisional = " · tạm tính";

    public static string RateValue(string percent, int present, int summoned) => $"{percent} ({present}/{summoned} đồng chí)";

    public static string BandLowered(int unexcused) => $"Có {unexcused} đồng chí vắng không lý do nên mức chuyên cần bị hạ một bậc.";

    public static string HasUnexcused(int unexcused) => $"Có {unexcused} đồng chí vắng không lý do.";

    public const string VoteHeading = "Điều kiện biểu quyết";
    public const string ResolutionLead = "Biểu quyết nghị quyết: ";
    public const string AdmissionLead = "Biểu quyết kết nạp đảng viên: ";
    public const string VoteCan = "đủ điều kiện";
    public const string VoteCannot = "chưa đủ điều kiện";
    public const string NoFullMembers = " — không có đảng viên chính thức nào được triệu tập.";

    public static string ResolutionNeeds(int needed, int fullSummoned, int fullPresent, bool live) =>
        $" — cần ít nhất {needed}/{fullSummoned} đảng viên chính thức có mặt (hơn một nửa), {Have(live)} {fullPresent}.";

    public static string AdmissionNeeds(int needed, int fullSummoned, int fullPresent, bool live) =>
        $" — cần ít nhất {needed}/{fullSummoned} (hai phần ba), {Have(live)} {fullPresent}.";

    private static string Have(bool live) => live ? "hiện có" : "đã có";

    public static string VoteNote(int fullSummoned, int probationary) =>
        $"Tính trên {fullSummoned} đảng viên chính thức được triệu tập, kể cả đồng chí vắng mặt (Điều lệ Đảng, Điều 9)"
        + (probationary > 0 ? $"; {probationary} đảng viên dự bị được triệu tập không tính vào số biểu quyết." : ".");

    // ---- Roll call ----

    public const string RollCallTitlePrefix = "Điểm danh — ";

    public static string OpenedBy(string name, string at) => $"Bí thư {name} mở điểm danh lúc {at}";

    public static string OpenedAt(string at) => $"Mở điểm danh lúc {at}";

    public const string FactStatus = "Trạng thái";
    public const string FactUpperAttendee = "Đại biểu cấp trên";
    public const string UpperPresent = "có mặt";
    public const string UpperNotYet = "chưa điểm danh";
    public const string UpperAbsent = "không điểm danh";

    /// <summary>"đồng chí Vũ Thị Lan — có mặt (lúc 08:05)".</summary>
    public static string UpperAttendeeValue(string fullName, string state, string? at) =>
        $"đồng chí {fullName} — {state}" + (at is null ? "" : $" (lúc {at})");
    public static string StatusNotYet(string from) => $"Chưa đến giờ điểm danh (mở lúc {from})";

    public static string NotYetHint(string from) => $"Từ {from}, nút “Có mặt” hiện trên thẻ (bấm “Làm mới” nếu chưa thấy).";

    public static string StatusOpen(string to) => $"Đang điểm danh (đến {to})";

    public static string StatusOver(string to) => $"Hết giờ tự điểm danh ({to}); đồng chí có mặt mà chưa điểm danh xin báo bí thư ghi nhận";

    public const string StatusClosed = "Đã kết thúc";

    public static string ClosedAtSuffix(string at) => $" lúc {at}";

    public const string MineLead = "Điểm danh của đồng chí: ";
    public const string MineCheckInHint = "Bấm “Có mặt” để điểm danh.";

    public static string MineNotYet(string from) => $"Đồng chí điểm danh được từ {from}: khi đó nút “Có mặt” hiện ra (bấm “Làm mới” nếu chưa thấy).";

    public const string MineOverHint = "Đã hết giờ tự điểm danh; nếu đồng chí có mặt, xin báo bí thư ghi nhận.";
    public const string MineExemptHint = "Đồng chí không thuộc diện triệu tập buổi sinh hoạt này.";

    public const string CheckIn = "Có mặt";

    public static string LinesHeading(int count) => $"Danh sách điểm danh ({count} đảng viên)";

    public static string LinesHeadingPaged(int count, int page, int pages) => $"Danh sách điểm danh ({count} đảng viên) — trang {page}/{pages}";

    public const string MarkHeading = "Ghi nhận hoặc sửa điểm danh";
    public const string MarkMemberLabel = "Đảng viên";
    public const string MarkMemberPlaceholder = "Chọn đảng viên";
    public const string MarkMemberRequired = "Đồng chí chọn đảng viên cần ghi nhận.";
    public const string MarkStateLabel = "Tình trạng";
    public const string MarkStateRequired = "Đồng chí chọn tình trạng điểm danh.";
    public const string MarkReasonLabel = "Lý do (bắt buộc khi vắng có lý do)";
    public const string MarkReasonPlaceholder = "Ví dụ: ốm, có giấy xin phép";
    public const string MarkSave = "Ghi nhận";
    /// <summary>The button that unfolds the mark form (its heading is <see cref="MarkHeading"/>).</summary>
    public const string MarkOne = "Ghi nhận / sửa";

    public const string MarkRest = "Có mặt cho số còn lại";

    public static string MarkRestExplained(int count) =>
        $"Đánh dấu có mặt cho {count} đồng chí còn lại chưa điểm danh (đồng chí đã báo vắng có lý do hoặc đã được ghi nhận thì không thay đổi):";

    public static string MarkRestConfirm(int count) => $"Xác nhận có mặt ({count})";

    public const string CloseRollCall = "Kết thúc điểm danh";

    /// <summary>The secretary's button beside the two others (the confirmation says <see cref="CloseRollCall"/> in full).</summary>
    public const string CloseShort = "Kết thúc";
    public const string CloseConfirm = "Xác nhận kết thúc";

    public const string CloseExplained =
        "Khi kết thúc, các đồng chí chưa điểm danh được ghi là **vắng không lý do**, trừ những đồng chí đã báo vắng có lý do. " +
        "Kết quả được lưu làm số liệu của biên bản và không sửa được nữa.";

    // ---- Summary ----

    public const string SummaryTitle = "Kết quả điểm danh";
    public const string SummaryCountsHeading = "Số liệu";
    public const string FactClosed = "Kết thúc điểm danh";

    public static string ClosedBy(string at, string name) => $"{at}, do đồng chí {name}";

    public static string AbsentExcusedHeading(int count) => $"Vắng có lý do ({count})";

    public static string AbsentUnexcusedHeading(int count) => $"Vắng không lý do ({count})";

    public static string ExemptHeading(int count) => $"Miễn sinh hoạt / không triệu tập ({count})";

    public const string NobodyAbsent = "Không có đồng chí nào vắng mặt.";
    public const string SummaryFootnote = "Số liệu dùng cho biên bản sinh hoạt chi bộ. Kết quả điểm danh đã khóa, không sửa được nữa.";

    // ---- History ----

    public static string HistoryTitle(int year) => $"Chuyên cần năm {year} — ";

    public const string UnexcusedMonthsLead = "Số tháng vắng sinh hoạt không lý do: ";

    /// <summary>Điều lệ Đảng, Điều 8: three months in a year without a valid reason may lead to striking off.</summary>
    public const int StrikeOffMonths = 3;

    public static string UnexcusedMonthsValue(int months) => $"{months}/{StrikeOffMonths}";

    /// <summary>What the "/3" means, after the count.</summary>
    public static string UnexcusedMonthsOutOf { get; } = $" ({StrikeOffMonths} tháng trong năm là mức có thể bị xem xét xóa tên)";

    public static string HistoryReminder(int months, int year) => months == StrikeOffMonths - 1
        ? $"Đã vắng sinh hoạt không có lý do {months} tháng trong năm {year}; vắng không lý do thêm một tháng nữa có thể bị xem xét xóa tên trong danh sách đảng viên (Điều lệ Đảng, Điều 8)."
        : $"Đã vắng sinh hoạt không có lý do {months} tháng trong năm {year}; vắng không lý do {StrikeOffMonths} tháng trong năm có thể bị xem xét xóa tên trong danh sách đảng viên (Điều lệ Đảng, Điều 8).";

    public static string HistoryStrikeOff(int months, int year) =>
        $"Đã vắng sinh hoạt không có lý do {months} tháng trong năm {year}. {StrikeOffRule}";

    public const string StrikeOffRule =
        "Theo Điều lệ Đảng (Điều 8), đảng viên bỏ sinh hoạt đảng ba tháng trong năm mà không có lý do chính đáng thì chi bộ xem xét, đề nghị cấp có thẩm quyền xóa tên trong danh sách đảng viên.";

    public const string HistoryHeading = "Các buổi sinh hoạt";
    public const string ColumnDate = "Ngày";
    public const string ColumnMeeting = "Buổi sinh hoạt";
    public const string ColumnState = "Điểm danh";

    public static string HistoryEmpty(int year) =>
        $"Năm {year} chưa có buổi sinh hoạt nào được điểm danh. Kết quả từng buổi sẽ hiện ở đây sau khi bí thư kết thúc điểm danh.";

    public static string MoreMeetings(int count) => $"… và {count} buổi khác.";

    // ---- Fallbacks (notifications, old clients) ----

    public static string RollCallFallback(string title, string unitName, bool closed, int present, int summoned) =>
        $"Điểm danh {title} – {unitName}: {(closed ? "đã kết thúc" : "đang điểm danh")}, có mặt {present}/{summoned}.";

    public static string SummaryFallback(string title, string unitName, int present, int summoned, string rate, int excused, int unexcused) =>
        $"Kết quả điểm danh {title} – {unitName}: có mặt {present}/{summoned} ({rate}), vắng có lý do {excused}, vắng không lý do {unexcused}.";

    public static string HistoryFallback(int year, string memberName, int present, int excused, int unexcused) =>
        $"Chuyên cần năm {year} của đồng chí {memberName}: có mặt {present}, vắng có lý do {excused}, vắng không lý do {unexcused}.";

    // ---- Absence warnings (1:1 to the secretary) ----

    /// <summary>
    /// The message to the secretary when a closed roll call raises <paramref name="warning"/> for a member
    /// (domain.md "Chronic absence"): unexcused absence in N months of the year, with the consequence under Điều lệ
    /// Điều 8 at three and a reminder at two; or excused absences N times in a row, which count against the chi bộ's rating.
    /// </summary>
    public static string AbsenceWarning(string memberName, string unitName, AbsenceWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var who = $"Đồng chí {memberName} ({unitName})";
        return warning.Kind switch
        {
            AbsenceWarningKind.UnexcusedMonths when warning.Count >= StrikeOffMonths =>
                $"{who} đã vắng sinh hoạt không có lý do {warning.Count} tháng trong năm {warning.Year}. {StrikeOffRule} " +
                "Đề nghị bí thư gặp đồng chí để tìm hiểu hoàn cảnh, nghe đồng chí giải trình, rồi đưa ra chi ủy, chi bộ xem xét theo quy định.",
            AbsenceWarningKind.UnexcusedMonths when warning.Count == StrikeOffMonths - 1 =>
                $"{who} đã vắng sinh hoạt không có lý do {warning.Count} tháng trong năm {warning.Year}. " +
                "Nếu vắng không lý do thêm một tháng nữa, đồng chí có thể bị xem xét xóa tên trong danh sách đảng viên (Điều lệ Đảng, Điều 8). " +
                "Đề nghị bí thư nhắc nhở, tìm hiểu lý do để đồng chí sinh hoạt đầy đủ.",
            AbsenceWarningKind.UnexcusedMonths =>
                $"{who} đã vắng sinh hoạt không có lý do {warning.Count} tháng trong năm {warning.Year}. Đề nghị bí thư nhắc nhở đồng chí.",
            AbsenceWarningKind.ExcusedInARow =>
                $"{who} đã vắng sinh hoạt có lý do {warning.Count} lần liên tiếp trong năm {warning.Year}. " +
                "Vắng có lý do nhiều lần liên tiếp bị tính vào đánh giá, xếp loại chất lượng của chi bộ. " +
                "Đề nghị bí thư tìm hiểu hoàn cảnh và sắp xếp để đồng chí tham gia sinh hoạt.",
            _ => $"{who}: {warning.Kind} ({warning.Count}, {warning.Year}).",
        };
    }
}
