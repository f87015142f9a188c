using System.Globalization;

namespace PartyBot.Core.Surveys;

/// <summary>What "kết quả khảo sát" and its CSV say, in Vietnamese, in one place.</summary>
public static class SurveyOverviewTexts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string Help = "Văn phòng và cấp ủy viên cấp trên xem kết quả khảo sát chất lượng sinh hoạt của các chi bộ trong quý: xếp loại, số phiếu, tỷ lệ chi bộ Tốt so với mục tiêu, tỷ lệ chi bộ có sinh hoạt chuyên đề.";
    public const string Example = "kết quả khảo sát 4/2026";
    public const string Denied = "Chỉ văn phòng, ban tổ chức của cấp ủy cấp trên và cấp ủy viên được xem kết quả khảo sát của các chi bộ.";

    public static string BadQuarter(string text) =>
        $"\"{TypedText.Echo(text)}\" không phải quý hợp lệ; đồng chí gõ quý/năm, ví dụ: {Example} (bỏ trống: quý hiện tại).";

    public static string Band(SurveyBand band) => band switch
    {
        SurveyBand.Good => "Tốt",
        SurveyBand.Fair => "Khá",
        SurveyBand.Average => "Trung bình",
        _ => "Kém",
    };

    /// <summary>The band, or why there is none.</summary>
    public static string Outcome(UnitSurveyRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.State switch
        {
            UnitSurveyState.Rated when row.Band is { } band => Band(band),
            UnitSurveyState.NotEnoughBallots => "chưa đủ phiếu",
            UnitSurveyState.InProgress => "đang khảo sát",
            _ => "chưa mở khảo sát",
        };
    }

    public static string Number(double value) => value.ToString("0.#", Vietnamese);

    public static string Percent(double value) => Number(value) + " %";

    // The CSV.
    public static string CsvTitle(Quarter quarter) => $"Kết quả khảo sát chất lượng sinh hoạt chi bộ quý {quarter.Number}/{quarter.Year}";

    public static string CsvGoodShare(SurveyOverview o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"Chi bộ xếp loại Tốt: {o.Good}/{o.Cells} ({Percent(o.GoodPercent)}); mục tiêu {Percent(o.GoodTargetPercent)}";
    }

    public static string CsvThematicShare(SurveyOverview o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"Chi bộ có sinh hoạt chuyên đề trong quý: {o.HeldThematic}/{o.Cells} ({Percent(o.ThematicPercent)}); mục tiêu {Percent(o.ThematicTargetPercent)}";
    }

    public static readonly string[] CsvHeaders = ["Mã chi bộ", "Chi bộ", "Thuộc", "Xếp loại", "Điểm", "Số phiếu", "Số đảng viên được khảo sát", "Tỷ lệ bỏ phiếu (%)", "Có sinh hoạt chuyên đề"];
    public const string Yes = "có";
    public const string No = "không";
}
