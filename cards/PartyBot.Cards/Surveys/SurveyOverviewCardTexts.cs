using PartyBot.Core.Surveys;
using static PartyBot.Core.Surveys.SurveyOverviewTexts;

namespace PartyBot.Cards.Surveys;

/// <summary>The Vietnamese of the "kết quả khảo sát" card (the figures' own words are in <see cref="Core.Surveys.SurveyOverviewTexts"/>).</summary>
public static class SurveyOverviewCardTexts
{
    public const string Title = "Kết quả khảo sát chất lượng sinh hoạt chi bộ";
    public const string GoodLabel = "Chi bộ xếp loại Tốt";
    public const string ThematicLabel = "Có sinh hoạt chuyên đề";
    public const string Reached = "đạt";
    public const string NotReached = "chưa đạt";
    public const string BandsHeading = "Xếp loại các chi bộ";
    public const string TileNotEnough = "chưa đủ phiếu";
    public const string TileInProgress = "đang khảo sát";
    public const string TileNoSurvey = "chưa mở khảo sát";
    public const string UnitsWhat = "chi bộ";
    public const string UnitsHeading = "Từng chi bộ";
    public const string ColumnUnit = "Chi bộ";
    public const string ColumnOutcome = "Xếp loại";
    public const string ColumnTurnout = "Phiếu";
    public const string ColumnThematic = "Chuyên đề";
    public const string NoCells = "Phạm vi này chưa có chi bộ nào.";
    public const string Note = "Tỷ lệ tính trên mọi chi bộ trong phạm vi: chi bộ chưa đủ phiếu hoặc chưa khảo sát không được tính là Tốt. Chi bộ cần chú ý xếp trước (Kém, Trung bình, Khá, chưa đủ phiếu, đang khảo sát, chưa mở khảo sát, rồi Tốt). Chỉ có số phiếu, không có ai bỏ phiếu hay chấm thế nào.";
    public const string DownloadCsv = "Tải CSV";
    public const string ChartWord = "mục tiêu";

    public static string Subtitle(Quarter quarter, string scope) => $"{SurveyCardTexts.Quarter(quarter)} · {scope}";

    public static string ChartTitle(Quarter quarter, int cells) => $"{SurveyCardTexts.Quarter(quarter)} · {Organization.OrganizationFormat.Count(cells)} chi bộ";

    public static string ChartAlt(SurveyOverview o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"Biểu đồ: {GoodLabel} {Percent(o.GoodPercent)} (mục tiêu {Percent(o.GoodTargetPercent)}); {ThematicLabel} {Percent(o.ThematicPercent)} (mục tiêu {Percent(o.ThematicTargetPercent)}).";
    }

    public static string Share(int count, int cells, double percent, double target, bool met) =>
        $"{Organization.OrganizationFormat.Count(count)}/{Organization.OrganizationFormat.Count(cells)} ({Percent(percent)}) · mục tiêu {Percent(target)}: {(met ? Reached : NotReached)}";

    public static string Turnout(UnitSurveyRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Summoned == 0 ? "—" : $"{row.Ballots}/{row.Summoned} ({Percent(row.TurnoutPercent)})";
    }

    public static string OutcomeWithScore(UnitSurveyRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Score is { } score ? $"{Outcome(row)} ({Number(score)})" : Outcome(row);
    }

    public static string Thematic(bool held) => held ? "✓ có" : "✗ chưa";

    public static string Fallback(SurveyOverview o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return $"{Title} {SurveyCardTexts.Quarter(o.Quarter)}: {GoodLabel} {o.Good}/{o.Cells} ({Percent(o.GoodPercent)}, mục tiêu {Percent(o.GoodTargetPercent)}); {ThematicLabel} {o.HeldThematic}/{o.Cells} ({Percent(o.ThematicPercent)}).";
    }

    public static string MoreOnPage(int count) => $"… và {Organization.OrganizationFormat.Count(count)} chi bộ khác của trang này (đủ trong tệp CSV).";
}
