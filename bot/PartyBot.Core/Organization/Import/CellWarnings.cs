namespace PartyBot.Core.Organization.Import;

/// <summary>
/// What is worth a look in each chi bộ, counting the members of its tổ đảng too (domain.md "Who is who"): fewer than
/// three full members, no secretary or two, nine full members or more and no chi ủy viên. Warnings only.
/// </summary>
internal static class CellWarnings
{
    public static void Check(
        IReadOnlyDictionary<string, UnitRow> units, IReadOnlyList<ImportedMember> members, DateOnly today, ImportProblems problems)
    {
        var byCell = members.ToLookup(m => CellOf(m.Member.UnitId, units), StringComparer.OrdinalIgnoreCase);
        foreach (var cell in units.Values.Where(u => u.Kind == UnitKind.Cell).OrderBy(u => u.Line))
        {
            var all = byCell[cell.Id].ToList();
            var full = UnitCounts.Of(all.Select(m => m.Member), today).FullSummoned;
            if (full < UnitCounts.MinimumFullMembers)
            {
                problems.Warning(OrganizationImporter.UnitsFile, cell.Line, null, ImportTexts.FewFullMembers(cell.Id, full));
            }
            var secretaries = all.Where(m => m.Member.HasRole(UnitRole.Secretary)).OrderBy(m => m.Line).ToList();
            if (secretaries.Count == 0)
            {
                problems.Warning(OrganizationImporter.UnitsFile, cell.Line, null, ImportTexts.NoSecretary(cell.Id));
            }
            foreach (var second in secretaries.Skip(1))
            {
                problems.Warning(OrganizationImporter.MembersFile, second.Line, MemberColumns.Roles, ImportTexts.SecondSecretary(cell.Id, secretaries[0].Line));
            }
            if (full >= UnitCounts.FullMembersForCommittee && !all.Any(m => m.Member.HasRole(UnitRole.CommitteeMember)))
            {
                problems.Warning(OrganizationImporter.UnitsFile, cell.Line, null, ImportTexts.NoCommittee(cell.Id, full));
            }
        }
    }

    /// <summary>The chi bộ a home unit belongs to: itself, or the chi bộ above a tổ đảng.</summary>
    private static string CellOf(string unitId, IReadOnlyDictionary<string, UnitRow> units) =>
        units.GetValueOrDefault(unitId) switch
        {
            { Kind: UnitKind.Group, ParentId: { } parent } => parent,
            { } unit => unit.Id,
            null => unitId,
        };
}
