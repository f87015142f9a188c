using PartyBot.Core.Organization;

namespace PartyBot.Jobs.Meetings;

public static class UnitContacts
{
    /// <summary>
    /// Who a chi bộ reports to upward (domain.md: the upper committee): the committee members following it and the
    /// office (members who administer a subtree holding it), each once, by member id.
    /// </summary>
    public static async Task<IReadOnlyList<Member>> UpperCommitteeOfAsync(this OrganizationStore organization, Permissions permissions, string unitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var members = await organization.AllMembersAsync(cancellationToken);
        return [.. members
            .Where(m => permissions.Follows(m, unitId) || permissions.Administers(m, unitId))
            .DistinctBy(m => m.Id, StringComparer.OrdinalIgnoreCase)
            .OrderBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>The unit's secretary (bí thư), else its first deputy (phó bí thư); null when it has neither.</summary>
    public static Task<Member?> SecretaryOfAsync(this OrganizationStore organization, string unitId, CancellationToken cancellationToken) =>
        organization.SecretaryOfAsync(unitId, exceptMemberId: null, cancellationToken);

    /// <summary>As <see cref="SecretaryOfAsync(OrganizationStore, string, CancellationToken)"/>, passing over one member (the one the message is about).</summary>
    public static async Task<Member?> SecretaryOfAsync(this OrganizationStore organization, string unitId, string? exceptMemberId, CancellationToken cancellationToken)
    {
        var members = (await organization.MembersOfAsync(unitId, cancellationToken))
            .Where(m => !string.Equals(m.Id, exceptMemberId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return members.Where(m => m.HasRole(UnitRole.Secretary)).OrderBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault()
            ?? members.Where(m => m.HasRole(UnitRole.DeputySecretary)).OrderBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault();
    }
}
