namespace PartyBot.Core.Organization;

/// <summary>Which committee list a cấp ủy viên is counted in: the quota of attended chi bộ meetings is set per rank.</summary>
public enum CommitteeRank
{
    /// <summary>Cấp ủy viên: a member of the committee (cấp ủy) of the unit named in <see cref="CommitteeSeat.UnitId"/>.</summary>
    Member,

    /// <summary>Tỉnh ủy viên: also a member of the provincial committee (Kon Tum 776-QĐ/TU: a smaller quota).</summary>
    Provincial,
}

/// <summary>
/// A seat on the committee of an upper unit (đảng ủy cấp trên or đảng bộ cơ sở): the member may be sent to attend the
/// meetings of the chi bộ below that unit (Quy định 784), never of his or her own.
/// </summary>
/// <param name="Standing">Also on that committee's standing committee (ban thường vụ): told of reports 10 working days overdue.</param>
public sealed record CommitteeSeat(string UnitId, CommitteeRank Rank = CommitteeRank.Member, bool Standing = false);
