namespace PartyBot.Core.Organization;

public enum MemberStatus
{
    /// <summary>Chính thức: attends and votes.</summary>
    Full,

    /// <summary>Dự bị (12 months from admission): attends and speaks, does not vote.</summary>
    Probationary,

    /// <summary>Miễn sinh hoạt, from <see cref="Member.StatusSince"/>: not summoned, not counted.</summary>
    Exempt,

    /// <summary>Đình chỉ: not counted.</summary>
    Suspended,

    /// <summary>Chuyển sinh hoạt tạm thời: attends elsewhere, not counted at home.</summary>
    TemporarilyTransferred,
}

public enum UnitRole
{
    /// <summary>Bí thư: chairs the chi bộ.</summary>
    Secretary,

    /// <summary>Phó bí thư.</summary>
    DeputySecretary,

    /// <summary>Chi ủy viên.</summary>
    CommitteeMember,
}

/// <summary>A party member (đảng viên) in his or her home unit.</summary>
/// <param name="FollowedUnitIds">For upper-committee members (cấp ủy viên cấp trên): the units he or she follows (phụ trách).</param>
/// <param name="AdministeredUnitIds">For the office (văn phòng / ban tổ chức): the subtrees he or she administers.</param>
/// <param name="Committee">For a cấp ủy viên cấp trên: the committee he or she sits on, and the rank its quota is set by.</param>
public sealed record Member(
    string Id,
    string FullName,
    string UnitId,
    MemberStatus Status,
    IReadOnlySet<UnitRole> Roles,
    string? AadObjectId = null,
    string? Email = null,
    DateOnly? StatusSince = null,
    DateOnly? AdmittedOn = null,
    IReadOnlyList<string>? FollowedUnitIds = null,
    IReadOnlyList<string>? AdministeredUnitIds = null,
    CommitteeSeat? Committee = null)
{
    public IReadOnlyList<string> Follows => FollowedUnitIds ?? [];
    public IReadOnlyList<string> Administers => AdministeredUnitIds ?? [];

    public bool HasRole(UnitRole role) => Roles.Contains(role);

    /// <summary>
    /// Summoned to meetings on <paramref name="day"/>: full and probationary members; an exempted member until
    /// the exemption takes effect (exemption is granted to full members, so he or she counts as one until then).
    /// </summary>
    public bool IsSummonedOn(DateOnly day) => Status switch
    {
        MemberStatus.Full or MemberStatus.Probationary => true,
        MemberStatus.Exempt => IsExemptionPending(day),
        _ => false,
    };

    /// <summary>A full member summoned on <paramref name="day"/>: the denominator of resolutions (more than half) and admissions (two thirds).</summary>
    public bool IsFullSummonedOn(DateOnly day) => Status == MemberStatus.Full || Status == MemberStatus.Exempt && IsExemptionPending(day);

    private bool IsExemptionPending(DateOnly day) => StatusSince is { } since && since > day;
}
