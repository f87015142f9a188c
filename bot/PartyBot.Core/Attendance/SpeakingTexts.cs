namespace PartyBot.Core.Attendance;

/// <summary>The Vietnamese words of who spoke (phát biểu) and of the thư ký.</summary>
public static class SpeakingTexts
{
    public const string OnlySecretaryOrClerk = "Chỉ bí thư, phó bí thư, văn phòng cấp ủy hoặc thư ký buổi sinh hoạt do bí thư cử mới ghi nhận ai phát biểu.";
    public const string OnlySecretaryNamesClerk = "Chỉ bí thư, phó bí thư hoặc văn phòng cấp ủy mới cử thư ký buổi sinh hoạt.";
    public const string PickClerk = "Xin chọn đồng chí làm thư ký.";

    public static string RecordClosed(string closedAt) => $"Biên bản phát biểu của buổi sinh hoạt này đã khóa lúc {closedAt}; không thể sửa nữa.";

    public static string NotPresent(string name) => $"Đồng chí {name} không có mặt ở buổi sinh hoạt nên không ghi nhận phát biểu.";

    public const string UnknownSpeaker = "Danh sách phát biểu có đồng chí không thuộc chi bộ hoặc không được triệu tập: không có gì thay đổi.";

    public static string ClerkNotSummoned(string name) => $"Đồng chí {name} không thuộc diện triệu tập buổi sinh hoạt này nên không làm thư ký được.";

    public static string SpeakersSaved(int count) => count == 0
        ? "Đã ghi nhận: chưa đồng chí nào phát biểu."
        : $"Đã ghi nhận {count} đồng chí phát biểu.";

    public static string ClerkNamed(string name) => $"Đã cử đồng chí {name} làm thư ký buổi sinh hoạt.";

    public const string SpeakingHelp = "Bí thư xem trong năm mỗi đảng viên dự bao nhiêu buổi, phát biểu ở bao nhiêu buổi, và ai dự nhiều buổi liền mà chưa phát biểu.";

    public const string SpeakingExample = "phát biểu CB-VP01";
}
