using Microsoft.Extensions.Logging.Abstractions;
using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>An importer on tables of its own (Azurite), and the store to look at what it wrote.</summary>
internal sealed class ImportHarness
{
    private ImportHarness(TestTables tables)
    {
        Tables = tables;
        Store = new OrganizationStore(tables.Store);
        Importer = new OrganizationImporter(Store, tables.Time, NullLogger<OrganizationImporter>.Instance);
    }

    public TestTables Tables { get; }
    public OrganizationStore Store { get; }
    public OrganizationImporter Importer { get; }

    public static async Task<ImportHarness> CreateAsync() => new(await TestTables.CreateAsync());

    public Task<ImportReport> ImportAsync(string units, string members) =>
        Importer.ImportAsync(new StringReader(units), new StringReader(members), CancellationToken.None);

    public Task<ImportReport> ImportSampleAsync() => ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members(Csv.SampleMembers));

    public async Task<(int Units, int Members)> StoredCountsAsync() =>
        ((await Store.LoadTreeAsync(CancellationToken.None)).Units.Count, (await Store.AllMembersAsync(CancellationToken.None)).Count);

    public async Task<Member> MemberAsync(string id) =>
        await Store.FindMemberAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"No member {id}");
}

/// <summary>CSV text for the tests: the canonical headers and a small valid organisation (no error, no warning).</summary>
internal static class Csv
{
    public const string UnitHeader = "Mã đơn vị,Tên đơn vị,Loại,Mã cấp trên,Ngày họp,Giờ họp,Dời ngày nghỉ,Họp trực tuyến được duyệt";
    public const string MemberHeader = "Mã đảng viên,Họ và tên,Mã đơn vị,Trạng thái,Từ ngày,Ngày vào Đảng,Chức vụ,Email,Entra Object Id,Phụ trách,Quản trị";
    public const string EntraId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    /// <summary>Lines 2–6 of units.csv (the next one added is line 7).</summary>
    public static readonly string[] SampleUnits =
    [
        "DUK,Đảng ủy Khối các cơ quan tỉnh,Đảng ủy cấp trên,,,,,",
        "DB1,Đảng bộ Sở Xây dựng,Đảng bộ cơ sở,DUK,,,,",
        "CB1,Chi bộ Văn phòng Sở,Chi bộ,DB1,1,08:00,có,không",
        "CB2,Chi bộ Trường THPT,Chi bộ,DUK,3,16:30,có,có",
        "TD1,Tổ đảng Khoa học tự nhiên,Tổ đảng,CB2,,,,",
    ];

    /// <summary>Lines 2–9 of members.csv (the next one added is line 10).</summary>
    public static readonly string[] SampleMembers =
    [
        $"DV01,Nguyễn Văn An,CB1,chính thức,,01/02/2010,bí thư,an.nguyenvan@demo.test,{EntraId},DB1;CB2,",
        "DV02,Trần Thị Bình,CB1,chính thức,,,,binh.tranthi@demo.test,,,",
        "DV03,Lê Văn Cường,CB1,dự bị,,15/03/2026,,cuong.levan@demo.test,,,",
        "DV04,Phạm Thị Dung,CB1,chính thức,,,,dung.phamthi@demo.test,,,DUK",
        "DV05,Hoàng Minh Đức,CB2,chính thức,,,bí thư; chi ủy viên,duc.hoangminh@demo.test,,,",
        "DV06,Vũ Thị Hạnh,CB2,chính thức,,,,hanh.vuthi@demo.test,,,",
        "DV07,Đặng Văn Khoa,TD1,chính thức,,,,khoa.dangvan@demo.test,,,",
        "DV08,Bùi Thị Lan,TD1,miễn sinh hoạt,01/01/2027,,,lan.buithi@demo.test,,,",
    ];

    public static string Units(params IEnumerable<string> lines) => Text(UnitHeader, lines);

    public static string Members(params IEnumerable<string> lines) => Text(MemberHeader, lines);

    public static string Text(string header, IEnumerable<string> lines) => string.Join('\n', lines.Prepend(header)) + "\n";

    /// <summary>The sample with one line replaced (by its member or unit id, the text before the first comma).</summary>
    public static string[] Replace(string[] lines, string id, string line) =>
        [.. lines.Select(l => l.StartsWith(id + ",", StringComparison.Ordinal) ? line : l)];

    public static string[] Without(string[] lines, string id) => [.. lines.Where(l => !l.StartsWith(id + ",", StringComparison.Ordinal))];
}

/// <summary>A folder of its own under the system temp folder, deleted with everything in it at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("partybot-import-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
