using System.Text;
using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>What the files may look like: headers and values without diacritics, BOM, quotes, other column orders.</summary>
public sealed class ImportFormatTests
{
    [Fact]
    public async Task ImportAsync_HeadersAndValuesWithoutDiacritics_Accepted()
    {
        var harness = await ImportHarness.CreateAsync();
        var units = Csv.Text("MA DON VI,ten don vi,Loai,Ma cap tren,Ngay hop,Gio hop,Doi ngay nghi,Hop truc tuyen duoc duyet",
        [
            "DUK,Dang uy Khoi,Dang uy cap tren,,,,,",
            "DB1,Dang bo So Xay dung,DANG BO CO SO,DUK,,,,",
            "CB1,Chi bo Van phong,chi bo,DB1,3,7h30,khong,co",
            "TD1,To dang 1,To dang,CB1,,,,",
        ]);
        var members = Csv.Text("Ma dang vien,Ho va ten,Ma don vi,Trang thai,Tu ngay,Ngay vao Dang,Chuc vu,E-mail,AadObjectId,Phu trach,Quan tri",
        [
            "DV01,Nguyen Van An,CB1,Chinh Thuc,,,Bi thu;Chi uy vien,an@demo.test,,DB1,",
            "DV02,Tran Thi Binh,CB1,chinh thuc,,,pho bi thu,binh@demo.test,,,",
            "DV03,Le Van Cuong,TD1,chinh thuc,,,,,,,",
            "DV04,Pham Thi Dung,TD1,du bi,,1/3/2026,,,,,",
            "DV05,Hoang Minh Duc,TD1,mien sinh hoat,01/05/2026,,,,,,",
            "DV06,Vu Thi Hanh,CB1,dinh chi sinh hoat,,,,,,,",
            "DV07,Dang Van Khoa,CB1,chuyen sinh hoat tam thoi,,,,,,,",
        ]);

        var report = await harness.ImportAsync(units, members);

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Empty(report.Warnings);
        var cell = await harness.Store.FindUnitAsync("CB1", CancellationToken.None);
        Assert.Equal((UnitKind.Cell, new MeetingSlot(3, new TimeOnly(7, 30), false), true), (cell?.Kind, cell?.Slot, cell?.OnlineMeetingsApproved));
        Assert.Equal(
            [MemberStatus.Full, MemberStatus.Full, MemberStatus.Full, MemberStatus.Probationary, MemberStatus.Exempt, MemberStatus.Suspended, MemberStatus.TemporarilyTransferred],
            (await harness.Store.AllMembersAsync(CancellationToken.None)).OrderBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Status));
        Assert.Equal([UnitRole.Secretary, UnitRole.CommitteeMember], (await harness.MemberAsync("DV01")).Roles.Order());
        Assert.Equal(new DateOnly(2026, 3, 1), (await harness.MemberAsync("DV04")).AdmittedOn);
    }

    [Fact]
    public async Task ImportAsync_ColumnsInAnotherOrderAndOptionalOnesLeftOut_Accepted()
    {
        var harness = await ImportHarness.CreateAsync();
        var units = Csv.Text("Loại,Mã cấp trên,Mã đơn vị,Tên đơn vị", ["Đảng ủy cấp trên,,DUK,Đảng ủy Khối", "Chi bộ,DUK,CB1,Chi bộ 1"]);
        var members = Csv.Text("Họ và tên,Trạng thái,Mã đơn vị,Mã đảng viên,Chức vụ",
            ["Nguyễn Văn An,chính thức,CB1,DV01,bí thư", "Trần Thị Bình,chính thức,CB1,DV02,", "Lê Văn Cường,chính thức,CB1,DV03,"]);

        var report = await harness.ImportAsync(units, members);

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal(MeetingSlot.Default, (await harness.Store.FindUnitAsync("CB1", CancellationToken.None))?.Slot);
        Assert.Equal(("Nguyễn Văn An", "CB1"), ((await harness.MemberAsync("DV01")).FullName, (await harness.MemberAsync("DV01")).UnitId));
    }

    [Fact]
    public async Task ImportAsync_BomQuotedCommasAndLineBreaks_ReadWithTheRightLineNumbers()
    {
        var harness = await ImportHarness.CreateAsync();
        var units = "\uFEFF" + Csv.Units([.. Csv.SampleUnits[..2], "CB1,\"Chi bộ Văn phòng, Sở Xây dựng\",Chi bộ,DB1,1,08:00,có,không", .. Csv.SampleUnits[3..]]);
        var members = Csv.Members(
        [
            .. Csv.SampleMembers[..3],
            "DV04,\"Phạm Thị Dung\n(Văn phòng)\",CB1,chính thức,,,,dung.phamthi@demo.test,,,DUK",
            .. Csv.SampleMembers[4..],
            "DV09,Ngô Văn Long,CB1,về hưu,,,,,,,",
        ]);

        var report = await harness.ImportAsync(units, members);

        Assert.Equal(("members.csv", 11, "Trạng thái"), (Assert.Single(report.Errors).File, report.Errors[0].Line, report.Errors[0].Column));
    }

    [Fact]
    public async Task ImportAsync_WindowsLineEndings_ReadWithTheRightLineNumbers()
    {
        var harness = await ImportHarness.CreateAsync();
        string Crlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);

        var report = await harness.ImportAsync(Crlf(Csv.Units(Csv.SampleUnits)), Crlf(Csv.Members([.. Csv.SampleMembers, "DV09,Ngô Văn Long,CB1,nghỉ,,,,,,,"])));

        Assert.Equal(("members.csv", 10, "Trạng thái"), (Assert.Single(report.Errors).File, report.Errors[0].Line, report.Errors[0].Column));
    }

    [Fact]
    public async Task ImportAsync_QuotedValues_StoredWithoutQuotes()
    {
        var harness = await ImportHarness.CreateAsync();
        var units = Csv.Units(Csv.Replace(Csv.SampleUnits, "CB1", "CB1,\"Chi bộ \"\"Văn phòng\"\", Sở Xây dựng\",Chi bộ,DB1,1,08:00,có,không"));

        var report = await harness.ImportAsync(units, Csv.Members(Csv.SampleMembers));

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal("Chi bộ \"Văn phòng\", Sở Xây dựng", (await harness.Store.FindUnitAsync("CB1", CancellationToken.None))?.Name);
    }

    [Fact]
    public async Task ImportAsync_UnknownColumn_WarnsAndImports()
    {
        var harness = await ImportHarness.CreateAsync();
        var members = Csv.Text(Csv.MemberHeader + ",Ghi chú", Csv.SampleMembers.Select(l => l + ",chuyển từ tỉnh khác"));

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), members);

        Assert.True(report.Succeeded);
        Assert.Equal(new ImportProblem(ImportSeverity.Warning, "members.csv", 1, null, "cột \"Ghi chú\" không thuộc mẫu nhập nên bị bỏ qua."), Assert.Single(report.Warnings));
        Assert.Equal(8, report.Counts.MembersCreated);
    }

    [Fact]
    public async Task ImportAsync_BlankLinesAndTrailingEmptyColumns_Ignored()
    {
        var harness = await ImportHarness.CreateAsync();
        var members = Csv.Members([Csv.SampleMembers[0], "", ",,,,,,,,,,", .. Csv.SampleMembers[1..].Select(l => l + ",,")]);

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), members);

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal(8, report.Counts.MembersCreated);
    }

    [Fact]
    public async Task ImportAsync_FolderWithBomFiles_Imports()
    {
        var harness = await ImportHarness.CreateAsync();
        using var temp = new TempFolder();
        var folder = temp.Path;
        await File.WriteAllTextAsync(Path.Combine(folder, "units.csv"), Csv.Units(Csv.SampleUnits), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await File.WriteAllTextAsync(Path.Combine(folder, "members.csv"), Csv.Members(Csv.SampleMembers), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var report = await harness.Importer.ImportAsync(folder, CancellationToken.None);

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal((5, 8), await harness.StoredCountsAsync());
    }

    [Fact]
    public async Task ImportAsync_FolderWithoutTheFiles_ReportsEachMissingFile()
    {
        var harness = await ImportHarness.CreateAsync();
        using var temp = new TempFolder();
        var folder = temp.Path;

        var report = await harness.Importer.ImportAsync(folder, CancellationToken.None);

        Assert.Equal(["units.csv", "members.csv"], report.Errors.Select(e => e.File));
        Assert.StartsWith("units.csv: không có tệp này trong thư mục", report.Errors[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_FileNotInUtf8_SaysHowToSaveIt()
    {
        var harness = await ImportHarness.CreateAsync();
        using var temp = new TempFolder();
        var folder = temp.Path;
        await File.WriteAllTextAsync(Path.Combine(folder, "units.csv"), Csv.Units(Csv.SampleUnits));
        await File.WriteAllBytesAsync(Path.Combine(folder, "members.csv"), Encoding.Latin1.GetBytes("Mã đảng viên,Họ và tên\nDV01,Lê Văn Cường\n"));

        var report = await harness.Importer.ImportAsync(folder, CancellationToken.None);

        Assert.Contains(report.Errors, e => e.File == "members.csv" && e.Message.Contains("CSV UTF-8", StringComparison.Ordinal));
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }
}
