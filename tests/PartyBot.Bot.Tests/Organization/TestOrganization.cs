using PartyBot.Core.Organization;

namespace PartyBot.Bot.Tests.Organization;

/// <summary>
/// A small organisation for the command tests: Đảng ủy Khối › Đảng bộ Sở Xây dựng › chi bộ CB1 and CB2,
/// with a secretary in each, plain members, an upper-committee member following CB1 and an administrator.
/// </summary>
public static class TestOrganization
{
    public const string Secretary1 = "aad-sec-cb1";
    public const string Member1 = "aad-mem-cb1";
    public const string Secretary2 = "aad-sec-cb2";
    public const string Follower = "aad-follow-cb1";
    public const string Administrator = "aad-admin-duk";
    public const string EmailOnlyMember = "binh.tranthi@demo.partybot.local";

    public static async Task SeedAsync(BotHost host)
    {
        var store = host.Service<OrganizationStore>();
        Unit[] units =
        [
            new("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối các cơ quan tỉnh", null),
            new("DBCS-SXD", UnitKind.GrassrootsCommittee, "Đảng bộ Sở Xây dựng", "DUK"),
            new("CB1", UnitKind.Cell, "Chi bộ Văn phòng Sở", "DBCS-SXD", MeetingSlot.Default),
            new("CB2", UnitKind.Cell, "Chi bộ Phòng Quản lý nhà", "DBCS-SXD", new MeetingSlot(3, new TimeOnly(14, 0))),
        ];
        foreach (var unit in units)
        {
            await store.SaveUnitAsync(unit, CancellationToken.None);
        }
        Member[] members =
        [
            new("M01", "Nguyễn Văn An", "CB1", MemberStatus.Full, Roles(UnitRole.Secretary), Secretary1, "an.nguyenvan@demo.partybot.local"),
            new("M02", "Lê Thị Hoa", "CB1", MemberStatus.Full, Roles(), Member1, "hoa.lethi@demo.partybot.local"),
            new("M03", "Trần Thị Bình", "CB1", MemberStatus.Probationary, Roles(), null, EmailOnlyMember, AdmittedOn: new DateOnly(2026, 3, 2)),
            new("M04", "Phạm Văn Cường", "CB1", MemberStatus.Exempt, Roles(), null, null, StatusSince: new DateOnly(2025, 1, 1)),
            new("M05", "Hoàng Minh Đức", "CB2", MemberStatus.Full, Roles(UnitRole.Secretary), Secretary2, "duc.hoangminh@demo.partybot.local"),
            new("M06", "Vũ Thị Lan", "CB2", MemberStatus.Full, Roles(), Follower, null, FollowedUnitIds: ["CB1"]),
            new("M07", "Đỗ Quang Huy", "CB2", MemberStatus.Full, Roles(), Administrator, null, AdministeredUnitIds: ["DUK"]),
        ];
        foreach (var member in members)
        {
            await store.SaveMemberAsync(member, null, CancellationToken.None);
        }
    }

    private static HashSet<UnitRole> Roles(params UnitRole[] roles) => [.. roles];
}
