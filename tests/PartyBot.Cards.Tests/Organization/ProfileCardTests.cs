using PartyBot.Cards.Organization;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Organization;
using static PartyBot.Cards.Tests.Organization.CardInspection;
using static PartyBot.Cards.Tests.Organization.OrganizationSamples;

namespace PartyBot.Cards.Tests.Organization;

public sealed class ProfileCardTests
{
    private static readonly HashSet<UnitRole> NoRoles = [];

    public static TheoryData<string> Variants() => ["secretary", "probationary", "administrator", "exempt", "bare"];

    private static ProfileView Variant(string name) => name switch
    {
        "secretary" => SecretaryProfile,
        "probationary" => ProbationaryProfile,
        "administrator" => AdministratorProfile,
        "exempt" => Ordinary(MemberStatus.Exempt, since: new DateOnly(2025, 9, 1)),
        "bare" => Ordinary(MemberStatus.Suspended) with { Member = Ordinary(MemberStatus.Suspended).Member with { Email = null } },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static ProfileView Ordinary(MemberStatus status, DateOnly? since = null) => new(
        new Member("dv-100", "Bùi Thị Mai", "CB-KHTC", status, NoRoles, Email: "maibt@stc.gov.vn", StatusSince: since),
        CellPath, [], [], TeamsLinked: false);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Build_AnyMember_IsValidAgainstOfficialSchema(string variant)
    {
        AdaptiveCardSchema.AssertValid(ProfileCard.Build(Variant(variant)));
    }

    [Fact]
    public void Build_Secretary_ShowsNameUnitPathCodeRoleAndEmail()
    {
        var card = ProfileCard.Build(SecretaryProfile);

        Assert.Contains("Hồ sơ của đồng chí", Text(card), StringComparison.Ordinal);
        Assert.Equal("Nguyễn Thị Thu Hà", Fact(card, "Họ và tên"));
        Assert.Equal(CellPath, Fact(card, "Đơn vị"));
        Assert.Equal("CB-KHTC", Fact(card, "Mã đơn vị"));
        Assert.Equal("Chính thức", Fact(card, "Tình trạng"));
        Assert.Equal("Bí thư", Fact(card, "Chức vụ"));
        Assert.Equal("Đã liên kết", Fact(card, "Tài khoản Teams"));
    }

    [Fact]
    public void Build_EmailWithUnderscores_ShowsItVerbatimInTextRun()
    {
        var card = ProfileCard.Build(SecretaryProfile);

        Assert.Equal("nguyen_thi_thu_ha@stc.gov.vn", Fact(card, "E-mail"));
        Assert.Equal("nguyen_thi_thu_ha@stc.gov.vn", Run(card, "nguyen_thi_thu_ha@stc.gov.vn").GetProperty("text").GetString());
    }

    [Fact]
    public void Build_MemberWithoutRole_ShowsDangVien()
    {
        Assert.Equal("Đảng viên", Fact(ProfileCard.Build(Ordinary(MemberStatus.Full)), "Chức vụ"));
    }

    [Fact]
    public void Build_Probationary_ShowsAdmissionDateAndEndOfTwelveMonths()
    {
        var card = ProfileCard.Build(ProbationaryProfile);

        Assert.Equal("Dự bị", Fact(card, "Tình trạng"));
        Assert.Equal("19/05/2025", Fact(card, "Ngày kết nạp"));
        Assert.Equal("19/05/2026", Fact(card, "Hết thời gian dự bị"));
    }

    [Fact]
    public void Build_FullMember_HasNoProbationLines()
    {
        var card = ProfileCard.Build(SecretaryProfile);

        Assert.False(HasFact(card, "Ngày kết nạp"));
        Assert.False(HasFact(card, "Hết thời gian dự bị"));
    }

    [Fact]
    public void Build_Exempt_ShowsSinceDate()
    {
        Assert.Equal("Miễn sinh hoạt từ 01/09/2025", Fact(ProfileCard.Build(Variant("exempt")), "Tình trạng"));
    }

    [Fact]
    public void Build_NotLinkedWithoutEmail_SaysSo()
    {
        var card = ProfileCard.Build(Variant("bare"));

        Assert.Equal("Chưa liên kết", Fact(card, "Tài khoản Teams"));
        Assert.Equal("Chưa có", Fact(card, "E-mail"));
        Assert.Equal("Đình chỉ sinh hoạt", Fact(card, "Tình trạng"));
    }

    [Fact]
    public void Build_FollowsAndAdministers_ListsTheUnits()
    {
        var card = ProfileCard.Build(AdministratorProfile);

        Assert.Equal("Đảng bộ Sở Tài chính; Chi bộ Báo tỉnh", Fact(card, "Phụ trách"));
        Assert.Equal("Đảng ủy các cơ quan Đảng tỉnh", Fact(card, "Quản trị"));
    }

    [Fact]
    public void Build_FollowsAndAdministersNothing_OmitsThoseLines()
    {
        var card = ProfileCard.Build(SecretaryProfile);

        Assert.False(HasFact(card, "Phụ trách"));
        Assert.False(HasFact(card, "Quản trị"));
    }

    [Fact]
    public void Build_OrdinaryMember_HintsOnlyHelp()
    {
        var text = Text(ProfileCard.Build(Ordinary(MemberStatus.Full)));

        Assert.Contains("trợ giúp: xem các lệnh của PartyBot.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("thành viên", text, StringComparison.Ordinal);
        Assert.DoesNotContain("liên kết chi bộ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lịch", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UnitRole.Secretary)]
    [InlineData(UnitRole.DeputySecretary)]
    public void Build_SecretaryOrDeputy_HintsMembersAndLinkWithOwnCode(UnitRole role)
    {
        var view = SecretaryProfile with { Member = SecretaryProfile.Member with { Roles = new HashSet<UnitRole> { role } } };

        var text = Text(ProfileCard.Build(view));

        Assert.Contains("thành viên: xem danh sách đảng viên của chi bộ.", text, StringComparison.Ordinal);
        Assert.Contains("liên kết chi bộ CB-KHTC trong kênh Teams hoặc nhóm chat của chi bộ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CommitteeMemberOfCell_HintsNoSecretaryCommands()
    {
        var view = SecretaryProfile with { Member = SecretaryProfile.Member with { Roles = new HashSet<UnitRole> { UnitRole.CommitteeMember } } };

        var text = Text(ProfileCard.Build(view));

        Assert.DoesNotContain("thành viên:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("liên kết chi bộ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Administrator_HintsTreeUnitListAndLinking()
    {
        var text = Text(ProfileCard.Build(AdministratorProfile));

        Assert.Contains("thành viên: xem các đơn vị đồng chí quản trị", text, StringComparison.Ordinal);
        Assert.Contains("thành viên <mã đơn vị>: xem danh sách đảng viên của một đơn vị.", text, StringComparison.Ordinal);
        Assert.Contains("liên kết chi bộ <mã chi bộ>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnyMember_FallbackNamesMemberUnitAndStatus()
    {
        Assert.Equal($"Hồ sơ của đồng chí: Ngô Thị Hồng, {CellPath}, Dự bị.", ProfileCard.Build(ProbationaryProfile).FallbackText);
    }
}
