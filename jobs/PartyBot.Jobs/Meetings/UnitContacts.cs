using PartyBot.Core.Organization;

namespace PartyBot.Jobs.Meetings;

internal static class UnitContacts
{
    /// <summary>The unit's secretary (bí thư), else its first deputy (phó bí thư); null when it has neither.</summary>
    public static async Task<Member?> SecretaryOfAsync(this OrganizationStore organization, string unitId, CancellationToken cancellationToken)
    {
        var members = await organization.MembersOfAsync(unitId, cancellationToken);
        return members.Where(m => m.HasRole(UnitRole.Secretary)).OrderBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault()
            ?? members.Where(m => m.HasRole(UnitRole.DeputySecretary)).OrderBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault();
    }
}
