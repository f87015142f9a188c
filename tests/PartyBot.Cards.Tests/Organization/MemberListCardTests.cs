using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Organization;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Organization;
using static PartyBot.Cards.Tests.Organization.CardInspection;
using static PartyBot.Cards.Tests.Organization.OrganizationSamples;

namespace PartyBot.Cards.Tests.Organization;

public sealed class MemberListCardTests
{
    private static readonly HashSet<UnitRole> NoRoles = [];

    private static MemberListView ListOf(IReadOnlyList<Member> members) =>
        new(Cell, CellPath, UnitCounts.Of(members, Today), members, Today);

    private static Member Plain(string id, string name, MemberStatus status = MemberStatus.Full) => new(id, name, "CB-KHTC", status, NoRoles);

    [Fact]
    public void Build_Sample_IsValidAgainstOfficialSchema()
    {
        AdaptiveCardSchema.AssertValid(MemberListCard.Build(MemberList));
        AdaptiveCardSchema.AssertValid(MemberListCard.Build(ListOf([])));
    }

    [Fact]
    public void Build_Sample_HeaderShowsEveryCountAndTheDate()
    {
        var card = MemberListCard.Build(MemberList);

        Assert.Contains("Tính đến ngày 10/12/2025", Text(card), StringComparison.Ordinal);
        Assert.Equal(["14", "Tổng số"], Tile(card, "Tổng số"));
        Assert.Equal(["11", "Triệu tập"], Tile(card, "Triệu tập"));
        Assert.Equal(["10", "Chính thức"], Tile(card, "Chính thức"));
        Assert.Equal(["1", "Dự bị"], Tile(card, "Dự bị"));
        Assert.Equal(["1", "Miễn sinh hoạt"], Tile(card, "Miễn sinh hoạt"));
        Assert.Equal(["1", "Đình chỉ"], Tile(card, "Đình chỉ"));
        Assert.Equal(["1", "Chuyển sinh hoạt tạm thời"], Tile(card, "Chuyển sinh hoạt tạm thời"));
    }

    [Fact]
    public void Build_Sample_EveryRowShowsTheMembersCodeBesideTheName()
    {
        var card = MemberListCard.Build(MemberList);

        var lines = Lines(card);
        Assert.All(CellMembers, member => Assert.Contains($"{member.FullName} · {member.Id}", lines));
        Assert.True(Run(card, " · dv-004").GetProperty("isSubtle").GetBoolean());
        Assert.False(IsBold(Run(card, " · dv-001")));
        Assert.Contains("chuyên cần <mã>", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnreachableMember_ReasonAndTimeUnderTheName_WarningMarkInTheTeamsColumn()
    {
        var card = MemberListCard.Build(MemberList);
        var plain = MemberListCard.Build(MemberList with { Unreachable = null });

        var lines = Lines(card);
        var name = Array.IndexOf([.. lines], "Đặng Quốc Bảo · dv-006");
        Assert.Equal("⚠ Không nhắn riêng được từ 07:30 08/12/2025: đã chặn ứng dụng PartyBot.", lines[name + 1]);
        Assert.Equal(["Chính thức", "⚠"], lines.Skip(name + 2).Take(2));
        Assert.Equal(1, lines.Count(l => l.StartsWith("⚠ Không nhắn riêng được", StringComparison.Ordinal)));
        Assert.DoesNotContain("Không nhắn riêng được", Text(plain), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Sample_LeadersFirstThenByGivenNameInVietnameseOrder()
    {
        var card = MemberListCard.Build(MemberList);

        string[] expected =
        [
            "Nguyễn Thị Thu Hà", "Trần Văn Hùng", "Phạm Thị Lan", "Lê Minh Tuấn",
            "Hồ Đức Anh", "Vũ Thị Ánh", "Đặng Quốc Bảo", "Phan Thanh Bình", "Trịnh Văn Dũng", "Đỗ Văn Đức",
            "Ngô Thị Hồng", "Dương Văn Long", "Hoàng Văn Nam", "Lý Thị Yến",
        ];
        var positions = Positions(card, expected);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Build_VietnameseLetters_SortAsVietnameseAlphabetNotByCodePoint()
    {
        // Ordinal order would put "Ánh" after "Bình" (Á is U+00C1) and "Đạt" after "Tâm" (Đ is U+0110).
        var card = MemberListCard.Build(ListOf(
        [
            Plain("1", "Lê Văn Tâm"), Plain("2", "Trần Quốc Đạt"), Plain("3", "Phan Thanh Bình"),
            Plain("4", "Vũ Thị Ánh"), Plain("5", "Hồ Đức Anh"), Plain("6", "Ngô Văn Dũng"),
        ]));

        var positions = Positions(card, ["Hồ Đức Anh", "Vũ Thị Ánh", "Phan Thanh Bình", "Ngô Văn Dũng", "Trần Quốc Đạt", "Lê Văn Tâm"]);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Build_SameGivenName_OrdersByFullName()
    {
        var card = MemberListCard.Build(ListOf([Plain("1", "Trần Thị Mai"), Plain("2", "Bùi Thị Mai"), Plain("3", "Đinh Thị Mai")]));

        var positions = Positions(card, ["Bùi Thị Mai", "Đinh Thị Mai", "Trần Thị Mai"]);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Build_SecretaryAndDeputy_NamesInBoldOthersNot()
    {
        var card = MemberListCard.Build(MemberList);

        Assert.True(IsBold(Run(card, "Nguyễn Thị Thu Hà")));
        Assert.True(IsBold(Run(card, "Trần Văn Hùng")));
        Assert.False(IsBold(Run(card, "Phạm Thị Lan")));
        Assert.False(IsBold(Run(card, "Hoàng Văn Nam")));
    }

    [Fact]
    public void Build_Roles_ShownUnderTheName()
    {
        var lines = Lines(MemberListCard.Build(MemberList)).ToList();

        Assert.Equal("Bí thư", lines[LineOf(lines, "Nguyễn Thị Thu Hà") + 1]);
        Assert.Equal("Phó bí thư", lines[LineOf(lines, "Trần Văn Hùng") + 1]);
        Assert.Equal("Chi ủy viên", lines[LineOf(lines, "Lê Minh Tuấn") + 1]);
        Assert.Equal("Chính thức", lines[LineOf(lines, "Hoàng Văn Nam") + 1]);
    }

    [Theory]
    [InlineData("Ngô Thị Hồng", "Dự bị đến 19/05/2026")]
    [InlineData("Đỗ Văn Đức", "Miễn sinh hoạt từ 01/09/2025")]
    [InlineData("Dương Văn Long", "Đình chỉ sinh hoạt từ 15/10/2025")]
    [InlineData("Lý Thị Yến", "Chuyển sinh hoạt tạm thời từ 01/10/2025")]
    [InlineData("Phan Thanh Bình", "Chính thức")]
    public void Build_Status_ShownWithItsDate(string name, string status)
    {
        var lines = Lines(MemberListCard.Build(MemberList)).ToList();

        Assert.Equal(status, lines[LineOf(lines, name) + 1]);
    }

    [Fact]
    public void Build_TeamsLink_MarkedPerMember()
    {
        var lines = Lines(MemberListCard.Build(MemberList)).ToList();

        Assert.Equal("✓", lines[LineOf(lines, "Phan Thanh Bình") + 2]);
        Assert.Equal("–", lines[LineOf(lines, "Trịnh Văn Dũng") + 2]);
        Assert.Contains("✓: đã liên kết tài khoản Teams", Text(MemberListCard.Build(MemberList)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SmallChiBo_ShowsEveryMemberAndNoMoreLine()
    {
        var text = Text(MemberListCard.Build(MemberList));

        Assert.All(CellMembers, m => Assert.Contains(m.FullName, text, StringComparison.Ordinal));
        Assert.DoesNotContain("đồng chí khác", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoMembers_SaysSo()
    {
        Assert.Contains("Đơn vị chưa có đảng viên nào trong danh sách.", Text(MemberListCard.Build(ListOf([]))), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_300Members_EveryPageFitsIsValidAndEveryMemberIsOnExactlyOnePage()
    {
        var members = LargeChiBo(300);
        var seen = new List<string>();

        for (var page = 0; page < 8; page++)
        {
            var card = MemberListCard.Build(ListOf(members) with { Page = page });

            Assert.InRange(2 * CardJson.ToJson(card).Length, 1, CardJson.MaxSizeInBytes);
            AdaptiveCardSchema.AssertValid(card);
            Assert.Equal(["300", "Tổng số"], Tile(card, "Tổng số"));
            Assert.Contains($"Trang {page + 1}/8 · đảng viên {page * 40 + 1}–{Math.Min(300, page * 40 + 40)} / 300", Lines(card));
            Assert.DoesNotContain("đồng chí khác", Text(card), StringComparison.Ordinal);
            seen.AddRange(Codes(card));
        }

        Assert.Equal(members.Select(m => m.Id).Order(), seen.Order());
    }

    [Fact]
    public void Build_SecondPage_NextFortyWithPageButtonsCarryingTheUnitAndThePage()
    {
        var members = LargeChiBo(300);
        var inListOrder = Enumerable.Range(0, 8).SelectMany(page => Codes(MemberListCard.Build(ListOf(members) with { Page = page }))).ToList();

        var card = MemberListCard.Build(ListOf(members) with { Page = 1 });

        Assert.Equal(MemberListCard.RowsPerPage, MemberRows(card));
        Assert.Equal(inListOrder.Skip(40).Take(40), Codes(card));
        Assert.DoesNotContain(Codes(MemberListCard.Build(ListOf(members))), Codes(card).Contains);
        var previous = PageButton(card, "Trang trước");
        var next = PageButton(card, "Trang sau");
        Assert.Equal(OrganizationVerbs.MembersPage, previous.Verb);
        Assert.Equal(new Dictionary<string, string> { ["unitId"] = Cell.Id, ["page"] = "0" }, previous.Data);
        Assert.Equal(new Dictionary<string, string> { ["unitId"] = Cell.Id, ["page"] = "2" }, next.Data);
    }

    [Theory]
    [InlineData(0, "Trang sau")]
    [InlineData(7, "Trang trước")]
    [InlineData(99, "Trang trước")]
    public void Build_FirstOrLastPage_OnlyTheButtonThatLeadsSomewhere(int page, string only)
    {
        var card = MemberListCard.Build(ListOf(LargeChiBo(300)) with { Page = page });

        Assert.Equal([only], PageButtons(card).Select(b => b.Title));
    }

    [Fact]
    public void Build_PageBeyondTheLast_ShowsTheLastPage()
    {
        var card = MemberListCard.Build(ListOf(LargeChiBo(300)) with { Page = 99 });

        Assert.Contains("Trang 8/8 · đảng viên 281–300 / 300", Lines(card));
        Assert.Equal(20, MemberRows(card));
    }

    [Fact]
    public void Build_500Members_LeadersStillOnTop()
    {
        var members = LargeChiBo(500).Reverse().ToList();

        var card = MemberListCard.Build(ListOf(members));

        var positions = Positions(card, ["Bí thư", "Phó bí thư", "Chi ủy viên"]);
        Assert.Equal(positions.Order(), positions);
        Assert.True(IsBold(Runs(card).First(run => run.GetProperty("text").GetString()!.StartsWith("Nguyễn", StringComparison.Ordinal))));
    }

    [Fact]
    public void Build_ExactlyOnePage_NoPageLineNoButtons()
    {
        var card = MemberListCard.Build(ListOf(LargeChiBo(MemberListCard.RowsPerPage)));

        Assert.Equal(MemberListCard.RowsPerPage, MemberRows(card));
        Assert.DoesNotContain(Lines(card), line => line.StartsWith("Trang 1/", StringComparison.Ordinal));
        Assert.Empty(PageButtons(card));
    }

    [Fact]
    public void Build_VeryLongNamesAndEveryDetail_EveryPageFitsAndEveryMemberIsShown()
    {
        var members = Enumerable.Range(0, 500)
            .Select(i => new Member(
                $"dv-{i:D3}", $"Công Tằng Tôn Nữ Thị Hoàng Phương Nguyễn Ngọc Bích Thủy {i:D3} " + new string('Ư', 60), "CB-KHTC",
                MemberStatus.TemporarilyTransferred, new HashSet<UnitRole> { UnitRole.CommitteeMember, UnitRole.DeputySecretary },
                AadObjectId: "aad", StatusSince: new DateOnly(2025, 1, 1)))
            .ToList();
        var seen = new List<string>();

        for (var page = 0; page < 13; page++)
        {
            var card = MemberListCard.Build(ListOf(members) with { Page = page });

            Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
            Assert.DoesNotContain("đồng chí khác", Text(card), StringComparison.Ordinal);
            seen.AddRange(Codes(card));
        }

        Assert.Equal(500, seen.Distinct().Count());
    }

    /// <summary>The member codes of the rows shown, in order (the subtle run " · code" after each name).</summary>
    private static List<string> Codes(AdaptiveCard card) =>
        [.. Runs(card).Select(r => r.GetProperty("text").GetString()!).Where(t => t.StartsWith(" · ", StringComparison.Ordinal)).Select(t => t[3..])];

    private static List<ExecuteAction> PageButtons(AdaptiveCard card) =>
        [.. card.Body.OfType<ActionSet>().SelectMany(set => set.Actions).OfType<ExecuteAction>()];

    private static ExecuteAction PageButton(AdaptiveCard card, string title) => Assert.Single(PageButtons(card), b => b.Title == title);

    /// <summary>The line of a member's name (followed by " · " and the code).</summary>
    private static int LineOf(List<string> lines, string name) =>
        lines.FindIndex(line => line.StartsWith(name + " · ", StringComparison.Ordinal));

    /// <summary>Rows of the table: column sets with a Teams mark column (the header and the tiles have none).</summary>
    private static int MemberRows(AdaptiveCard card) =>
        card.Body.OfType<ColumnSet>().Count(set => set.Columns.Count == 3 && set.Columns[2].Items is [TextBlock { Text: "✓" or "–" }]);
}
