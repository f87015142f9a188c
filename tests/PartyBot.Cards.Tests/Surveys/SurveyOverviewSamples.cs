using PartyBot.Cards.Surveys;
using PartyBot.Core.Surveys;

namespace PartyBot.Cards.Tests.Surveys;

/// <summary>"kết quả khảo sát" of quarter IV/2026 (sample data): 12 chi bộ of the Đảng ủy Khối, and an organisation of 2,000.</summary>
internal static class SurveyOverviewSamples
{
    public const string Scope = "Đảng ủy Khối các cơ quan tỉnh";

    private static readonly Quarter Q4 = new(2026, 4);

    public static SurveyOverview Twelve { get; } = new(Q4,
    [
        Row("CB-XD02", "Chi bộ Phòng Quản lý nhà", UnitSurveyState.Rated, SurveyBand.Average, 62.4, 7, 11, held: false),
        Row("CB-YT03", "Chi bộ Khoa Nội tổng hợp", UnitSurveyState.Rated, SurveyBand.Fair, 81.5, 14, 18),
        Row("CB-GD01", "Chi bộ Trường THPT Lê Lợi", UnitSurveyState.NotEnoughBallots, null, null, 3, 15, held: false),
        Row("CB-NV02", "Chi bộ Phòng Tổ chức biên chế", UnitSurveyState.InProgress, null, null, 5, 9),
        Row("CB-NH01", "Chi bộ Ngân hàng Chính sách xã hội", UnitSurveyState.NoSurvey, null, null, 0, 0),
        .. Enumerable.Range(1, 7).Select(i => Row($"CB-VP{i:D2}", $"Chi bộ Văn phòng Sở số {i}", UnitSurveyState.Rated, SurveyBand.Good, 90 + i, 9 + i, 12 + i)),
    ], 90, 100);

    /// <summary>2,000 chi bộ with long names: the size limit's worst case.</summary>
    public static SurveyOverview TwoThousand { get; } = new(Q4,
        [.. Enumerable.Range(1, 2000).Select(i => Row(
            $"CB-{i:D4}", $"Chi bộ Phòng Kế hoạch – Tài chính và Quản lý dự án đầu tư xây dựng công trình số {i}",
            i % 10 == 0 ? UnitSurveyState.NotEnoughBallots : UnitSurveyState.Rated, i % 10 == 0 ? null : i % 7 == 0 ? SurveyBand.Fair : SurveyBand.Good,
            i % 10 == 0 ? null : 88.5, 120, 150, held: i % 3 != 0))],
        90, 100);

    public static SurveyOverviewView View { get; } = new(Twelve, Scope, CsvUrl: new Uri("https://partybot.example/downloads/sample"));

    private static UnitSurveyRow Row(string id, string name, UnitSurveyState state, SurveyBand? band, double? score, int ballots, int summoned, bool held = true) =>
        new(id, name, "Đảng bộ Sở › " + Scope, state, band, score, ballots, summoned, held);
}
