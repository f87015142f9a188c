using System.Globalization;
using PartyBot.Core.Surveys;

namespace PartyBot.Cards.Surveys;

/// <summary>The Vietnamese of the survey cards.</summary>
public static class SurveyCardTexts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string BallotTitle = "Phiếu khảo sát chất lượng sinh hoạt chi bộ";
    public const string ResultsTitle = "Kết quả khảo sát chất lượng sinh hoạt chi bộ";
    public const string Anonymous = "Phiếu ẩn danh: PartyBot chỉ lưu điểm chấm, không lưu ai chấm; bí thư và văn phòng chỉ thấy số phiếu và điểm trung bình của chi bộ.";
    public const string Submit = "Gửi phiếu";
    public const string Change = "Sửa phiếu";
    public const string Recorded = "✓ Phiếu của đồng chí đã được ghi nhận.";
    public const string ChoosePlaceholder = "Chọn mức";
    public const string RatingRequired = "Xin chấm tiêu chí này.";
    public const string CommentLabel = "Ý kiến góp ý (không bắt buộc)";
    public const string CommentPlaceholder = "Xin đừng ghi tên hay điều giúp nhận ra đồng chí.";
    public const string FactTurnout = "Số phiếu";
    public const string FactScore = "Điểm";
    public const string FactBand = "Xếp loại";
    public const string FactPeriod = "Thời gian";
    public const string BreakdownHeading = "Điểm từng tiêu chí (trung bình)";
    public const string ResultsFootnote = "Điểm chi bộ là trung bình cộng tổng điểm các phiếu; mỗi tiêu chí cho số điểm × mức chấm ÷ mức cao nhất.";

    public static string Quarter(Quarter quarter) => $"Quý {Roman(quarter.Number)}/{quarter.Year}";

    public static string Subtitle(string unitName, Quarter quarter) => $"{unitName} · {Quarter(quarter)}";

    public static string Intro(int min, int max, string closesAt) =>
        $"Đồng chí chấm chất lượng các buổi sinh hoạt chi bộ trong quý theo từng tiêu chí, mức {min} (kém nhất) đến {max} (tốt nhất); thang 100 điểm. Hạn bỏ phiếu: {closesAt}.";

    public static string Reminder(string closesAt) => $"Nhắc nhở: khảo sát kết thúc lúc {closesAt} và PartyBot chưa nhận được phiếu của đồng chí.";

    public static string ChangeUntil(string closesAt) => $"Đồng chí có thể sửa phiếu đến {closesAt}; chỉ phiếu cuối cùng được tính.";

    public const string NoChange = "Phiếu đã gửi không sửa được.";

    public static string ClosedAt(string closesAt) => $"Khảo sát đã kết thúc lúc {closesAt}.";

    public static string CriterionLabel(int index, string title, int points) => $"{index}. {title} ({points} điểm)";

    public static string Level(int value, int min, int max) =>
        value == max ? $"{value} (tốt nhất)" : value == min ? $"{value} (kém nhất)" : value.ToString(CultureInfo.InvariantCulture);

    public static string CommentMax(int max) => $"Tối đa {max} ký tự.";

    public static string Turnout(int ballots, int summoned, double percent) =>
        $"{ballots}/{summoned} đảng viên ({Number(percent)} %)";

    public static string Score(double score) => $"{Number(score)}/100";

    public static string Points(double mean, int points) => $"{Number(mean)}/{points}";

    public static string NotRated(double minPercent, int minBallots) =>
        $"Chưa đủ số phiếu tối thiểu (ít nhất {Number(minPercent)} % đảng viên được khảo sát và {minBallots} phiếu): chi bộ chưa được xếp loại quý này.";

    public static string Band(SurveyBand band) => band switch
    {
        SurveyBand.Good => "Tốt",
        SurveyBand.Fair => "Khá",
        SurveyBand.Average => "Trung bình",
        _ => "Kém",
    };

    public static string BallotFallback(string unitName, Quarter quarter) => $"{BallotTitle} — {Subtitle(unitName, quarter)}";

    public static string ResultsFallback(string unitName, Quarter quarter, string outcome) => $"{ResultsTitle} — {Subtitle(unitName, quarter)}: {outcome}";

    /// <summary>"10:30, Thứ Ba 08/12/2026" in Vietnam time.</summary>
    public static string At(DateTimeOffset instant) => Meetings.MeetingFormat.At(instant);

    public static string Number(double value) => value.ToString("0.#", Vietnamese);

    private static string Roman(int number) => number switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
