using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Organization;

public sealed class MembersOfSubtreeTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly OrganizationTree Tree = new(
    [
        new Unit("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối", null),
        new Unit("DB1", UnitKind.GrassrootsCommittee, "Đảng bộ 1", "DUK"),
        new Unit("CB1", UnitKind.Cell, "Chi bộ 1", "DB1"),
        new Unit("TO1", UnitKind.Group, "Tổ đảng 1", "CB1"),
        new Unit("TO2", UnitKind.Group, "Tổ đảng 2", "CB1"),
        new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DB1"),
    ]);

    [Fact]
    public async Task MembersOfSubtree_CellWithGroups_TheCellsAndItsGroupsMembersOnly()
    {
        var store = await SeededAsync();

        var members = await store.MembersOfSubtreeAsync(Tree, "CB1", None);

        Assert.Equal(["DV01", "DV02", "DV03", "DV04", "DV05"], members.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MembersOfSubtree_Group_OnlyItsOwn()
    {
        var store = await SeededAsync();

        var members = await store.MembersOfSubtreeAsync(Tree, "TO1", None);

        Assert.Equal(["DV03", "DV04"], members.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MembersOfSubtree_Committee_EveryoneBelow()
    {
        var store = await SeededAsync();

        Assert.Equal(7, (await store.MembersOfSubtreeAsync(Tree, "DUK", None)).Count);
    }

    [Fact]
    public async Task MembersOfSubtree_UnknownUnit_Nobody()
    {
        var store = await SeededAsync();

        Assert.Empty(await store.MembersOfSubtreeAsync(Tree, "CB9", None));
    }

    [Fact]
    public async Task MembersOfSubtree_UnitWithoutMembers_Nobody()
    {
        var store = await SeededAsync();

        Assert.Empty(await store.MembersOfSubtreeAsync(Tree, "TO2", None));
    }

    private static async Task<OrganizationStore> SeededAsync()
    {
        var tables = await TestTables.CreateAsync();
        var store = new OrganizationStore(tables.Store);
        (string Id, string Unit)[] members = [("DV01", "CB1"), ("DV02", "CB1"), ("DV05", "CB1"), ("DV03", "TO1"), ("DV04", "TO1"), ("DV06", "CB2"), ("DV07", "DB1")];
        foreach (var (id, unit) in members)
        {
            await store.SaveMemberAsync(new Member(id, $"Nguyễn Văn {id}", unit, MemberStatus.Full, new HashSet<UnitRole>()), null, None);
        }
        return store;
    }
}
