using Azure.Data.Tables;

namespace PartyBot.Core.Organization.Import;

/// <summary>A member to write, with the stored version it replaces (null for a new member).</summary>
internal sealed record MemberWrite(Member Member, Member? Previous);

/// <summary>
/// What an import writes, found by comparing the files with storage row by row: unchanged rows are skipped, so a
/// re-import of the same files writes nothing. What the files do not set is kept: a unit's Teams conversation, and a
/// member's Entra id when the column is empty (the bot learns it from the member's first message).
/// </summary>
/// <param name="Reindex">Members who take an e-mail or Entra id that another member gives up in the same import: their
/// index rows are written again once every member is written, whatever the order of the parallel writes.</param>
internal sealed record ImportPlan(IReadOnlyList<Unit> Units, IReadOnlyList<MemberWrite> Members, IReadOnlyList<Member> Reindex, ImportCounts Counts)
{
    public static ImportPlan Create(IReadOnlyList<Unit> units, IReadOnlyList<Member> members, OrganizationTree storedTree, IReadOnlyList<Member> storedMembers)
    {
        // Ids match ignoring case; a stored id keeps its spelling, so a change of case never makes a second row.
        string UnitId(string id) => storedTree.Find(id)?.Id ?? id;
        var storedById = storedMembers.DistinctBy(m => m.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);

        var unitWrites = new List<Unit>();
        int unitsCreated = 0, unitsUpdated = 0;
        foreach (var unit in units)
        {
            var previous = storedTree.Find(unit.Id);
            var next = unit with { Id = UnitId(unit.Id), ParentId = unit.ParentId is null ? null : UnitId(unit.ParentId), ConversationId = previous?.ConversationId };
            if (previous is null || !Same(OrganizationEntities.ToEntity(next), OrganizationEntities.ToEntity(previous)))
            {
                unitWrites.Add(next);
                if (previous is null) { unitsCreated++; } else { unitsUpdated++; }
            }
        }

        var memberWrites = new List<MemberWrite>();
        int membersCreated = 0, membersUpdated = 0;
        foreach (var member in members)
        {
            var previous = storedById.GetValueOrDefault(member.Id);
            var next = member with
            {
                Id = previous?.Id ?? member.Id,
                UnitId = UnitId(member.UnitId),
                AadObjectId = member.AadObjectId ?? previous?.AadObjectId,
                FollowedUnitIds = [.. member.Follows.Select(UnitId)],
                AdministeredUnitIds = [.. member.Administers.Select(UnitId)],
            };
            if (previous is null || !Same(OrganizationEntities.ToEntity(next), OrganizationEntities.ToEntity(previous)))
            {
                memberWrites.Add(new MemberWrite(next, previous));
                if (previous is null) { membersCreated++; } else { membersUpdated++; }
            }
        }

        var fileUnits = units.Select(u => u.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fileMembers = members.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var counts = new ImportCounts(
            unitsCreated, unitsUpdated, units.Count - unitWrites.Count, storedTree.Units.Count(u => !fileUnits.Contains(u.Id)),
            membersCreated, membersUpdated, members.Count - memberWrites.Count, storedById.Keys.Count(id => !fileMembers.Contains(id)));
        return new ImportPlan(unitWrites, memberWrites, Reindexed(memberWrites), counts);
    }

    private static Member[] Reindexed(IReadOnlyList<MemberWrite> writes)
    {
        var released = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (member, previous) in writes)
        {
            AddIfChanged(released, previous?.Email, member.Email);
            AddIfChanged(released, previous?.AadObjectId, member.AadObjectId);
        }
        return [.. writes.Select(w => w.Member).Where(m => m.Email is { } e && released.Contains(e) || m.AadObjectId is { } a && released.Contains(a))];
    }

    private static void AddIfChanged(HashSet<string> released, string? before, string? after)
    {
        if (before is not null && !string.Equals(before, after, StringComparison.OrdinalIgnoreCase))
        {
            released.Add(before);
        }
    }

    /// <summary>Two rows are the same when storage would hold the same keys and values.</summary>
    private static bool Same(TableEntity a, TableEntity b) =>
        a.PartitionKey == b.PartitionKey && a.RowKey == b.RowKey &&
        a.Keys.Union(b.Keys).All(key => Equals(Value(a, key), Value(b, key)));

    private static object? Value(TableEntity entity, string key) => entity.TryGetValue(key, out var value) ? value : null;
}
