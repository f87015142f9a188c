using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PartyBot.Bot.Cli;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Cli;

/// <summary>The host's verbs end to end: arguments, the bot's configuration, Azurite, exit codes and what is stored.</summary>
public sealed class CliVerbsTests : IDisposable
{
    private const string UnitsCsv = """
        Mã đơn vị,Tên đơn vị,Loại,Mã cấp trên,Ngày họp,Giờ họp,Dời ngày nghỉ,Họp trực tuyến được duyệt
        DUK,Đảng ủy Khối,Đảng ủy cấp trên,,,,,
        CB1,Chi bộ Văn phòng,Chi bộ,DUK,1,08:00,có,không
        """;

    private const string MembersCsv = """
        Mã đảng viên,Họ và tên,Mã đơn vị,Trạng thái,Từ ngày,Ngày vào Đảng,Chức vụ,Email,Entra Object Id,Phụ trách,Quản trị
        DV01,Nguyễn Văn An,CB1,chính thức,,,bí thư,an.nguyenvan@demo.test,,,
        DV02,Trần Thị Bình,CB1,chính thức,,,,binh.tranthi@demo.test,,,
        DV03,Lê Văn Cường,CB1,chính thức,,,,cuong.levan@demo.test,,,DUK
        """;

    private readonly string prefix = "c" + Guid.NewGuid().ToString("N")[..12];
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly List<string> folders = [];

    [Fact]
    public async Task Import_ValidFolder_ExitsZeroPrintsSummaryAndStores()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv);

        var exit = await RunAsync("import", folder);

        Assert.Equal(CliVerbs.Success, exit);
        Assert.Contains("Đơn vị: 2 mới", output.ToString(), StringComparison.Ordinal);
        var store = await StoreAsync();
        Assert.Equal(2, (await store.LoadTreeAsync(CancellationToken.None)).Units.Count);
        Assert.Equal("Nguyễn Văn An", (await store.FindByEmailAsync("an.nguyenvan@demo.test", CancellationToken.None))?.FullName);
    }

    [Fact]
    public async Task Import_SameFolderTwice_SecondWritesNothing()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv);
        await RunAsync("import", folder);

        var exit = await RunAsync("import", folder);

        Assert.Equal(CliVerbs.Success, exit);
        Assert.Contains("Đảng viên: 0 mới, 0 cập nhật, 3 không đổi", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileWithErrors_ExitsOnePrintsEachErrorAndWritesNothing()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv.Replace("CB1,chính thức,,,,binh", "CB9,chinh thuc x,,,,binh", StringComparison.Ordinal));

        var exit = await RunAsync("import", folder);

        Assert.Equal(CliVerbs.ValidationErrors, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("Lỗi: members.csv, dòng 3, cột \"Mã đơn vị\": không có đơn vị \"CB9\" trong units.csv.", lines);
        Assert.Contains(lines, l => l.StartsWith("Lỗi: members.csv, dòng 3, cột \"Trạng thái\": \"chinh thuc x\"", StringComparison.Ordinal));
        Assert.StartsWith("Không ghi gì vào dữ liệu: 2 lỗi", lines[^1], StringComparison.Ordinal);
        Assert.Empty((await (await StoreAsync()).LoadTreeAsync(CancellationToken.None)).Units);
    }

    [Fact]
    public async Task Import_WithWarnings_ExitsZeroAndPrintsThem()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv.Replace(",bí thư,", ",,", StringComparison.Ordinal));

        var exit = await RunAsync("import", folder);

        Assert.Equal(CliVerbs.Success, exit);
        Assert.Contains("Cảnh báo: units.csv, dòng 3: chi bộ CB1 chưa có bí thư.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_FromTheRepository_ImportsTheDemoOrganisation()
    {
        var exit = await RunAsync("seed-demo");

        Assert.Equal(CliVerbs.Success, exit);
        Assert.Contains(Path.Combine("infra", "local", "demo"), output.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 cảnh báo", output.ToString(), StringComparison.Ordinal);
        var store = await StoreAsync();
        Assert.Equal(150, (await store.AllMembersAsync(CancellationToken.None)).Count);
        Assert.Equal("CB-VP01", (await store.FindByAadObjectIdAsync("00000000-0000-0000-0000-000000000020", CancellationToken.None))?.UnitId);
    }

    [Fact]
    public async Task SeedDemo_WithDemoFolderOption_ImportsThatFolder()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv);

        var exit = await RunAsync("seed-demo", "--demo-folder", folder);

        Assert.Equal(CliVerbs.Success, exit);
        Assert.Equal(3, (await (await StoreAsync()).AllMembersAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Import_ConfigurationOnTheCommandLine_UsedLikeTheBotDoes()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv);
        var tables = await SharedAzurite.GetConnectionStringAsync();

        var exit = await CliVerbs.RunAsync(
            ["import", $"--ConnectionStrings:Tables={tables}", folder, "--Storage:TablePrefix", prefix], output, error, settings: null, CancellationToken.None);

        Assert.Equal(CliVerbs.Success, exit);
        Assert.Equal(2, (await (await StoreAsync()).LoadTreeAsync(CancellationToken.None)).Units.Count);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "/no/such/folder/partybot")]
    [InlineData("import", "a", "b")]
    [InlineData("seed-demo", "extra")]
    [InlineData("seed-demo", "--demo-folder")]
    public async Task Verb_BadArguments_ExitsTwoWithUsage(params string[] args)
    {
        var exit = await RunAsync(args);

        Assert.Equal(CliVerbs.UsageError, exit);
        Assert.Contains("Cách dùng:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoStorageConfigured_ExitsTwoWithTheReason()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv);

        var exit = await CliVerbs.RunAsync(["import", folder], output, error,
            new Dictionary<string, string?> { ["ConnectionStrings:Tables"] = "" }, CancellationToken.None);

        Assert.Equal(CliVerbs.UsageError, exit);
        Assert.Contains("ConnectionStrings:Tables", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StorageUnreachable_ExitsThreeWithTheReason()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv);
        var closed = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteServer.AccountKey +
            ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

        var exit = await CliVerbs.RunAsync(["import", folder], output, error,
            new Dictionary<string, string?> { ["ConnectionStrings:Tables"] = closed, ["Storage:TablePrefix"] = prefix }, CancellationToken.None);

        Assert.Equal(CliVerbs.Failure, exit);
        Assert.StartsWith("Không nhập xong vì lỗi khi chạy", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadTablePrefix_ExitsTwoWithTheReason()
    {
        var folder = await FolderAsync(UnitsCsv, MembersCsv);

        var exit = await CliVerbs.RunAsync(["import", folder], output, error, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = "1-not-a-table-prefix",
        }, CancellationToken.None);

        Assert.Equal(CliVerbs.UsageError, exit);
        Assert.Contains("Storage:TablePrefix", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Help_ExitsZeroWithUsage()
    {
        Assert.Equal(CliVerbs.Success, await RunAsync("import", "--help"));
        Assert.Contains("seed-demo", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:3978")]
    [InlineData("--environment=Development")]
    [InlineData("Import")]
    public void IsVerb_WebHostArguments_False(params string[] args)
    {
        Assert.False(CliVerbs.IsVerb(args));
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        folders.ForEach(folder => Directory.Delete(folder, recursive: true));
    }

    private async Task<int> RunAsync(params string[] args) =>
        await CliVerbs.RunAsync(args, output, error, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = prefix,
        }, CancellationToken.None);

    private async Task<OrganizationStore> StoreAsync()
    {
        var service = new TableServiceClient(await SharedAzurite.GetConnectionStringAsync());
        return new OrganizationStore(new TableStore(service, Options.Create(new StorageOptions { TablePrefix = prefix })));
    }

    private async Task<string> FolderAsync(string units, string members)
    {
        var folder = Directory.CreateTempSubdirectory("partybot-cli-").FullName;
        folders.Add(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "units.csv"), units);
        await File.WriteAllTextAsync(Path.Combine(folder, "members.csv"), members);
        return folder;
    }
}
