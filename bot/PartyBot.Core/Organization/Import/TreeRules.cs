namespace PartyBot.Core.Organization.Import;

/// <summary>
/// The rules of the unit tree: unique ids, a known parent of an allowed kind, no cycle. The tree has any depth:
/// an upper committee may sit under another one, a đảng bộ cơ sở under an upper committee (or another đảng bộ),
/// a chi bộ under either, a tổ đảng only under a chi bộ. A root (no parent) may be anything but a tổ đảng.
/// </summary>
internal static class TreeRules
{
    public static IReadOnlyList<UnitKind> AllowedParents(UnitKind kind) => kind switch
    {
        UnitKind.UpperCommittee => [UnitKind.UpperCommittee],
        UnitKind.GrassrootsCommittee => [UnitKind.UpperCommittee, UnitKind.GrassrootsCommittee],
        UnitKind.Cell => [UnitKind.UpperCommittee, UnitKind.GrassrootsCommittee],
        _ => [UnitKind.Cell],
    };

    /// <summary>The units by id (ignoring case; the first line wins a duplicate), every problem reported.</summary>
    public static IReadOnlyDictionary<string, UnitRow> Check(string file, IReadOnlyList<UnitRow> rows, ImportProblems problems)
    {
        var units = new Dictionary<string, UnitRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Where(r => r.Id.Length > 0))
        {
            if (!units.TryAdd(row.Id, row))
            {
                problems.Error(file, row.Line, UnitColumns.Id, ImportTexts.DuplicateUnit(row.Id, units[row.Id].Line));
            }
        }
        foreach (var row in units.Values)
        {
            CheckParent(file, row, units, problems);
        }
        CheckCycles(file, units, problems);
        return units;
    }

    private static void CheckParent(string file, UnitRow row, Dictionary<string, UnitRow> units, ImportProblems problems)
    {
        if (row.ParentId is null)
        {
            if (row.Kind == UnitKind.Group)
            {
                problems.Error(file, row.Line, UnitColumns.Parent, ImportTexts.GroupNeedsCell);
            }
            return;
        }
        if (!units.TryGetValue(row.ParentId, out var parent))
        {
            problems.Error(file, row.Line, UnitColumns.Parent, ImportTexts.UnknownUnit(row.ParentId));
            return;
        }
        if (row.Kind is { } kind && parent.Kind is { } parentKind && !AllowedParents(kind).Contains(parentKind))
        {
            problems.Error(file, row.Line, UnitColumns.Parent, ImportTexts.WrongParent(kind, parent.Id, parentKind, AllowedParents(kind)));
        }
    }

    /// <summary>Follows every unit up to its root; a unit met twice on one walk closes a cycle, reported once at its first line.</summary>
    private static void CheckCycles(string file, Dictionary<string, UnitRow> units, ImportProblems problems)
    {
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var start in units.Values.OrderBy(u => u.Line))
        {
            var path = new List<UnitRow>();
            var onPath = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var unit = start; unit is not null && !done.Contains(unit.Id); unit = Parent(unit, units))
            {
                if (!onPath.Add(unit.Id))
                {
                    var cycle = path.SkipWhile(u => !string.Equals(u.Id, unit.Id, StringComparison.OrdinalIgnoreCase)).ToList();
                    var first = cycle.MinBy(u => u.Line)!;
                    var ordered = cycle.SkipWhile(u => u != first).Concat(cycle.TakeWhile(u => u != first)).Select(u => u.Id).Append(first.Id);
                    problems.Error(file, first.Line, UnitColumns.Parent, ImportTexts.Cycle(ordered));
                    break;
                }
                path.Add(unit);
            }
            done.UnionWith(onPath);
        }
    }

    private static UnitRow? Parent(UnitRow unit, Dictionary<string, UnitRow> units) =>
        unit.ParentId is { } parentId ? units.GetValueOrDefault(parentId) : null;
}
