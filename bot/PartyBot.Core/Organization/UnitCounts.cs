namespace PartyBot.Core.Organization;

/// <summary>The counts every later rule uses (domain.md "Attendance"): who is summoned, who may vote.</summary>
public sealed record UnitCounts(int Members, int Summoned, int FullSummoned, int Probationary, int Exempt, int Suspended, int Transferred)
{
    public static UnitCounts Of(IEnumerable<Member> members, DateOnly day)
    {
        var list = members.ToList();
        return new UnitCounts(
            list.Count,
            list.Count(m => m.IsSummonedOn(day)),
            list.Count(m => m.IsFullSummonedOn(day)),
            list.Count(m => m.Status == MemberStatus.Probationary),
            list.Count(m => m.Status == MemberStatus.Exempt && !m.IsSummonedOn(day)),
            list.Count(m => m.Status == MemberStatus.Suspended),
            list.Count(m => m.Status == MemberStatus.TemporarilyTransferred));
    }

    /// <summary>A chi bộ needs at least three full members (Điều lệ Đảng).</summary>
    public const int MinimumFullMembers = 3;

    /// <summary>A chi ủy exists when the chi bộ has nine full members or more.</summary>
    public const int FullMembersForCommittee = 9;
}
