using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Organization;

/// <summary>An index row: the member (id and unit) found under <paramref name="Key"/>, an escaped id, Entra id or e-mail.</summary>
internal sealed record MemberIndexRow(string Kind, string Key, string MemberId, string UnitId);

/// <summary>An index row as read, with the ETag a delete must match.</summary>
internal sealed record StoredIndexRow(MemberIndexRow Row, ETag ETag);

/// <summary>
/// Units and members in Table storage. Members are partitioned by unit; an index table finds a member by id,
/// Entra object id or e-mail. Index rows are checked against the member row they point to, so an index left
/// stale by a crash between two writes never yields the wrong member.
/// </summary>
public sealed class OrganizationStore(TableStore store)
{
    private const string ById = "id";
    private const string ByAad = "aad";
    private const string ByEmail = "email";
    private const string StampPartition = "stamp";
    private const string ImportStampRow = "import";

    /// <summary>Raised after each write of a unit or member through this store: this instance's caches drop what they hold.</summary>
    public event Action? Changed;

    private TableClient Units => store.Table(TableNames.Units);
    private TableClient Members => store.Table(TableNames.Members);
    private TableClient Index => store.Table(TableNames.MemberIndex);

    public async Task<OrganizationTree> LoadTreeAsync(CancellationToken cancellationToken)
    {
        var units = new List<Unit>();
        await foreach (var entity in Units.QueryAsync<TableEntity>(e => e.PartitionKey == OrganizationEntities.UnitPartition, cancellationToken: cancellationToken))
        {
            units.Add(OrganizationEntities.ToUnit(entity));
        }
        return new OrganizationTree(units);
    }

    /// <summary>The last import's <see cref="Import.ImportStamp"/>, or null before the first import.</summary>
    public async Task<string?> ReadImportStampAsync(CancellationToken cancellationToken)
    {
        var response = await Units.GetEntityIfExistsAsync<TableEntity>(StampPartition, ImportStampRow, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.GetString("Stamp") : null;
    }

    public async Task WriteImportStampAsync(string stamp, CancellationToken cancellationToken) =>
        await Units.UpsertEntityAsync(new TableEntity(StampPartition, ImportStampRow) { ["Stamp"] = stamp }, TableUpdateMode.Replace, cancellationToken);

    public async Task<Unit?> FindUnitAsync(string unitId, CancellationToken cancellationToken)
    {
        if (!TableKeys.CanHold(unitId))
        {
            return null;
        }
        var response = await Units.GetEntityIfExistsAsync<TableEntity>(OrganizationEntities.UnitPartition, TableKeys.Escape(unitId), cancellationToken: cancellationToken);
        return response.HasValue ? OrganizationEntities.ToUnit(response.Value!) : null;
    }

    public async Task SaveUnitAsync(Unit unit, CancellationToken cancellationToken)
    {
        await Units.UpsertEntityAsync(OrganizationEntities.ToEntity(unit), TableUpdateMode.Replace, cancellationToken);
        Changed?.Invoke();
    }

    /// <summary>Makes a Teams conversation the unit's: its cards go there from now on.</summary>
    public async Task LinkConversationAsync(string unitId, string conversationId, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(OrganizationEntities.UnitPartition, TableKeys.Escape(unitId)) { ["ConversationId"] = conversationId };
        await Units.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
        Changed?.Invoke();
    }

    public async Task<IReadOnlyList<Member>> MembersOfAsync(string unitId, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Escape(unitId);
        var members = new List<Member>();
        await foreach (var entity in Members.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            members.Add(OrganizationEntities.ToMember(entity));
        }
        return members;
    }

    /// <summary>The members of a unit and of every unit below it (a chi bộ with its tổ đảng): one query per unit's partition.</summary>
    public async Task<IReadOnlyList<Member>> MembersOfSubtreeAsync(OrganizationTree tree, string unitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var members = new List<Member>();
        foreach (var unit in tree.Subtree(unitId))
        {
            members.AddRange(await MembersOfAsync(unit.Id, cancellationToken));
        }
        return members;
    }

    /// <summary>Every member (for imports and organisation-wide views; not for per-message work).</summary>
    public async Task<IReadOnlyList<Member>> AllMembersAsync(CancellationToken cancellationToken)
    {
        var members = new List<Member>();
        await foreach (var entity in Members.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            members.Add(OrganizationEntities.ToMember(entity));
        }
        return members;
    }

    public Task<Member?> FindMemberAsync(string memberId, CancellationToken cancellationToken) =>
        FindByIndexAsync(ById, memberId, m => string.Equals(m.Id, memberId, StringComparison.Ordinal), cancellationToken);

    public Task<Member?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken) =>
        FindByIndexAsync(ByAad, aadObjectId.ToLowerInvariant(), m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase), cancellationToken);

    public Task<Member?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        FindByIndexAsync(ByEmail, email.ToLowerInvariant(), m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase), cancellationToken);

    /// <summary>
    /// Writes a member and its index rows. <paramref name="previous"/> is the stored version, if any: a member
    /// who moved unit leaves no row behind, and a changed e-mail or Entra id leaves no stale index.
    /// </summary>
    public async Task SaveMemberAsync(Member member, Member? previous, CancellationToken cancellationToken)
    {
        await SaveMemberRowAsync(member, cancellationToken);
        foreach (var row in IndexRowsOf(member))
        {
            await SaveIndexRowAsync(row, cancellationToken);
        }
        if (previous is null)
        {
            return;
        }
        if (!string.Equals(previous.UnitId, member.UnitId, StringComparison.Ordinal))
        {
            await Members.DeleteEntityAsync(TableKeys.Escape(previous.UnitId), TableKeys.Escape(previous.Id), ETag.All, cancellationToken);
        }
        await UnindexIfChangedAsync(ByAad, previous.AadObjectId, member.AadObjectId, cancellationToken);
        await UnindexIfChangedAsync(ByEmail, previous.Email, member.Email, cancellationToken);
        Changed?.Invoke();
    }

    /// <summary>The index rows that find <paramref name="member"/>: by id, and by Entra id and e-mail when it has them.</summary>
    internal static IEnumerable<MemberIndexRow> IndexRowsOf(Member member)
    {
        yield return new MemberIndexRow(ById, TableKeys.Escape(member.Id), member.Id, member.UnitId);
        if (!string.IsNullOrEmpty(member.AadObjectId))
        {
            yield return new MemberIndexRow(ByAad, TableKeys.Escape(member.AadObjectId.ToLowerInvariant()), member.Id, member.UnitId);
        }
        if (!string.IsNullOrEmpty(member.Email))
        {
            yield return new MemberIndexRow(ByEmail, TableKeys.Escape(member.Email.ToLowerInvariant()), member.Id, member.UnitId);
        }
    }

    /// <summary>Every index row, with its ETag (for imports: they compare the index with the members, as for the member rows).</summary>
    internal async Task<IReadOnlyList<StoredIndexRow>> AllIndexRowsAsync(CancellationToken cancellationToken)
    {
        var rows = new List<StoredIndexRow>();
        await foreach (var e in Index.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            rows.Add(new StoredIndexRow(new MemberIndexRow(e.PartitionKey, e.RowKey, e.GetString("MemberId") ?? "", e.GetString("UnitId") ?? ""), e.ETag));
        }
        return rows;
    }

    /// <summary>The member's row alone, without its index rows.</summary>
    internal async Task SaveMemberRowAsync(Member member, CancellationToken cancellationToken)
    {
        await Members.UpsertEntityAsync(OrganizationEntities.ToEntity(member), TableUpdateMode.Replace, cancellationToken);
        Changed?.Invoke();
    }

    internal async Task SaveIndexRowAsync(MemberIndexRow row, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(row.Kind, row.Key) { ["MemberId"] = row.MemberId, ["UnitId"] = row.UnitId };
        await Index.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        Changed?.Invoke();
    }

    /// <summary>Deletes a member's row in one unit; already gone is fine.</summary>
    internal async Task DeleteMemberRowAsync(Member row, CancellationToken cancellationToken)
    {
        try
        {
            await Members.DeleteEntityAsync(TableKeys.Escape(row.UnitId), TableKeys.Escape(row.Id), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
        Changed?.Invoke();
    }

    /// <summary>Deletes an index row unless it changed since it was read (the bot linked a Teams account meanwhile); already gone is fine.</summary>
    internal async Task DeleteIndexRowAsync(StoredIndexRow stored, CancellationToken cancellationToken)
    {
        try
        {
            await Index.DeleteEntityAsync(stored.Row.Kind, stored.Row.Key, stored.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    private async Task UnindexIfChangedAsync(string kind, string? before, string? after, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(before) && !string.Equals(before, after, StringComparison.OrdinalIgnoreCase))
        {
            await Index.DeleteEntityAsync(kind, TableKeys.Escape(before.ToLowerInvariant()), ETag.All, cancellationToken);
        }
    }

    private async Task<Member?> FindByIndexAsync(string kind, string value, Func<Member, bool> matches, CancellationToken cancellationToken)
    {
        if (!TableKeys.CanHold(value))
        {
            return null; // Typed (a code in a command), not stored: no member has it.
        }
        var index = await Index.GetEntityIfExistsAsync<TableEntity>(kind, TableKeys.Escape(value), cancellationToken: cancellationToken);
        if (!index.HasValue)
        {
            return null;
        }
        var row = await Members.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Escape(index.Value!.GetString("UnitId")), TableKeys.Escape(index.Value.GetString("MemberId")), cancellationToken: cancellationToken);
        return row.HasValue && OrganizationEntities.ToMember(row.Value!) is var member && matches(member) ? member : null;
    }
}
