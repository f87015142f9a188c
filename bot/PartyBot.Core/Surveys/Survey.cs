namespace PartyBot.Core.Surveys;

public enum SurveyStatus
{
    Open,

    /// <summary>Being closed: no more votes; a crash leaves it here and the next scan finishes the close.</summary>
    Closing,

    Closed,
}

public enum SurveyBand
{
    /// <summary>Tốt.</summary>
    Good,

    /// <summary>Khá.</summary>
    Fair,

    /// <summary>Trung bình.</summary>
    Average,

    /// <summary>Kém.</summary>
    Poor,
}

/// <summary>
/// One chi bộ's quarterly survey (PartitionKey = unit, RowKey = quarter). <see cref="Summoned"/> are the ballot receipts
/// (<see cref="BallotReceipts"/>) of the members summoned when it opened: they, and only they, get a ballot and may vote;
/// the row names no member. Who voted is kept nowhere but in the ballots' keyed hashes; the flags record what the scanner
/// has done, so a rerun does nothing twice.
/// </summary>
/// <param name="OpenedBecause">The meeting whose roll call opened it, or null when the quarter's last days did.</param>
public sealed record Survey(
    SurveyId Id,
    SurveyStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<string> Summoned,
    string? OpenedBecause = null,
    bool BallotsQueued = false,
    bool Reminded = false,
    SurveyResult? Result = null,
    bool ResultPosted = false)
{
    public DateTimeOffset RemindAt(SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ClosesAt.AddDays(-options.RemindDaysBeforeClose);
    }

    /// <summary>Takes votes: open and before its close.</summary>
    public bool TakesVotes(DateTimeOffset now) => Status == SurveyStatus.Open && now < ClosesAt;

    public bool IsSummoned(string receipt) => Summoned.Contains(receipt, StringComparer.Ordinal);
}

/// <summary>A ballot: a rating per criterion id and an optional comment. Nothing about the voter.</summary>
public sealed record Ballot(IReadOnlyDictionary<string, int> Ratings, string? Comment)
{
    public bool SameAs(Ballot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Comment == other.Comment && Ratings.Count == other.Ratings.Count &&
            Ratings.All(r => other.Ratings.TryGetValue(r.Key, out var v) && v == r.Value);
    }
}

/// <summary>A criterion's mean over the ballots, in points (of <see cref="Points"/>).</summary>
public sealed record CriterionScore(string Id, string Title, int Points, double Mean);

/// <summary>
/// The chi bộ's result at close: turnout, and when enough voted, the mean score (of 100) with the per-criterion breakdown
/// and the band. <see cref="Rated"/> false: fewer ballots than the minimum turnout; no score, no band.
/// </summary>
public sealed record SurveyResult(int Ballots, int Summoned, bool Rated, double? Score, SurveyBand? Band, IReadOnlyList<CriterionScore> Criteria)
{
    public double TurnoutPercent => Summoned == 0 ? 0 : 100.0 * Ballots / Summoned;
}
