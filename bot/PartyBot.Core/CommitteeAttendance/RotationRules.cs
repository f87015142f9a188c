using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>A rank's quota as the planner reads it.</summary>
public sealed record QuotaRule(int Meetings, QuotaPeriod Period)
{
    /// <summary>
    /// Meetings to attend in <paramref name="quarter"/>: the whole quota for a quarterly one; for a yearly one the quarter's
    /// share, so that the year adds up (6 a year: 2, 1, 2, 1; 2 a year: 1, 0, 1, 0).
    /// </summary>
    public int DueIn(Quarter quarter) => Period == QuotaPeriod.Quarter ? Meetings : DueBy(quarter.Number) - DueBy(quarter.Number - 1);

    private int DueBy(int quarters) => (Meetings * quarters + 3) / 4;
}

/// <summary>The rule set the planner applies (from <see cref="CommitteeAttendanceOptions"/>).</summary>
/// <param name="AnswerWithin">A pending assignment not answered this long after it was made is given to someone else.</param>
public sealed record RotationRules(
    IReadOnlyDictionary<CommitteeRank, QuotaRule> Quotas,
    int VisitsPerCellPerQuarter,
    bool PreferFollower,
    TimeSpan MinGap,
    TimeSpan AnswerWithin)
{
    public static RotationRules Default { get; } = new CommitteeAttendanceOptions().Rules;

    public QuotaRule QuotaOf(CommitteeRank rank) => Quotas.TryGetValue(rank, out var quota) ? quota : new QuotaRule(0, QuotaPeriod.Year);
}
