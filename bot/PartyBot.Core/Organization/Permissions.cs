namespace PartyBot.Core.Organization;

/// <summary>
/// Who may do what, in one place: every handler asks here before it reads or changes a unit. Ids from card
/// payloads and command arguments are checked against the caller's own record, never trusted.
/// </summary>
public sealed class Permissions(OrganizationTree tree)
{
    /// <summary>The member's home unit is <paramref name="unitId"/> or a tổ đảng below it.</summary>
    public bool IsMemberOf(Member member, string unitId) => tree.IsWithin(member.UnitId, unitId);

    /// <summary>Bí thư or phó bí thư of exactly this unit.</summary>
    public static bool IsSecretaryOf(Member member, string unitId) =>
        string.Equals(member.UnitId, unitId, StringComparison.OrdinalIgnoreCase) &&
        (member.HasRole(UnitRole.Secretary) || member.HasRole(UnitRole.DeputySecretary));

    /// <summary>An upper-committee member who follows this unit or a unit above it.</summary>
    public bool Follows(Member member, string unitId) => member.Follows.Any(root => tree.IsWithin(unitId, root));

    /// <summary>The office (văn phòng / ban tổ chức) of a subtree holding this unit.</summary>
    public bool Administers(Member member, string unitId) => member.Administers.Any(root => tree.IsWithin(unitId, root));

    /// <summary>May change the chi bộ's settings, meetings and conversation: its secretary or deputy, or an administrator.</summary>
    public bool CanManage(Member member, string unitId) => IsSecretaryOf(member, unitId) || Administers(member, unitId);

    /// <summary>May see the unit's members and records: its leaders, the committee members following it, administrators.</summary>
    public bool CanOversee(Member member, string unitId) => CanManage(member, unitId) || Follows(member, unitId);
}
