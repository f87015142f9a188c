using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Surveys;

/// <summary>Where a chi bộ's survey of the quarter stands, for the upper committee's view.</summary>
public enum UnitSurveyState
{
    /// <summary>Closed with enough ballots: it has a score and a band.</summary>
    Rated,

    /// <summary>Closed with fewer ballots than the minimum turnout: not rated ("chưa đủ phiếu").</summary>
    NotEnoughBallots,

    /// <summary>Open (or being closed): turnout so far.</summary>
    InProgress,

    /// <summary>No survey was opened for the quarter.</summary>
    NoSurvey,
}

/// <summary>One chi bộ's line: its survey's state, band and score when rated, turnout, and whether it held a thematic session.</summary>
public sealed record UnitSurveyRow(
    string UnitId, string UnitName, string UnitPath, UnitSurveyState State, SurveyBand? Band, double? Score, int Ballots, int Summoned, bool HeldThematic)
{
    public double TurnoutPercent => Summoned == 0 ? 0 : 100.0 * Ballots / Summoned;
}

/// <summary>
/// "kết quả khảo sát": the scope's chi bộ of one quarter, those needing attention first (Kém, Trung bình, Khá, not rated,
/// in progress, no survey, then Tốt), and the two shares the upper committee is held to. Both shares are of every chi bộ of
/// the scope: a chi bộ not rated is not rated Tốt.
/// </summary>
public sealed record SurveyOverview(
    Quarter Quarter, IReadOnlyList<UnitSurveyRow> Units, double GoodTargetPercent, double ThematicTargetPercent)
{
    public int Cells => Units.Count;

    public int Good => Count(SurveyBand.Good);

    public int HeldThematic => Units.Count(u => u.HeldThematic);

    public double GoodPercent => Share(Good);

    public double ThematicPercent => Share(HeldThematic);

    public bool GoodTargetMet => Cells > 0 && GoodPercent >= GoodTargetPercent;

    public bool ThematicTargetMet => Cells > 0 && ThematicPercent >= ThematicTargetPercent;

    public int Count(SurveyBand band) => Units.Count(u => u.Band == band);

    public int Count(UnitSurveyState state) => Units.Count(u => u.State == state);

    private double Share(int count) => Cells == 0 ? 0 : Math.Round(100.0 * count / Cells, 1, MidpointRounding.AwayFromZero);
}

/// <summary>What <see cref="SurveyOverviewFigures"/> needs: the scope's chi bộ, their surveys of the quarter, the ballots of the open ones, their meetings.</summary>
/// <param name="OpenBallots">Ballots so far of the surveys still open, by unit id.</param>
/// <param name="Meetings">The quarter's meetings of the scope's chi bộ (cancelled ones included).</param>
public sealed record SurveyOverviewInput(
    Quarter Quarter,
    DateTimeOffset Now,
    OrganizationTree Tree,
    IReadOnlyList<string> ScopeUnitIds,
    IReadOnlyList<Survey> Surveys,
    IReadOnlyDictionary<string, int> OpenBallots,
    IReadOnlyList<Meeting> Meetings,
    double GoodTargetPercent,
    double ThematicTargetPercent);

/// <summary>The upper committee's quarterly view as a pure function of its input.</summary>
public static class SurveyOverviewFigures
{
    private static readonly StringComparer Ids = StringComparer.OrdinalIgnoreCase;

    public static SurveyOverview Compute(SurveyOverviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tree = input.Tree;
        var surveys = input.Surveys.Where(s => s.Id.Quarter == input.Quarter).ToDictionary(s => s.Id.UnitId, Ids);
        var thematic = input.Meetings
            .Where(m => m.Kind == MeetingKind.Thematic && m.Status != MeetingStatus.Cancelled && m.StartsAt <= input.Now && Quarter.Of(m.StartsAt) == input.Quarter)
            .Select(m => m.UnitId)
            .ToHashSet(Ids);
        var rows = tree.Units
            .Where(u => u.IsCell && input.ScopeUnitIds.Any(root => tree.IsWithin(u.Id, root)))
            .Select(cell => Row(cell, surveys.GetValueOrDefault(cell.Id), input.OpenBallots.GetValueOrDefault(cell.Id), thematic.Contains(cell.Id), tree))
            .OrderBy(AttentionOrder)
            .ThenBy(r => r.UnitId, StringComparer.Ordinal)
            .ToList();
        return new SurveyOverview(input.Quarter, rows, input.GoodTargetPercent, input.ThematicTargetPercent);
    }

    private static UnitSurveyRow Row(Unit cell, Survey? survey, int openBallots, bool heldThematic, OrganizationTree tree)
    {
        var path = cell.ParentId is { } parent ? tree.PathOf(parent) : "";
        return survey switch
        {
            null => new(cell.Id, cell.Name, path, UnitSurveyState.NoSurvey, null, null, 0, 0, heldThematic),
            { Status: SurveyStatus.Closed, Result: { Rated: true } r } => new(cell.Id, cell.Name, path, UnitSurveyState.Rated, r.Band, r.Score, r.Ballots, r.Summoned, heldThematic),
            { Status: SurveyStatus.Closed, Result: { } r } => new(cell.Id, cell.Name, path, UnitSurveyState.NotEnoughBallots, null, null, r.Ballots, r.Summoned, heldThematic),
            _ => new(cell.Id, cell.Name, path, UnitSurveyState.InProgress, null, null, openBallots, survey.Summoned.Count, heldThematic),
        };
    }

    private static int AttentionOrder(UnitSurveyRow row) => (row.State, row.Band) switch
    {
        (UnitSurveyState.Rated, SurveyBand.Poor) => 0,
        (UnitSurveyState.Rated, SurveyBand.Average) => 1,
        (UnitSurveyState.Rated, SurveyBand.Fair) => 2,
        (UnitSurveyState.NotEnoughBallots, _) => 3,
        (UnitSurveyState.InProgress, _) => 4,
        (UnitSurveyState.NoSurvey, _) => 5,
        _ => 6,
    };
}
