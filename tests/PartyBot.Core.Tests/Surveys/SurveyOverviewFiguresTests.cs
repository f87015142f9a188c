using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Surveys;

namespace PartyBot.Core.Tests.Surveys;

/// <summary>
/// "kết quả khảo sát" of quarter 4/2026 on crafted data, seen on 20/12/2026: DUK over DB1 (chi bộ C01–C10) and DB2
/// (chi bộ D01–D02), targets 90 % Tốt and 100 % with a thematic session.
/// </summary>
public sealed class SurveyOverviewFiguresTests
{
    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly DateTimeOffset Now = RegularSlotRule.ToUtc(new DateOnly(2026, 12, 20), new TimeOnly(12, 0));

    private readonly List<Unit> units =
    [
        new("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối", null),
        new("DB1", UnitKind.GrassrootsCommittee, "Đảng bộ 1", "DUK"),
        new("DB2", UnitKind.GrassrootsCommittee, "Đảng bộ 2", "DUK"),
        .. Enumerable.Range(1, 10).Select(i => new Unit($"C{i:D2}", UnitKind.Cell, $"Chi bộ C{i:D2}", "DB1")),
        new("D01", UnitKind.Cell, "Chi bộ D01", "DB2"),
        new("D02", UnitKind.Cell, "Chi bộ D02", "DB2"),
    ];

    private readonly List<Survey> surveys = [];
    private readonly Dictionary<string, int> openBallots = [];
    private readonly List<Meeting> meetings = [];

    private void Rated(string unit, double score, SurveyBand band, int ballots = 8, int summoned = 10) =>
        surveys.Add(Closed(unit, new SurveyResult(ballots, summoned, true, score, band, [])));

    private static Survey Closed(string unit, SurveyResult result) =>
        new(new SurveyId(unit, Q4), SurveyStatus.Closed, Now.AddDays(-10), Now.AddDays(-3), [], Result: result);

    private void Thematic(string unit, int month, int day, MeetingStatus status = MeetingStatus.Announced) =>
        meetings.Add(new Meeting(unit, $"T-{unit}-{month}-{day}", MeetingKind.Thematic, RegularSlotRule.ToUtc(new DateOnly(2026, month, day), new TimeOnly(14, 0)), 120, status));

    private SurveyOverview Compute(params string[] scope) => SurveyOverviewFigures.Compute(new SurveyOverviewInput(
        Q4, Now, new OrganizationTree(units), scope.Length == 0 ? ["DUK"] : scope, surveys, openBallots, meetings, 90, 100));

    [Fact]
    public void Compute_NineOfTenRatedGood_NinetyPercentMeetsTheTarget()
    {
        units.RemoveAll(u => u.ParentId == "DB2");
        for (var i = 1; i <= 9; i++)
        {
            Rated($"C{i:D2}", 92, SurveyBand.Good);
        }
        Rated("C10", 75, SurveyBand.Fair);

        var o = Compute();

        Assert.Equal((10, 9, 90.0), (o.Cells, o.Good, o.GoodPercent));
        Assert.True(o.GoodTargetMet);
    }

    [Fact]
    public void Compute_UnratedAndMissingSurveys_CountAgainstTheGoodShareAndEachStateIsTold()
    {
        for (var i = 1; i <= 8; i++)
        {
            Rated($"C{i:D2}", 95, SurveyBand.Good);
        }
        Rated("C09", 45, SurveyBand.Poor);
        surveys.Add(Closed("C10", new SurveyResult(2, 10, false, null, null, [])));            // chưa đủ phiếu
        surveys.Add(new Survey(new SurveyId("D01", Q4), SurveyStatus.Open, Now.AddDays(-2), Now.AddDays(5), ["r1", "r2", "r3", "r4"]));
        openBallots["D01"] = 3;                                                                 // D02: no survey at all

        var o = Compute();

        Assert.Equal((12, 8), (o.Cells, o.Good));
        Assert.Equal(66.7, o.GoodPercent);
        Assert.False(o.GoodTargetMet);
        Assert.Equal((1, 1, 1), (o.Count(UnitSurveyState.NotEnoughBallots), o.Count(UnitSurveyState.InProgress), o.Count(UnitSurveyState.NoSurvey)));
        Assert.Equal(["C09", "C10", "D01", "D02"], o.Units.Take(4).Select(u => u.UnitId));      // attention first
        var open = o.Units.Single(u => u.UnitId == "D01");
        Assert.Equal((3, 4, 75.0, null), (open.Ballots, open.Summoned, open.TurnoutPercent, open.Band));
        var unrated = o.Units.Single(u => u.UnitId == "C10");
        Assert.Equal((2, 10, (double?)null), (unrated.Ballots, unrated.Summoned, unrated.Score));
        Assert.Equal("chưa đủ phiếu", SurveyOverviewTexts.Outcome(unrated));
    }

    [Fact]
    public void Compute_ThematicSessions_OnlyHeldNotCancelledInTheQuarterCount()
    {
        units.RemoveAll(u => u.IsCell && u.Id is not ("C01" or "C02" or "C03" or "C04" or "C05"));
        Thematic("C01", 10, 15);
        Thematic("C02", 11, 10, MeetingStatus.Cancelled);   // cancelled: not held
        Thematic("C03", 12, 28);                            // after "now": not held yet
        Thematic("C04", 9, 25);                             // the quarter before
        Thematic("C05", 12, 3, MeetingStatus.Planned);      // took place (its start has passed), never announced by card
        meetings.Add(new Meeting("C04", "R-2026-10", MeetingKind.Regular, RegularSlotRule.ToUtc(new DateOnly(2026, 10, 5), new TimeOnly(8, 0)), 120));

        var o = Compute();

        Assert.Equal(["C01", "C05"], o.Units.Where(u => u.HeldThematic).Select(u => u.UnitId).Order(StringComparer.Ordinal));
        Assert.Equal((2, 40.0, false), (o.HeldThematic, o.ThematicPercent, o.ThematicTargetMet));
    }

    [Fact]
    public void Compute_ScopeOfOneGrassrootsCommittee_OnlyItsCells()
    {
        Rated("D01", 91, SurveyBand.Good);
        Rated("C01", 91, SurveyBand.Good);
        Thematic("D01", 10, 20);
        Thematic("D02", 11, 20);

        var o = Compute("DB2");

        Assert.Equal(["D01", "D02"], o.Units.Select(u => u.UnitId).Order(StringComparer.Ordinal));
        Assert.Equal((50.0, 100.0, true), (o.GoodPercent, o.ThematicPercent, o.ThematicTargetMet));
        Assert.Equal("Đảng bộ 2 › Đảng ủy Khối", o.Units[0].UnitPath);
    }

    [Fact]
    public void Compute_SurveyOfAnotherQuarter_IsNoSurveyForThisOne()
    {
        surveys.Add(Closed("C01", new SurveyResult(8, 10, true, 95, SurveyBand.Good, [])) with { Id = new SurveyId("C01", Q4.Previous) });

        var o = Compute("DB1");

        Assert.Equal(UnitSurveyState.NoSurvey, o.Units.Single(u => u.UnitId == "C01").State);
        Assert.Equal(0, o.Good);
    }

    [Fact]
    public async Task Csv_Overview_TitleSharesAndOneLinePerCellWithBom()
    {
        Rated("C01", 92.5, SurveyBand.Good, ballots: 9, summoned: 12);
        Thematic("C01", 10, 15);

        var bytes = await SurveyOverviewCsv.ToBytesAsync(Compute("DB1"), CancellationToken.None);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(4 + 10, lines.Count);
        Assert.StartsWith("Kết quả khảo sát chất lượng sinh hoạt chi bộ quý 4/2026", lines[0], StringComparison.Ordinal);
        Assert.Contains("1/10 (10 %); mục tiêu 90 %", lines[1], StringComparison.Ordinal);
        Assert.Contains("C01,Chi bộ C01,Đảng bộ 1 › Đảng ủy Khối,Tốt,92.5,9,12,75,có", lines, StringComparer.Ordinal);
    }
}
