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

        var unitWrites = units
            .Select(unit => (Previous: storedTree.Find(unit.Id), Next: unit))
            .Select(u => (u.Previous, Next: u.Next with
            {
                Id = UnitId(u.Next.Id),
                ParentId = u.Next.ParentId is { } parent ? UnitId(parent) : null,
                ConversationId = u.Previous?.ConversationId,
            }))
            .Where(u => u.Previous is null || !Same(OrganizationEntities.ToEntity(u.Next), OrganizationEntities.ToEntity(u.Previous)))
            .ToList();

        MemberWrite Merge(Member member)
        {
            var previous = storedById.GetValueOrDefault(member.Id);
            return new MemberWrite(member with
            {
                Id = previous?.Id ?? member.Id,
                UnitId = UnitId(member.UnitId),
                AadObjectId = member.AadObjectId ?? previous?.AadObjectId,
                FollowedUnitIds = [.. member.Follows.Select(UnitId)],
                AdministeredUnitIds = [.. member.Administers.Select(UnitId)],
            }, previous);
        }
        var memberWrites = members
            .Select(Merge)
            .Where(w => w.Previous is null || !Same(OrganizationEntities.ToEntity(w.Member), OrganizationEntities.ToEntity(w.Previous)))
            .ToList();

        var fileUnits = units.Select(u => u.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fileMembers = members.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unitsCreated = unitWrites.Count(u => u.Previous is null);
        var membersCreated = memberWrites.Count(w => w.Previous is null);
        var counts = new ImportCounts(
            UnitsCreated: unitsCreated,
            UnitsUpdated: unitWrites.Count - unitsCreated,
            UnitsUnchanged: units.Count - unitWrites.Count,
            UnitsKeptAbsent: storedTree.Units.Count(u => !fileUnits.Contains(u.Id)),
            MembersCreated: membersCreated,
            MembersUpdated: memberWrites.Count - membersCreated,
            MembersUnchanged: members.Count - memberWrites.Count,
            MembersKeptAbsent: storedById.Keys.Count(id => !fileMembers.Contains(id)));
        return new ImportPlan([.. unitWrites.Select(u => u.Next)], memberWrites, Reindexed(memberWrites), counts);
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
