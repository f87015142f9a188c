namespace PartyBot.Core.Organization;

/// <summary>The whole unit tree, loaded at once (a province has hundreds of units, not millions).</summary>
public sealed class OrganizationTree
{
    private readonly Dictionary<string, Unit> units;
    private readonly ILookup<string, Unit> children;

    public OrganizationTree(IEnumerable<Unit> all)
    {
        units = all.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
        children = units.Values.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<Unit> Units => units.Values;

    public Unit? Find(string id) => units.GetValueOrDefault(id);

    public IEnumerable<Unit> Roots => units.Values.Where(u => u.ParentId is null || !units.ContainsKey(u.ParentId));

    public IEnumerable<Unit> ChildrenOf(string id) => children[id].OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false));

    /// <summary>The unit itself, then its parent, up to the root.</summary>
    public IEnumerable<Unit> SelfAndAncestors(string id)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var unit = Find(id); unit is not null && seen.Add(unit.Id); unit = unit.ParentId is null ? null : Find(unit.ParentId))
        {
            yield return unit;
        }
    }

    /// <summary>True when <paramref name="unitId"/> is <paramref name="rootId"/> or lies below it.</summary>
    public bool IsWithin(string unitId, string rootId) =>
        SelfAndAncestors(unitId).Any(u => string.Equals(u.Id, rootId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The unit and everything below it.</summary>
    public IEnumerable<Unit> Subtree(string rootId)
    {
        if (Find(rootId) is not { } root)
        {
            yield break;
        }
        var stack = new Stack<Unit>([root]);
        while (stack.TryPop(out var unit))
        {
            yield return unit;
            foreach (var child in children[unit.Id])
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>"Chi bộ A › Đảng bộ B › Đảng ủy Khối": the path shown to users.</summary>
    public string PathOf(string id) => string.Join(" › ", SelfAndAncestors(id).Select(u => u.Name));
}
