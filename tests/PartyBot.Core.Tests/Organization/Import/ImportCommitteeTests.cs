using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>The committee columns of members.csv ("Cấp ủy", "Diện cấp ủy"): who is a cấp ủy viên, of which committee, at which rank.</summary>
public sealed class ImportCommitteeTests
{
    private const string Header = Csv.MemberHeader + ",Cấp ủy,Diện cấp ủy";

    /// <summary>The sample members with the two columns empty (lines 2–9), then <paramref name="extra"/> from line 10.</summary>
    private static string Members(params string[] extra) =>
        Csv.Text(Header, [.. Csv.SampleMembers.Select(l => l + ",,"), .. extra]);

    [Fact]
    public async Task ImportAsync_CommitteeColumns_StoreSeatWithRankDefaultingToMember()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Members(
            "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,CB2,,duk,Tỉnh ủy viên",
            "DV10,Đỗ Thị Mai,CB2,chính thức,,,,mai.dothi@demo.test,,,,DB1,"));

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal(new CommitteeSeat("DUK", CommitteeRank.Provincial), (await harness.MemberAsync("DV09")).Committee);
        Assert.Equal(new CommitteeSeat("DB1", CommitteeRank.Member), (await harness.MemberAsync("DV10")).Committee);
        Assert.Null((await harness.MemberAsync("DV01")).Committee);
    }

    [Fact]
    public async Task ImportAsync_SameCommitteeTwice_SecondChangesNothing()
    {
        var harness = await ImportHarness.CreateAsync();
        var members = Members("DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,CB2,,DUK,cấp ủy viên");
        await harness.ImportAsync(Csv.Units(Csv.SampleUnits), members);

        var again = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), members);

        Assert.Equal(new ImportCounts(UnitsUnchanged: 5, MembersUnchanged: 9), again.Counts);
    }

    public static TheoryData<string, string, string, string> CommitteeErrors => new()
    {
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,,NOPE,", "Cấp ủy", "không có đơn vị \"NOPE\" trong units.csv.", "unknown committee" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,,CB2,", "Cấp ủy",
            "\"CB2\" là chi bộ; cột này ghi mã đảng ủy cấp trên hoặc đảng bộ cơ sở mà đồng chí là cấp ủy viên.", "a chi bộ as committee" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,,DUK,thường vụ", "Diện cấp ủy",
            "\"thường vụ\" không phải diện cấp ủy hợp lệ (cấp ủy viên, tỉnh ủy viên).", "unknown rank" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,,,tỉnh ủy viên", "Diện cấp ủy",
            "chỉ ghi cho cấp ủy viên: điền cột \"Cấp ủy\" (mã đảng ủy cấp trên hoặc đảng bộ cơ sở) hoặc để trống cột này.", "rank without committee" },
    };

    [Theory]
    [MemberData(nameof(CommitteeErrors))]
    public async Task ImportAsync_BadCommitteeValue_ReportsFileLineColumnAndWritesNothing(string line, string column, string message, string because)
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Members(line));

        var error = Assert.Single(report.Errors);
        Assert.True(error == new ImportProblem(ImportSeverity.Error, "members.csv", 10, column, message), $"{because}: {error.Text}");
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }
}
