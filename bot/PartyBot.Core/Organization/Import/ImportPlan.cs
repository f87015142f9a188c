using Azure.Data.Tables;

namespace PartyBot.Core.Organization.Import;

/// <summary>
/// What an import writes and deletes, found by comparing the state the files ask for with storage, row by row, in all
/// three tables: units, members and the index that finds a member by id, e-mail or Entra id. What matches is skipped,
/// so a re-import of the same files writes nothing, and a re-run after a crash writes exactly what the crash left out
/// (a member row without its index rows, an index row still pointing at the old unit, the old row of a moved member).
/// What the files do not set is kept: a unit's Teams conversation, a member's Entra id when the column is empty (the bot
/// learns it from the member's first message), and members and units the files do not list (with their index rows).
/// </summary>
/// <param name="Members">Member rows to write (new or changed).</param>
/// <param name="IndexRows">Index rows to write (missing, or pointing elsewhere).</param>
/// <param name="StaleMembers">Member rows to delete: a listed member's rows in another unit than the file's.</param>
/// <param name="StaleIndexRows">Index rows no member holds any more (an e-mail or Entra id given up).</param>
internal sealed record ImportPlan(
    IReadOnlyList<Unit> Units,
    IReadOnlyList<Member> Members,
    IReadOnlyList<MemberIndexRow> IndexRows,
    IReadOnlyList<Member> StaleMembers,
    IReadOnlyList<StoredIndexRow> StaleIndexRows,
    ImportCounts Counts)
{
    private static readonly StringComparer Ids = StringComparer.OrdinalIgnoreCase;

    public static ImportPlan Create(
        IReadOnlyList<Unit> units, IReadOnlyList<Member> members, OrganizationTree storedTree, IReadOnlyList<Member> storedMembers, IReadOnlyList<StoredIndexRow> storedIndex)
    {
        // Ids match ignoring case; a stored id keeps its spelling, so a change of case never makes a second row.
        string UnitId(string id) => storedTree.Find(id)?.Id ?? id;
        var storedRows = storedMembers.ToLookup(m => m.Id, Ids);

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

        var listed = members.Select(m => Merge(m, UnitId, storedRows[m.Id].ToList())).ToList();
        var memberWrites = listed
            .Where(m => m.Stored.FirstOrDefault(row => IsRowOf(row, m.Next)) is not { } row || !Same(OrganizationEntities.ToEntity(m.Next), OrganizationEntities.ToEntity(row)))
            .Select(m => m.Next)
            .ToList();
        var staleMembers = listed.SelectMany(m => m.Stored.Where(row => !IsRowOf(row, m.Next))).ToList();

        // The index as it must be: the absent members' rows as stored, then the listed members' (the files' checks
        // keep an e-mail or Entra id to one member, so none is claimed twice).
        var fileMembers = members.Select(m => m.Id).ToHashSet(Ids);
        var absent = storedMembers.Where(m => !fileMembers.Contains(m.Id)).DistinctBy(m => m.Id, Ids).ToList();
        var wanted = new Dictionary<(string Kind, string Key), MemberIndexRow>();
        foreach (var row in absent.Concat(listed.Select(m => m.Next)).SelectMany(OrganizationStore.IndexRowsOf))
        {
            wanted[(row.Kind, row.Key)] = row;
        }
        var stored = storedIndex.ToDictionary(s => (s.Row.Kind, s.Row.Key));
        var indexWrites = wanted.Values.Where(row => stored.GetValueOrDefault((row.Kind, row.Key))?.Row != row).ToList();
        var staleIndex = storedIndex.Where(s => !wanted.ContainsKey((s.Row.Kind, s.Row.Key))).ToList();

        var touched = memberWrites.Select(m => m.Id)
            .Concat(staleMembers.Select(m => m.Id))
            .Concat(indexWrites.Select(r => r.MemberId))
            .Concat(staleIndex.Select(s => s.Row.MemberId))
            .ToHashSet(Ids);
        var membersCreated = listed.Count(m => m.Stored.Count == 0);
        var membersUpdated = listed.Count(m => m.Stored.Count > 0 && touched.Contains(m.Next.Id));
        var fileUnits = units.Select(u => u.Id).ToHashSet(Ids);
        var unitsCreated = unitWrites.Count(u => u.Previous is null);
        var counts = new ImportCounts(
            UnitsCreated: unitsCreated,
            UnitsUpdated: unitWrites.Count - unitsCreated,
            UnitsUnchanged: units.Count - unitWrites.Count,
            UnitsKeptAbsent: storedTree.Units.Count(u => !fileUnits.Contains(u.Id)),
            MembersCreated: membersCreated,
            MembersUpdated: membersUpdated,
            MembersUnchanged: members.Count - membersCreated - membersUpdated,
            MembersKeptAbsent: absent.Count);
        return new ImportPlan([.. unitWrites.Select(u => u.Next)], memberWrites, indexWrites, staleMembers, staleIndex, counts);
    }

    /// <summary>
    /// The member as it will be stored, and its stored rows (one; two when a crash interrupted a move). The row in the
    /// file's unit, if any, is the newest: its spelling of the id and its Entra id are the ones kept.
    /// </summary>
    private static (Member Next, List<Member> Stored) Merge(Member member, Func<string, string> unitId, List<Member> stored)
    {
        var home = unitId(member.UnitId);
        var previous = stored.FirstOrDefault(row => string.Equals(row.UnitId, home, StringComparison.Ordinal)) ?? stored.FirstOrDefault();
        return (member with
        {
            Id = previous?.Id ?? member.Id,
            UnitId = home,
            AadObjectId = member.AadObjectId ?? previous?.AadObjectId,
            FollowedUnitIds = [.. member.Follows.Select(unitId)],
            AdministeredUnitIds = [.. member.Administers.Select(unitId)],
            Committee = member.Committee is { } seat ? seat with { UnitId = unitId(seat.UnitId) } : null,
        }, stored);
    }

    /// <summary>True when <paramref name="row"/> is the very row <paramref name="member"/> is stored in (same unit, same id).</summary>
    private static bool IsRowOf(Member row, Member member) =>
        string.Equals(row.UnitId, member.UnitId, StringComparison.Ordinal) && string.Equals(row.Id, member.Id, StringComparison.Ordinal);

    /// <summary>Two rows are the same when storage would hold the same keys and values.</summary>
    private static bool Same(TableEntity a, TableEntity b) =>
        a.PartitionKey == b.PartitionKey && a.RowKey == b.RowKey &&
        a.Keys.Union(b.Keys).All(key => Equals(Value(a, key), Value(b, key)));

    private static object? Value(TableEntity entity, string key) => entity.TryGetValue(key, out var value) ? value : null;
}
