using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Organization;

public sealed class PermissionsTests
{
    private static readonly OrganizationTree Tree = new(
    [
        new Unit("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối", null),
        new Unit("DB1", UnitKind.GrassrootsCommittee, "Đảng bộ 1", "DUK"),
        new Unit("CB1", UnitKind.Cell, "Chi bộ 1", "DB1"),
        new Unit("TO1", UnitKind.Group, "Tổ đảng 1", "CB1"),
        new Unit("CB2", UnitKind.Cell, "Chi bộ 2", "DB1"),
        new Unit("CB3", UnitKind.Cell, "Chi bộ 3 (cơ sở)", "DUK"),
    ]);

    private static readonly Permissions Rules = new(Tree);

    [Fact]
    public void IsMemberOf_GroupInsideCell_CountsForTheCell()
    {
        var member = Member("TO1");

        Assert.True(Rules.IsMemberOf(member, "CB1"));
        Assert.True(Rules.IsMemberOf(member, "TO1"));
        Assert.False(Rules.IsMemberOf(member, "CB2"));
    }

    [Theory]
    [InlineData(UnitRole.Secretary, true)]
    [InlineData(UnitRole.DeputySecretary, true)]
    [InlineData(UnitRole.CommitteeMember, false)]
    public void CanManage_OwnCell_OnlySecretaryOrDeputy(UnitRole role, bool expected) =>
        Assert.Equal(expected, Rules.CanManage(Member("CB1", role), "CB1"));

    [Fact]
    public void CanManage_SecretaryOfAnotherCell_IsDenied() =>
        Assert.False(Rules.CanManage(Member("CB2", UnitRole.Secretary), "CB1"));

    [Fact]
    public void Administers_Subtree_CoversEveryUnitBelowButNotSiblings()
    {
        var office = Member("CB3") with { AdministeredUnitIds = ["DB1"] };

        Assert.True(Rules.CanManage(office, "CB1"));
        Assert.True(Rules.CanManage(office, "TO1"));
        Assert.False(Rules.CanManage(office, "CB3"));
    }

    [Fact]
    public void Follows_FollowedUnit_CanOverseeButNotManage()
    {
        var committeeMember = Member("CB3") with { FollowedUnitIds = ["CB1"] };

        Assert.True(Rules.CanOversee(committeeMember, "CB1"));
        Assert.False(Rules.CanManage(committeeMember, "CB1"));
        Assert.False(Rules.CanOversee(committeeMember, "CB2"));
    }

    [Fact]
    public void PlainMember_CannotOverseeOwnCell() =>
        Assert.False(Rules.CanOversee(Member("CB1"), "CB1"));

    [Fact]
    public void Tree_PathOf_NamesAncestorsUpToRoot() =>
        Assert.Equal("Tổ đảng 1 › Chi bộ 1 › Đảng bộ 1 › Đảng ủy Khối", Tree.PathOf("TO1"));

    private static Member Member(string unitId, params UnitRole[] roles) =>
        new("M", "Nguyễn Văn A", unitId, MemberStatus.Full, roles.ToHashSet());
}
