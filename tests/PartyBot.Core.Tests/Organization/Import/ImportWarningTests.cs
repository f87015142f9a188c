using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>Warnings about a chi bộ: reported with the line to look at, and the import goes on.</summary>
public sealed class ImportWarningTests
{
    private static readonly string[] Units = ["DUK,Đảng ủy Khối,Đảng ủy cấp trên,,,,,", "CB1,Chi bộ 1,Chi bộ,DUK,,,,", "TD1,Tổ đảng 1,Tổ đảng,CB1,,,,"];

    [Fact]
    public async Task ImportAsync_CellWithTwoFullMembers_WarnsAndStillImports()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Units), Csv.Members(Member(1, "bí thư"), Member(2), Member(3, status: "dự bị,,01/02/2026")));

        Assert.True(report.Succeeded);
        Assert.Equal(
            new ImportProblem(ImportSeverity.Warning, "units.csv", 3, null, "chi bộ CB1 chỉ có 2 đảng viên chính thức đang sinh hoạt (cần ít nhất 3)."),
            Assert.Single(report.Warnings));
        Assert.Equal(3, report.Counts.MembersCreated);
    }

    [Fact]
    public async Task ImportAsync_ExemptFromAFutureDate_StillCountsAsFull()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Units),
            Csv.Members(Member(1, "bí thư"), Member(2), Member(3, status: "miễn sinh hoạt,01/01/2027,"), Member(4, status: "miễn sinh hoạt,01/01/2026,")));

        Assert.Empty(report.Warnings);
    }

    [Fact]
    public async Task ImportAsync_GroupMembers_CountForTheirCell()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Units), Csv.Members(Member(1, "bí thư"), Member(2, unit: "TD1"), Member(3, unit: "TD1")));

        Assert.Empty(report.Warnings);
    }

    [Fact]
    public async Task ImportAsync_CellWithoutSecretary_Warns()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Units), Csv.Members(Member(1, "phó bí thư"), Member(2), Member(3)));

        Assert.Equal("units.csv, dòng 3: chi bộ CB1 chưa có bí thư.", Assert.Single(report.Warnings).Text);
    }

    [Fact]
    public async Task ImportAsync_TwoSecretaries_WarnsAtTheSecond()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Units), Csv.Members(Member(1, "bí thư"), Member(2), Member(3, "bí thư")));

        Assert.Equal("members.csv, dòng 4, cột \"Chức vụ\": chi bộ CB1 đã có bí thư ở dòng 2.", Assert.Single(report.Warnings).Text);
    }

    [Fact]
    public async Task ImportAsync_NineFullMembersWithoutCommitteeMember_Warns()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Units),
            Csv.Members([Member(1, "bí thư"), Member(2, "phó bí thư"), .. Enumerable.Range(3, 7).Select(i => Member(i))]));

        Assert.Equal("units.csv, dòng 3: chi bộ CB1 có 9 đảng viên chính thức (từ 9 trở lên) nhưng chưa có chi ủy viên.", Assert.Single(report.Warnings).Text);
    }

    [Fact]
    public async Task ImportAsync_NineFullMembersWithCommitteeMember_NoWarning()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Units),
            Csv.Members([Member(1, "bí thư"), Member(2, "chi ủy viên"), .. Enumerable.Range(3, 7).Select(i => Member(i))]));

        Assert.Empty(report.Warnings);
    }

    private static string Member(int n, string roles = "", string unit = "CB1", string status = "chính thức,,") =>
        $"DV{n:00},Đảng viên {n},{unit},{status},{roles},dv{n}@demo.test,,,";
}
