using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Organization;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Organization;
using static PartyBot.Cards.Tests.Organization.CardInspection;
using static PartyBot.Cards.Tests.Organization.OrganizationSamples;

namespace PartyBot.Cards.Tests.Organization;

public sealed class UnitTreeCardTests
{
    [Fact]
    public void Build_Sample_IsValidAgainstOfficialSchema()
    {
        AdaptiveCardSchema.AssertValid(UnitTreeCard.Build(Tree));
        AdaptiveCardSchema.AssertValid(UnitTreeCard.Build(new UnitTreeView([], Today)));
    }

    [Fact]
    public void Build_Sample_TotalsFromTopRowsAtTheTop()
    {
        var card = UnitTreeCard.Build(Tree);

        Assert.Contains("Tính đến ngày 10/12/2025", Text(card), StringComparison.Ordinal);
        Assert.Equal(["11", "Đơn vị"], Tile(card, "Đơn vị"));
        Assert.Equal(["6", "Chi bộ"], Tile(card, "Chi bộ"));
        Assert.Equal(["2", "Chưa liên kết Teams"], Tile(card, "Chưa liên kết Teams"));
        Assert.Equal(["86", "Đảng viên"], Tile(card, "Đảng viên"));
        Assert.Equal(["77", "Triệu tập"], Tile(card, "Triệu tập"));
        Assert.Equal(["71", "Chính thức"], Tile(card, "Chính thức"));
    }

    [Fact]
    public void Build_SeveralRoots_TotalsAddTheRoots()
    {
        var view = new UnitTreeView(
        [
            Row("A", UnitKind.GrassrootsCommittee, 0, 30, 28, 25),
            Row("A1", UnitKind.Cell, 1, 30, 28, 25),
            Row("B", UnitKind.Cell, 0, 12, 11, 9),
        ], Today);

        var card = UnitTreeCard.Build(view);

        Assert.Equal(["42", "Đảng viên"], Tile(card, "Đảng viên"));
        Assert.Equal(["39", "Triệu tập"], Tile(card, "Triệu tập"));
        Assert.Equal(["34", "Chính thức"], Tile(card, "Chính thức"));
    }

    [Fact]
    public void Build_Rows_IndentedByDepthInTreeOrder()
    {
        var rows = UnitRows(UnitTreeCard.Build(Tree));

        Assert.Equal(Tree.Rows.Count, rows.Count);
        Assert.Equal(Tree.Rows.Select(r => r.Depth * 20), rows.Select(Indent));
        var positions = Positions(UnitTreeCard.Build(Tree), Tree.Rows.Select(r => $"{r.Unit.Name} · {r.Unit.Id}\n"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Build_ChiBoAndToDang_ShowSummonedAndFullCounts()
    {
        var lines = Lines(UnitTreeCard.Build(Tree)).ToList();

        Assert.Equal(["10", "9"], lines.Skip(lines.IndexOf("Chi bộ Văn phòng Sở · CB-VP-STC") + 1).Take(2));
        Assert.Equal(["Chưa liên kết Teams", "28", "26"], lines.Skip(lines.IndexOf("Chi bộ Bệnh viện Đa khoa tỉnh · CB-BV") + 1).Take(3));
        Assert.Equal(["15", "14"], lines.Skip(lines.IndexOf("Tổ đảng Khoa Nội · TD-NOI") + 1).Take(2));
    }

    [Fact]
    public void Build_Committees_ShowKindAndNoCounts()
    {
        var card = UnitTreeCard.Build(Tree);
        var lines = Lines(card).ToList();

        Assert.Equal("Đảng ủy cấp trên", lines[lines.IndexOf("Đảng ủy các cơ quan Đảng tỉnh · DUK") + 1]);
        Assert.Equal(["Đảng bộ cơ sở", "Chi bộ Văn phòng Sở · CB-VP-STC"], lines.Skip(lines.IndexOf("Đảng bộ Sở Tài chính · DB-STC") + 1).Take(2));
        Assert.True(IsBold(Run(card, "Đảng bộ Sở Tài chính")));
        Assert.False(IsBold(Run(card, "Chi bộ Văn phòng Sở")));
    }

    [Fact]
    public void Build_NameNotSayingItsKind_ShowsKind()
    {
        var card = UnitTreeCard.Build(new UnitTreeView([Row("X", UnitKind.Cell, 0, 5, 5, 4, name: "Phòng Hành chính", conversation: "19:x")], Today));
        var lines = Lines(card).ToList();

        Assert.Equal("Chi bộ", lines[lines.IndexOf("Phòng Hành chính · X") + 1]);
    }

    [Fact]
    public void Build_UnlinkedChiBo_MarkedAndLinkedOnesAndGroupsNot()
    {
        var text = Text(UnitTreeCard.Build(Tree));

        Assert.Contains("Chi bộ Thanh tra Sở · CB-TT\nChưa liên kết Teams", text, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Bệnh viện Đa khoa tỉnh · CB-BV\nChưa liên kết Teams", text, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Văn phòng Sở · CB-VP-STC\n10", text, StringComparison.Ordinal);
        Assert.Contains("Tổ đảng Khoa Nội · TD-NOI\n15", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoRows_SaysSo()
    {
        Assert.Contains("Đồng chí chưa được giao quản trị đơn vị nào.", Text(UnitTreeCard.Build(new UnitTreeView([], Today))), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Sample_EveryUnitShowsItsCodeAndTheCardSaysWhatItIsFor()
    {
        var card = UnitTreeCard.Build(Tree);

        Assert.All(Tree.Rows, row => Assert.True(Run(card, " · " + row.Unit.Id).GetProperty("isSubtle").GetBoolean()));
        Assert.Contains("gõ “thành viên <mã>”", Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(card), line => line.StartsWith("Trang 1/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_2000ChiBo_EveryPageFitsIsValidAndEveryUnitIsOnExactlyOnePage()
    {
        const int units = 2_500;
        var tree = LargeTree(units);
        Assert.InRange(tree.Rows.Count(r => r.Unit.IsCell), 2_000, units);
        var pages = (units + UnitTreeCard.RowsPerPage - 1) / UnitTreeCard.RowsPerPage;
        var seen = new List<string>();

        for (var page = 0; page < pages; page++)
        {
            var card = UnitTreeCard.Build(tree with { Page = page });

            Assert.InRange(2 * CardJson.ToJson(card).Length, 1, CardJson.MaxSizeInBytes);
            AdaptiveCardSchema.AssertValid(card);
            Assert.Equal(["2.500", "Đơn vị"], Tile(card, "Đơn vị"));
            var first = page * UnitTreeCard.RowsPerPage + 1;
            var last = Math.Min(units, first + UnitTreeCard.RowsPerPage - 1);
            Assert.Contains($"Trang {page + 1}/{pages} · đơn vị {Vietnamese(first)}–{Vietnamese(last)} / 2.500", Lines(card));
            Assert.DoesNotContain("đơn vị khác", Text(card), StringComparison.Ordinal);
            seen.AddRange(Codes(card));
        }

        Assert.True(pages > 1);
        Assert.Equal(tree.Rows.Select(r => r.Unit.Id), seen);
    }

    [Fact]
    public void Build_PageStartingInsideADangBo_SaysWhichUnitsItContinues()
    {
        var tree = LargeTree(400);
        var firstOfPage2 = tree.Rows[UnitTreeCard.RowsPerPage];
        Assert.True(firstOfPage2.Depth >= 2);

        var card = UnitTreeCard.Build(tree with { Page = 1 });

        var parent = tree.Rows.Take(UnitTreeCard.RowsPerPage).Last(r => r.Depth == 1).Unit.Name;
        Assert.Contains($"(tiếp) {parent} › Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", Lines(card));
        Assert.DoesNotContain("(tiếp)", Text(UnitTreeCard.Build(tree)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SecondPage_PageButtonsCarryThePage()
    {
        var card = UnitTreeCard.Build(LargeTree(400) with { Page = 1 });

        var buttons = card.Body.OfType<ActionSet>().SelectMany(set => set.Actions).OfType<ExecuteAction>().ToList();
        Assert.Equal(["Trang trước", "Trang sau"], buttons.Select(b => b.Title));
        Assert.All(buttons, b => Assert.Equal(OrganizationVerbs.UnitsPage, b.Verb));
        Assert.Equal(["0", "2"], buttons.Select(b => b.Data!["page"]));
    }

    [Fact]
    public void Build_400UnitsWithVeryLongNames_EveryPageFitsAndEveryUnitIsShown()
    {
        var tree = LargeTree(400);
        var view = tree with { Rows = [.. tree.Rows.Select(r => r with { Unit = r.Unit with { Name = r.Unit.Name + " " + new string('Đ', 150) } })] };
        var seen = new List<string>();

        for (var page = 0; page < 8; page++)
        {
            var card = UnitTreeCard.Build(view with { Page = page });

            Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
            Assert.DoesNotContain("đơn vị khác", Text(card), StringComparison.Ordinal);
            seen.AddRange(Codes(card));
        }

        Assert.Equal(400, seen.Distinct().Count());
    }

    [Fact]
    public void Build_VeryDeepTree_IndentStopsGrowing()
    {
        var rows = Enumerable.Range(0, 12).Select(depth => Row($"U{depth}", UnitKind.GrassrootsCommittee, depth, 1, 1, 1)).ToList();

        var indents = UnitRows(UnitTreeCard.Build(new UnitTreeView(rows, Today))).Select(Indent).ToList();

        Assert.Equal(120, indents.Max());
    }

    private static UnitTreeRow Row(string id, UnitKind kind, int depth, int members, int summoned, int full, string? name = null, string? conversation = null) =>
        new(new Unit(id, kind, name ?? $"{OrganizationTexts.KindName(kind)} {id}", null, ConversationId: conversation),
            depth, new UnitCounts(members, summoned, full, summoned - full, members - summoned, 0, 0));

    /// <summary>The table rows: column sets under a separator line, except the header (set apart by large spacing).</summary>
    private static List<ColumnSet> UnitRows(AdaptiveCard card) =>
        [.. card.Body.OfType<ColumnSet>().Where(set => set.Separator && set.Spacing != Spacing.Large)];

    /// <summary>The unit codes of the rows shown, in order (the subtle run " · code" after each name).</summary>
    private static List<string> Codes(AdaptiveCard card) =>
        [.. Runs(card).Select(r => r.GetProperty("text").GetString()!).Where(t => t.StartsWith(" · ", StringComparison.Ordinal)).Select(t => t[3..])];

    private static string Vietnamese(int number) => number.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    private static int Indent(ColumnSet row) =>
        row.Columns.Count == 4 ? int.Parse(CardJson.ToJsonElement(row).GetProperty("columns")[0].GetProperty("width").GetString()!.TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) : 0;
}
