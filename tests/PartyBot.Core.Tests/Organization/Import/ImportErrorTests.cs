using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>Every kind of error, each reported with its file, line and column, and nothing written.</summary>
public sealed class ImportErrorTests
{
    private const string Units = "units.csv";
    private const string Members = "members.csv";

    public static TheoryData<string, string, string, string> UnitLineErrors => new()
    {
        { "X1,,Chi bộ,DUK,,,,", "Tên đơn vị", "chưa điền (bắt buộc).", "empty name" },
        { ",Chi bộ X,Chi bộ,DUK,,,,", "Mã đơn vị", "chưa điền (bắt buộc).", "empty id" },
        { "X 1,Chi bộ X,Chi bộ,DUK,,,,", "Mã đơn vị", "\"X 1\": mã không được chứa khoảng trắng, dấu phẩy hoặc dấu chấm phẩy.", "bad id" },
        { "X1,Chi bộ X,Chi bo x,DUK,,,,", "Loại", "\"Chi bo x\" không phải loại đơn vị hợp lệ (đảng ủy cấp trên, đảng bộ cơ sở, chi bộ, tổ đảng).", "unknown kind" },
        { "X1,Chi bộ X,Chi bộ,NOPE,,,,", "Mã cấp trên", "không có đơn vị \"NOPE\" trong units.csv.", "unknown parent" },
        { "cb1,Chi bộ khác,Chi bộ,DUK,,,,", "Mã đơn vị", "mã đơn vị \"cb1\" đã có ở dòng 4.", "duplicate id, other case" },
        { "X1,Chi bộ X,Chi bộ,TD1,,,,", "Mã cấp trên",
            "chi bộ không thể trực thuộc tổ đảng \"TD1\": chi bộ chỉ trực thuộc đảng ủy cấp trên hoặc đảng bộ cơ sở.", "cell under group" },
        { "X1,Tổ đảng X,Tổ đảng,DB1,,,,", "Mã cấp trên",
            "tổ đảng không thể trực thuộc đảng bộ cơ sở \"DB1\": tổ đảng chỉ trực thuộc chi bộ.", "group under grassroots" },
        { "X1,Đảng bộ X,Đảng bộ cơ sở,CB1,,,,", "Mã cấp trên",
            "đảng bộ cơ sở không thể trực thuộc chi bộ \"CB1\": đảng bộ cơ sở chỉ trực thuộc đảng ủy cấp trên hoặc đảng bộ cơ sở.", "grassroots under cell" },
        { "X1,Tổ đảng X,Tổ đảng,,,,,", "Mã cấp trên", "tổ đảng phải trực thuộc một chi bộ; điền mã chi bộ.", "group as a root" },
        { "X1,Chi bộ X,Chi bộ,DUK,32,,,", "Ngày họp", "\"32\" không phải ngày trong tháng (từ 1 đến 31).", "day 32" },
        { "X1,Chi bộ X,Chi bộ,DUK,0,,,", "Ngày họp", "\"0\" không phải ngày trong tháng (từ 1 đến 31).", "day 0" },
        { "X1,Chi bộ X,Chi bộ,DUK,1,25:00,,", "Giờ họp", "\"25:00\" không phải giờ hợp lệ (HH:mm, ví dụ 08:00 hoặc 19:30).", "bad time" },
        { "X1,Chi bộ X,Chi bộ,DUK,1,08:00,có lẽ,", "Dời ngày nghỉ", "\"có lẽ\" không phải giá trị có/không hợp lệ (có, không).", "bad yes/no" },
        { "X1,Chi bộ X,Chi bộ,DUK,1,08:00,có,được", "Họp trực tuyến được duyệt", "\"được\" không phải giá trị có/không hợp lệ (có, không).", "bad online flag" },
        { "X1,Đảng bộ X,Đảng bộ cơ sở,DUK,3,,,", "Ngày họp", "\"3\": chỉ chi bộ mới có lịch họp; với đảng bộ cơ sở để trống cột này.", "slot outside a cell" },
    };

    [Theory]
    [MemberData(nameof(UnitLineErrors))]
    public async Task ImportAsync_BadUnitLine_ReportsFileLineColumnAndWritesNothing(string line, string column, string message, string because)
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units([.. Csv.SampleUnits, line]), Csv.Members(Csv.SampleMembers));

        var error = Assert.Single(report.Errors);
        Assert.True(error == new ImportProblem(ImportSeverity.Error, Units, 7, column, message), $"{because}: {error.Text}");
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    public static TheoryData<string, string, string, string> MemberLineErrors => new()
    {
        { "DV09,,CB1,chính thức,,,,long.ngovan@demo.test,,,", "Họ và tên", "chưa điền (bắt buộc).", "empty name" },
        { "DV09,Ngô Văn Long,CB1,,,,,long.ngovan@demo.test,,,", "Trạng thái", "chưa điền (bắt buộc).", "empty status" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,thư ký,long.ngovan@demo.test,,,", "Chức vụ",
            "\"thư ký\" không phải chức vụ hợp lệ (bí thư, phó bí thư, chi ủy viên).", "unknown role" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,31/02/2026,,long.ngovan@demo.test,,,", "Ngày vào Đảng",
            "\"31/02/2026\" không phải ngày hợp lệ (dd/MM/yyyy, ví dụ 01/07/2026).", "no such day" },
        { "DV09,Ngô Văn Long,CB1,đình chỉ,2026-08-12,,,long.ngovan@demo.test,,,", "Từ ngày",
            "\"2026-08-12\" không phải ngày hợp lệ (dd/MM/yyyy, ví dụ 01/07/2026).", "date in another format" },
        { "DV09,Ngô Văn Long,CB1,miễn sinh hoạt,,,,long.ngovan@demo.test,,,", "Từ ngày",
            "chưa điền: đảng viên miễn sinh hoạt cần ngày bắt đầu miễn.", "exempt without a date" },
        { "DV09,Ngô Văn Long,CB1,dự bị,,,,long.ngovan@demo.test,,,", "Ngày vào Đảng",
            "chưa điền: đảng viên dự bị cần ngày vào Đảng (ngày bắt đầu 12 tháng dự bị).", "probationary without admission" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@,,,", "Email", "\"long.ngovan@\" không phải địa chỉ e-mail hợp lệ.", "bad e-mail" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,Long <long@demo.test>,,,", "Email", "\"Long <long@demo.test>\" không phải địa chỉ e-mail hợp lệ.", "display name" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,not-a-guid,,", "Entra Object Id",
            "\"not-a-guid\" không phải Entra Object Id hợp lệ (một GUID, ví dụ 3f2504e0-4f89-41d3-9a0c-0305e82c3301).", "bad GUID" },
        { "dv01,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,", "Mã đảng viên", "mã đảng viên \"dv01\" đã có ở dòng 2.", "duplicate id" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,AN.NguyenVan@demo.test,,,", "Email",
            "e-mail \"AN.NguyenVan@demo.test\" đã dùng cho đảng viên ở dòng 2.", "duplicate e-mail" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,3F2504E0-4F89-41D3-9A0C-0305E82C3301,,", "Entra Object Id",
            "Entra Object Id \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\" đã dùng cho đảng viên ở dòng 2.", "duplicate Entra id" },
        { "DV09,Ngô Văn Long,NOPE,chính thức,,,,long.ngovan@demo.test,,,", "Mã đơn vị", "không có đơn vị \"NOPE\" trong units.csv.", "unknown unit" },
        { "DV09,Ngô Văn Long,DB1,chính thức,,,,long.ngovan@demo.test,,,", "Mã đơn vị",
            "\"DB1\" là đảng bộ cơ sở; đảng viên sinh hoạt ở một chi bộ hoặc một tổ đảng.", "member of a grassroots committee" },
        { "DV09,Ngô Văn Long,TD1,chính thức,,,phó bí thư,long.ngovan@demo.test,,,", "Chức vụ",
            "\"TD1\" là tổ đảng: bí thư, phó bí thư, chi ủy viên ghi Mã đơn vị là chi bộ của mình.", "role in a group" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,CB2;NOPE,", "Phụ trách", "không có đơn vị \"NOPE\" trong units.csv.", "unknown followed unit" },
        { "DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,NOPE", "Quản trị", "không có đơn vị \"NOPE\" trong units.csv.", "unknown administered unit" },
    };

    [Theory]
    [MemberData(nameof(MemberLineErrors))]
    public async Task ImportAsync_BadMemberLine_ReportsFileLineColumnAndWritesNothing(string line, string column, string message, string because)
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members([.. Csv.SampleMembers, line]));

        var error = Assert.Single(report.Errors);
        Assert.True(error == new ImportProblem(ImportSeverity.Error, Members, 10, column, message), $"{because}: {error.Text}");
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    [Fact]
    public async Task ImportAsync_UnknownStatus_SaysWhichValuesAreValid()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(
            Csv.Units(Csv.SampleUnits), Csv.Members([.. Csv.SampleMembers, .. Enumerable.Repeat("", 4), "DV09,Ngô Văn Long,CB1,chinh thuc x,,,,,,,"]));

        Assert.Equal(
            "members.csv, dòng 14, cột \"Trạng thái\": \"chinh thuc x\" không phải trạng thái hợp lệ " +
            "(chính thức, dự bị, miễn sinh hoạt, đình chỉ, chuyển sinh hoạt tạm thời).",
            Assert.Single(report.Errors).Text);
    }

    [Fact]
    public async Task ImportAsync_CycleInTree_ReportedOnceAtItsFirstLine()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(
            Csv.Units([.. Csv.SampleUnits, "A,Đảng bộ A,Đảng bộ cơ sở,B,,,,", "B,Đảng bộ B,Đảng bộ cơ sở,C,,,,", "C,Đảng bộ C,Đảng bộ cơ sở,A,,,,", "S,Đảng bộ S,Đảng bộ cơ sở,S,,,,"]),
            Csv.Members(Csv.SampleMembers));

        Assert.Equal(
            [
                new ImportProblem(ImportSeverity.Error, Units, 7, "Mã cấp trên", "cấp trên tạo thành vòng lặp: A → B → C → A."),
                new ImportProblem(ImportSeverity.Error, Units, 10, "Mã cấp trên", "cấp trên tạo thành vòng lặp: S → S."),
            ],
            report.Errors);
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    [Fact]
    public async Task ImportAsync_MissingRequiredColumn_ReportedOnceOnTheHeader()
    {
        var harness = await ImportHarness.CreateAsync();
        var members = Csv.Text("Mã đảng viên,Họ và tên,Mã đơn vị", ["DV01,Nguyễn Văn An,CB1", "DV02,Trần Thị Bình,CB1"]);

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), members);

        Assert.Equal(new ImportProblem(ImportSeverity.Error, Members, 1, null, "thiếu cột \"Trạng thái\"."), Assert.Single(report.Errors));
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    [Fact]
    public async Task ImportAsync_MissingUnitKindColumn_ReportedOnceOnTheHeader()
    {
        var harness = await ImportHarness.CreateAsync();
        var units = Csv.Text("Mã đơn vị,Tên đơn vị,Mã cấp trên", ["DUK,Đảng ủy Khối,", "CB1,Chi bộ 1,DUK"]);

        var report = await harness.ImportAsync(units, Csv.Members(Csv.SampleMembers[..4]));

        Assert.Equal(new ImportProblem(ImportSeverity.Error, Units, 1, null, "thiếu cột \"Loại\"."), Assert.Single(report.Errors));
    }

    [Fact]
    public async Task ImportAsync_SameColumnTwice_Reported()
    {
        var harness = await ImportHarness.CreateAsync();
        var units = Csv.Text(Csv.UnitHeader + ",Ten don vi", Csv.SampleUnits.Select(l => l + ",x"));

        var report = await harness.ImportAsync(units, Csv.Members(Csv.SampleMembers));

        Assert.Equal(new ImportProblem(ImportSeverity.Error, Units, 1, "Tên đơn vị", "cột \"Ten don vi\" có hai lần."), Assert.Single(report.Errors));
    }

    [Fact]
    public async Task ImportAsync_MoreFieldsThanHeaders_ReportedAtTheLine()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(
            Csv.Units(Csv.SampleUnits), Csv.Members([.. Csv.SampleMembers, "DV09,Ngô, Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,DUK"]));

        var error = Assert.Single(report.Errors, e => e.Column is null);
        Assert.Equal((Members, 10), (error.File, error.Line));
        Assert.StartsWith("dòng có 12 ô, nhiều hơn 11 cột", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_UnclosedQuote_ReportedAtTheLineWhereItOpens()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(
            Csv.Units(Csv.SampleUnits), Csv.Members([.. Csv.SampleMembers, "DV09,\"Ngô Văn Long,CB1,chính thức,,,,,,,", "DV10,Lý Thị Mai,CB1,chính thức,,,,,,,"]));

        Assert.Contains(new ImportProblem(ImportSeverity.Error, Members, 10, null, "dấu ngoặc kép mở không được đóng (đến hết tệp)."), report.Errors);
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    [Fact]
    public async Task ImportAsync_EmptyFile_Reported()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync("", Csv.Members(Csv.SampleMembers));

        Assert.Contains(new ImportProblem(ImportSeverity.Error, Units, 0, null, "tệp trống: thiếu dòng tiêu đề."), report.Errors);
        Assert.StartsWith("units.csv: tệp trống", report.Errors[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_ManyErrors_ReportsEveryOneInFileAndLineOrder()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(
            Csv.Units([.. Csv.SampleUnits, "X1,Chi bộ X,Chi bộ,NOPE,40,,,"]),
            Csv.Members([.. Csv.SampleMembers, "DV09,Ngô Văn Long,CB1,hưu,,,,,,,", "DV10,,CB9,dự bị,,,,bad,,,"]));

        (string, int, string)[] expected =
        [
            (Units, 7, "Mã cấp trên"), (Units, 7, "Ngày họp"), (Members, 10, "Trạng thái"),
            (Members, 11, "Email"), (Members, 11, "Họ và tên"), (Members, 11, "Mã đơn vị"), (Members, 11, "Ngày vào Đảng"),
        ];
        Assert.Equal(expected.Order(), report.Errors.Select(e => (e.File, e.Line, e.Column!)).Order());
        Assert.Equal(report.Errors.OrderBy(e => e.File == Units ? 0 : 1).ThenBy(e => e.Line), report.Errors);
        Assert.False(report.Succeeded);
        Assert.StartsWith("Không ghi gì vào dữ liệu: 7 lỗi", report.Summary, StringComparison.Ordinal);
    }
}
