using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>The "Thường vụ" column of members.csv: a cấp ủy viên also on the standing committee (ban thường vụ), told of reports 10 working days late.</summary>
public sealed class ImportStandingCommitteeTests
{
    private const string Header = Csv.MemberHeader + ",Cấp ủy,Diện cấp ủy,Thường vụ";

    private static string Members(params string[] extra) =>
        Csv.Text(Header, [.. Csv.SampleMembers.Select(l => l + ",,,"), .. extra]);

    [Fact]
    public async Task ImportAsync_ThuongVu_StoredOnTheSeat_EmptyOrKhongIsNot()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Members(
            "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,CB2,,DUK,,có",
            "DV10,Đỗ Thị Mai,CB2,chính thức,,,,mai.dothi@demo.test,,,,DUK,,không",
            "DV11,Lý Văn Tú,CB2,chính thức,,,,tu.lyvan@demo.test,,,,DB1,,x"));

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal(new CommitteeSeat("DUK", CommitteeRank.Member, Standing: true), (await harness.MemberAsync("DV09")).Committee);
        Assert.Equal(new CommitteeSeat("DUK"), (await harness.MemberAsync("DV10")).Committee);
        Assert.True((await harness.MemberAsync("DV11")).Committee!.Standing);
    }

    [Theory]
    [InlineData("DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,,,,có",
        "chỉ ghi cho cấp ủy viên: ủy viên ban thường vụ phải có cột \"Cấp ủy\" (mã đảng ủy cấp trên hoặc đảng bộ cơ sở); điền cột đó hoặc để trống cột này.")]
    [InlineData("DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,,DUK,,thường trực",
        "\"thường trực\" không phải giá trị có/không hợp lệ (có, không).")]
    public async Task ImportAsync_BadThuongVu_ReportsFileLineColumnAndWritesNothing(string line, string message)
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Members(line));

        var error = Assert.Single(report.Errors);
        Assert.Equal(new ImportProblem(ImportSeverity.Error, "members.csv", 10, "Thường vụ", message), error);
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }
}
