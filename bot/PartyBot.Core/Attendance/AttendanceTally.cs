namespace PartyBot.Core.Attendance;

/// <summary>
/// The counts of a roll call (domain.md "Attendance"): summoned = full + probationary members, minus exempt,
/// suspended and temporarily transferred ones; the vote counts take full members only.
/// </summary>
public sealed record AttendanceTally(
    int Summoned,
    int Present,
    int Excused,
    int Unexcused,
    int Pending,
    int Exempt,
    int FullSummoned,
    int FullPresent)
{
    public static AttendanceTally Of(IEnumerable<RollCallLine> lines)
    {
        var list = lines.ToList();
        var summoned = list.Where(l => l.State != AttendanceState.Exempt).ToList();
        var full = summoned.Where(l => l.Status is Organization.MemberStatus.Full or Organization.MemberStatus.Exempt).ToList();
        return new AttendanceTally(
            summoned.Count,
            summoned.Count(l => l.State == AttendanceState.Present),
            summoned.Count(l => l.State == AttendanceState.Excused),
            summoned.Count(l => l.State == AttendanceState.Unexcused),
            summoned.Count(l => l.State == AttendanceState.Pending),
            list.Count - summoned.Count,
            full.Count,
            full.Count(l => l.State == AttendanceState.Present));
    }

    /// <summary>Present ÷ summoned, in percent; 0 when nobody is summoned.</summary>
    public double RatePercent => Summoned == 0 ? 0 : 100.0 * Present / Summoned;

    public VoteValidity Validity => new(FullSummoned, FullPresent);
}

/// <summary>
/// Whether a vote can pass with the full members present (Điều lệ Điều 9; Quy định 294 9.3.2): a resolution needs
/// the approval of more than half of the full members summoned, an admission two thirds of them — so at least that
/// many must be present. The denominator counts absent full members too.
/// </summary>
public sealed record VoteValidity(int FullSummoned, int FullPresent)
{
    /// <summary>More than half: ⌊n/2⌋ + 1.</summary>
    public int ResolutionNeeded => FullSummoned / 2 + 1;

    /// <summary>Two thirds, rounded up: ⌈2n/3⌉.</summary>
    public int AdmissionNeeded => (2 * FullSummoned + 2) / 3;

    public bool ResolutionCanPass => FullSummoned > 0 && FullPresent >= ResolutionNeeded;

    public bool AdmissionCanPass => FullSummoned > 0 && FullPresent >= AdmissionNeeded;
}

/// <summary>The attendance quality band (configurable thresholds; any unexcused absence lowers it one step).</summary>
public enum AttendanceBand
{
    /// <summary>Tốt: ≥ 90 %.</summary>
    Good,

    /// <summary>Khá: 75–90 %.</summary>
    Fair,

    /// <summary>Trung bình: 65–75 %.</summary>
    Average,

    /// <summary>Kém: under 65 %.</summary>
    Poor,
}
