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
        var positions = Positions(UnitTreeCard.Build(Tree), Tree.Rows.Select(r => r.Unit.Name + "\n"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Build_ChiBoAndToDang_ShowSummonedAndFullCounts()
    {
        var lines = Lines(UnitTreeCard.Build(Tree)).ToList();

        Assert.Equal(["10", "9"], lines.Skip(lines.IndexOf("Chi bộ Văn phòng Sở") + 1).Take(2));
        Assert.Equal(["Chưa liên kết Teams", "28", "26"], lines.Skip(lines.IndexOf("Chi bộ Bệnh viện Đa khoa tỉnh") + 1).Take(3));
        Assert.Equal(["15", "14"], lines.Skip(lines.IndexOf("Tổ đảng Khoa Nội") + 1).Take(2));
    }

    [Fact]
    public void Build_Committees_ShowKindAndNoCounts()
    {
        var card = UnitTreeCard.Build(Tree);
        var lines = Lines(card).ToList();

        Assert.Equal("Đảng ủy cấp trên", lines[lines.IndexOf("Đảng ủy các cơ quan Đảng tỉnh") + 1]);
        Assert.Equal(["Đảng bộ cơ sở", "Chi bộ Văn phòng Sở"], lines.Skip(lines.IndexOf("Đảng bộ Sở Tài chính") + 1).Take(2));
        Assert.True(IsBold(Run(card, "Đảng bộ Sở Tài chính")));
        Assert.False(IsBold(Run(card, "Chi bộ Văn phòng Sở")));
    }

    [Fact]
    public void Build_NameNotSayingItsKind_ShowsKind()
    {
        var card = UnitTreeCard.Build(new UnitTreeView([Row("X", UnitKind.Cell, 0, 5, 5, 4, name: "Phòng Hành chính", conversation: "19:x")], Today));
        var lines = Lines(card).ToList();

        Assert.Equal("Chi bộ", lines[lines.IndexOf("Phòng Hành chính") + 1]);
    }

    [Fact]
    public void Build_UnlinkedChiBo_MarkedAndLinkedOnesAndGroupsNot()
    {
        var text = Text(UnitTreeCard.Build(Tree));

        Assert.Contains("Chi bộ Thanh tra Sở\nChưa liên kết Teams", text, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Bệnh viện Đa khoa tỉnh\nChưa liên kết Teams", text, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Văn phòng Sở\n10", text, StringComparison.Ordinal);
        Assert.Contains("Tổ đảng Khoa Nội\n15", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoRows_SaysSo()
    {
        Assert.Contains("Đồng chí chưa được giao quản trị đơn vị nào.", Text(UnitTreeCard.Build(new UnitTreeView([], Today))), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_400Units_ShowsFirstMaxRowsAndCountsTheRest()
    {
        var card = UnitTreeCard.Build(LargeTree(400));

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        Assert.Equal(UnitTreeCard.MaxRows, UnitRows(card).Count);
        Assert.Contains("… và 330 đơn vị khác.", Text(card), StringComparison.Ordinal);
        Assert.Equal(["400", "Đơn vị"], Tile(card, "Đơn vị"));
        Assert.Equal(["4.000", "Đảng viên"], Tile(card, "Đảng viên"));
        AdaptiveCardSchema.AssertValid(card);
    }

    [Fact]
    public void Build_400UnitsWithVeryLongNames_StaysUnderTeamsLimit()
    {
        var tree = LargeTree(400);
        var view = tree with { Rows = [.. tree.Rows.Select(r => r with { Unit = r.Unit with { Name = r.Unit.Name + " " + new string('Đ', 150) } })] };

        var card = UnitTreeCard.Build(view);

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        var shown = UnitRows(card).Count;
        Assert.InRange(shown, 1, UnitTreeCard.MaxRows - 1);
        Assert.Contains($"… và {400 - shown} đơn vị khác.", Text(card), StringComparison.Ordinal);
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

    private static int Indent(ColumnSet row) =>
        row.Columns.Count == 4 ? int.Parse(CardJson.ToJsonElement(row).GetProperty("columns")[0].GetProperty("width").GetString()!.TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>An upper committee, 20 đảng bộ cơ sở, chi bộ under them and a few tổ đảng: <paramref name="count"/> rows.</summary>
    private static UnitTreeView LargeTree(int count)
    {
        var rows = new List<UnitTreeRow> { Row("DU", UnitKind.UpperCommittee, 0, 4000, 3700, 3400, name: "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh") };
        var index = 0;
        while (rows.Count < count)
        {
            index++;
            if (index % 20 == 1)
            {
                rows.Add(Row($"DB{index}", UnitKind.GrassrootsCommittee, 1, 200, 185, 170, name: $"Đảng bộ Sở Nông nghiệp số {index}"));
            }
            else if (index % 7 == 0)
            {
                rows.Add(Row($"TD{index}", UnitKind.Group, 3, 18, 17, 15, name: $"Tổ đảng Khoa Nội số {index}"));
            }
            else
            {
                rows.Add(Row($"CB{index}", UnitKind.Cell, 2, 24, 22, 20, name: $"Chi bộ Phòng Kế hoạch số {index}", conversation: index % 3 == 0 ? null : $"19:{index}"));
            }
        }
        return new UnitTreeView(rows, Today);
    }
}
