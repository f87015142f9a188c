using System.Globalization;
using PartyBot.Core.Calendar;

namespace PartyBot.Core.Minutes;

/// <summary>The Vietnamese of the biên bản draft (the usual wording of chi bộ minutes).</summary>
public static class MinutesTexts
{
    /// <summary>What the thư ký fills in by hand.</summary>
    public const string Blank = "…………………………………………………………………………";

    public const string ShortBlank = "……………";

    public const string Party = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public const string TitlePrefix = "BIÊN BẢN SINH HOẠT CHI BỘ";

    public static string PlaceAndDate(string locality, DateTimeOffset startsAt)
    {
        var local = VietnamTime.ToVietnam(startsAt);
        return $"{locality}, ngày {local.Day:D2} tháng {local.Month:D2} năm {local.Year}";
    }

    public const string PartOne = "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN";
    public const string PartTwo = "II. NỘI DUNG SINH HOẠT";
    public const string PartThree = "III. BIỂU QUYẾT, KẾT THÚC";

    public static string Time(DateTimeOffset startsAt)
    {
        var local = VietnamTime.ToVietnam(startsAt);
        return $"Thời gian: bắt đầu lúc {local.Hour:D2} giờ {local.Minute:D2} phút, ngày {local.Day:D2} tháng {local.Month:D2} năm {local.Year}.";
    }

    public static string Place(string? place) => $"Địa điểm: {(string.IsNullOrWhiteSpace(place) ? Blank : place.Trim())}.";

    public static string Chair(MinutesPerson chair) => $"Chủ trì: đồng chí {chair.FullName}" + (chair.Reason is { } role ? $", {role}." : ".");

    public static string Clerk(string? name) => $"Thư ký: đồng chí {name ?? Blank}.";

    public static string Upper(string? name) => name is null ? "Đại biểu cấp trên dự: không có." : $"Đại biểu cấp trên dự: đồng chí {name}.";

    public static string Roll(int onRoll, int summoned, int full) =>
        $"Tổng số đảng viên của chi bộ: {onRoll}; số đảng viên phải triệu tập: {summoned} (chính thức: {full}, dự bị: {summoned - full}).";

    public static string Present(int present, int summoned) =>
        $"Có mặt: {present}/{summoned} đồng chí ({(summoned == 0 ? 0 : 100.0 * present / summoned).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))}%).";

    public static string ExcusedLead(int count) => $"Vắng có lý do: {count} đồng chí" + (count == 0 ? "." : ":");

    public static string UnexcusedLead(int count) => $"Vắng không lý do: {count} đồng chí" + (count == 0 ? "." : ":");

    public static string NotSummonedLead(int count) => $"Không triệu tập (miễn, đình chỉ, chuyển sinh hoạt tạm thời): {count} đồng chí" + (count == 0 ? "." : ":");

    public static string Person(MinutesPerson p) => $"– Đồng chí {p.FullName}" + (p.Probationary ? " (dự bị)" : "") + (string.IsNullOrWhiteSpace(p.Reason) ? "." : $": {p.Reason.Trim()}.");

    public static string Step(int number, string title) => $"{number}. {title}";

    public const string StepItemsLead = "Nội dung của tháng:";

    public static string Speakers(IReadOnlyList<string> names) => names.Count == 0
        ? "Các đồng chí phát biểu: " + Blank
        : $"Các đồng chí phát biểu ({names.Count}): " + string.Join(", ", names) + ".";

    public const string OpinionsLead = "Ý kiến thảo luận:";

    public static string VoteFigures(int fullSummoned, int fullPresent, int needed, bool canPass) =>
        $"Số đảng viên chính thức được triệu tập: {fullSummoned}; có mặt: {fullPresent}. Nghị quyết được thông qua khi có ít nhất {needed} đồng chí tán thành "
        + $"(quá một nửa số đảng viên chính thức được triệu tập): buổi sinh hoạt {(canPass ? "đủ" : "không đủ")} số đảng viên chính thức có mặt để biểu quyết.";

    public static string VoteResult => $"Kết quả biểu quyết nghị quyết: tán thành {ShortBlank}/{ShortBlank} đồng chí; không tán thành {ShortBlank} đồng chí.";

    public const string ResolutionLead = "Nội dung nghị quyết:";

    public static string Rating => $"Đánh giá, xếp loại buổi sinh hoạt: {ShortBlank}";

    public static string Closing => $"Buổi sinh hoạt kết thúc lúc {ShortBlank} giờ {ShortBlank} phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được chi bộ nhất trí thông qua.";

    public const string ClerkSign = "THƯ KÝ";
    public const string ChairSign = "CHỦ TRÌ";
    public const string SignNote = "(Ký, ghi rõ họ tên)";

    public static string FileName(string cellId, DateTimeOffset startsAt) =>
        $"bien-ban-{cellId}-{VietnamTime.ToVietnam(startsAt):yyyy-MM-dd}.docx";
}
