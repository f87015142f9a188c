using PartyBot.Core.Meetings;

namespace PartyBot.Cards.Meetings;

/// <summary>Everything the meeting cards say, in Vietnamese.</summary>
public static class MeetingTexts
{
    // ---- Names ----

    public const string RegularName = "Sinh hoạt định kỳ";
    public const string ThematicName = "Sinh hoạt chuyên đề";

    public static string KindName(MeetingKind kind) => kind switch
    {
        MeetingKind.Regular => RegularName,
        MeetingKind.Thematic => ThematicName,
        _ => kind.ToString(),
    };

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => "Dự kiến",
        MeetingStatus.Announced => "Đã thông báo",
        MeetingStatus.Cancelled => "Đã hủy",
        _ => status.ToString(),
    };

    /// <summary>"Thứ Hai" … "Thứ Bảy", "Chủ nhật".</summary>
    public static string WeekdayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        DayOfWeek.Sunday => "Chủ nhật",
        _ => day.ToString(),
    };

    public const string DateFormat = "dd/MM/yyyy";
    public const string TimeFormat = "HH:mm";

    public static string Minutes(int minutes) => $"{minutes} phút";

    /// <summary>The standard order of a chi bộ meeting (domain.md, Hướng dẫn 42-HD/BTCTW), step 1 first.</summary>
    public static IReadOnlyList<string> StandardAgenda { get; } =
    [
        "Tuyên bố lý do, giới thiệu đại biểu (kể cả đồng chí cấp ủy viên cấp trên dự); cử thư ký ghi biên bản.",
        "Điểm danh: có mặt, vắng có lý do, vắng không lý do; tình hình đóng đảng phí; thông qua chương trình sinh hoạt.",
        "Thông tin thời sự, văn bản của cấp trên (Bản tin sinh hoạt chi bộ).",
        "Đánh giá kết quả thực hiện nghị quyết, nhiệm vụ tháng trước.",
        "Thảo luận; tự phê bình và phê bình (ít nhất 15 phút).",
        "Nhiệm vụ tháng tới; phân công đảng viên thực hiện.",
        "Ý kiến của đồng chí cấp ủy viên cấp trên (nếu có).",
        "Biểu quyết thông qua nghị quyết; đánh giá, xếp loại buổi sinh hoạt; thông qua biên bản.",
    ];

    // ---- Agenda card ----

    public static string RegularTitle(int month, int year) => $"{RegularName} tháng {month:D2}/{year}";

    public const string ThematicTopicPrefix = "Chuyên đề: ";
    public const string CancelledBanner = "ĐÃ HỦY";
    public const string CancelledLead = "Buổi sinh hoạt này đã được hủy.";
    public const string CancelReasonPrefix = "Lý do: ";
    public const string CancelNoReason = "Lý do: chưa ghi.";
    public const string UpdatedPrefix = "Cập nhật lúc ";
    public const string FactTime = "Thời gian";
    public const string FactPlace = "Địa điểm";
    public const string FactOnline = "Hình thức";
    public const string OnlineWords = "Trực tuyến";
    public const string AndOnline = " và trực tuyến";
    public const string NoPlace = "Sẽ thông báo sau";
    public const string FactPreparers = "Đề dẫn";
    public const string FactUpperAttendee = "Đại biểu cấp trên dự";
    public const string AgendaHeading = "Chương trình sinh hoạt";
    public const string ThematicAgendaItem = "Trình bày đề dẫn chuyên đề; chi bộ thảo luận, thống nhất nội dung chuyên đề.";
    public const string AddedItemNote = "Nội dung in đậm do chi ủy bổ sung cho buổi này.";
    public const string JoinOnline = "Vào phòng họp trực tuyến";
    public const string OpenDocuments = "Xem tài liệu";

    public static string UpperAttendeeLine(string name) => $"{FactUpperAttendee}: {name}";

    public static string DocumentsNote(int daysBefore) =>
        $"Tài liệu gửi trước ít nhất {daysBefore} ngày qua kênh chính thức (Sổ tay đảng viên điện tử); đồng chí nghiên cứu trước khi dự họp.";

    public static string AgendaFallback(string title, string unitName, string when, string where) => $"{title} – {unitName}: {when}, {where}.";

    public static string CancelledFallback(string title, string unitName, string when, string? reason) =>
        $"ĐÃ HỦY: {title} – {unitName} ({when})" + (string.IsNullOrWhiteSpace(reason) ? "." : $". Lý do: {reason}.");

    // ---- Form ----

    public const string FormNewTitle = "Lên lịch buổi sinh hoạt";
    public const string FormEditTitle = "Sửa buổi sinh hoạt";
    public const string FormHeldTitle = "Sửa thông tin buổi sinh hoạt đã diễn ra";
    public static string FormHeldNote(string when) =>
        $"Buổi sinh hoạt đã diễn ra ({when}), nên loại, ngày và giờ họp được giữ nguyên. Đồng chí sửa được thời lượng, " +
        "địa điểm, chủ đề, người chuẩn bị và nội dung; điểm danh sửa trên thẻ điểm danh khi còn mở.";
    public const string FormErrorsLead = "Chưa lưu được. Đồng chí kiểm tra lại:";
    public const string FieldKind = "Loại buổi sinh hoạt";
    public const string FieldDate = "Ngày";
    public const string FieldStart = "Giờ bắt đầu";
    public static string FieldDuration(int minimum) => $"Thời lượng (phút, tối thiểu {minimum})";
    public const string FieldPlace = "Địa điểm";
    public const string PlacePlaceholder = "Ví dụ: Phòng họp tầng 3";
    public const string FieldOnlineLink = "Đường dẫn phòng họp trực tuyến (nếu họp trực tuyến)";
    public const string OnlineLinkPlaceholder = "https://teams.microsoft.com/…";
    public const string OnlineApprovedNote =
        "Chi bộ đã được cấp trên cho phép sinh hoạt trực tuyến. Chỉ họp trực tuyến khi quá nửa đảng viên không thể họp tập trung; PartyBot báo cáo cấp ủy cấp trên mỗi buổi.";
    public const string OnlineNotApprovedNote = "Chi bộ chưa được cấp trên cho phép sinh hoạt trực tuyến, nên chỉ họp tập trung.";
    public const string FieldTopic = "Chủ đề (bắt buộc với sinh hoạt chuyên đề)";
    public const string TopicPlaceholder = "Ví dụ: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
    public const string FieldPreparers = "Đảng viên chuẩn bị đề dẫn (bắt buộc với sinh hoạt chuyên đề)";
    public const string PreparersPlaceholder = "Chọn một hoặc nhiều đồng chí";
    public const string FieldExtraAgenda = "Nội dung bổ sung vào chương trình (mỗi dòng một nội dung)";
    public const string ExtraAgendaPlaceholder = "Ví dụ: 4: Sơ kết công tác đảng quý IV";
    public static string ExtraAgendaHint(int step, string stepName) =>
        "Chương trình 8 bước theo trình tự chuẩn đã có sẵn trên thẻ; ở đây chỉ ghi nội dung riêng của buổi này. " +
        $"Mỗi nội dung được đặt sau mục {step} ({stepName}), đánh số {step}.1, {step}.2…; ghi “4: …” ở đầu dòng để đặt sau mục 4.";
    public const string FieldHolidayConfirm = "Xác nhận họp vào ngày nghỉ";
    public const string Save = "Lưu";
    public const string CancelForm = "Hủy bỏ";
    public const string RequiredDate = "Đồng chí chọn ngày sinh hoạt, từ hôm nay trở đi (theo giờ Việt Nam).";
    public const string RequiredStart = "Đồng chí chọn giờ bắt đầu.";
    public static string RequiredDuration(int minimum) => $"Thời lượng ít nhất {minimum} phút.";

    public static string FormFallback(string unitName) => $"Lên lịch buổi sinh hoạt của {unitName}.";

    // ---- List ----

    public static string ListTitleForUnit(string unitName) => $"Lịch sinh hoạt của {unitName}";
    public const string ListTitleForMember = "Lịch sinh hoạt của đồng chí";
    public const string ListSubtitleForMember = "Các buổi sinh hoạt sắp tới của các chi bộ đồng chí tham gia hoặc theo dõi";
    public const string ListEmpty = "Chưa có buổi sinh hoạt nào sắp tới.";
    public const string Edit = "Sửa";
    public const string CancelMeeting = "Hủy buổi họp";
    public const string EditRecord = "Sửa thông tin";
    public const string HeldStatus = "Đã diễn ra";
    public const string NewThematic = "Thêm buổi sinh hoạt chuyên đề";
    public const string NewRegular = "Thêm buổi sinh hoạt định kỳ";

    /// <summary>The months (first days) the chi bộ has no regular meeting in, not cancelled.</summary>
    public static string NoRegularMeeting(IReadOnlyList<DateOnly> months) =>
        $"Tháng {string.Join(", ", months.Select(m => $"{m.Month:D2}/{m.Year}"))} chưa có buổi sinh hoạt định kỳ nào, trong khi chi bộ " +
        $"sinh hoạt định kỳ mỗi tháng một lần (Điều lệ Đảng, Điều 24). Đồng chí bấm “{NewRegular}” để lên lịch.";
    public const string WarningMark = "⚠ ";

    public static string MoreMeetings(int count) => $"… và {count} buổi khác.";

    public static string ListFallback(string title, int count) => $"{title}: {count} buổi sắp tới.";

    // ---- Reminder ----

    public static string ReminderLead(MeetingKind kind) =>
        "Hôm nay đồng chí có buổi " + (kind == MeetingKind.Thematic ? "sinh hoạt chuyên đề" : "sinh hoạt định kỳ");

    public const string ReminderTitle = "Nhắc lịch sinh hoạt hôm nay";
    public const string ReminderTopic = "Chủ đề";
    public const string ReminderClosing = "Đồng chí sắp xếp công việc để dự họp đúng giờ. Nếu vắng, đồng chí báo cáo bí thư chi bộ và nêu rõ lý do.";

    public static string ReminderFallback(MeetingKind kind, string unitName, string when, string where) =>
        $"{ReminderLead(kind)} của {unitName}: {when}, {where}.";
}
