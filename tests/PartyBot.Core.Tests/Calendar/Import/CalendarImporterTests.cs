using Microsoft.Extensions.Options;
using PartyBot.Core.Calendar;
using PartyBot.Core.Calendar.Import;

namespace PartyBot.Core.Tests.Calendar.Import;

public sealed class CalendarImporterTests
{
    private const string File = "lich.csv";
    private static readonly CancellationToken None = CancellationToken.None;

    private const string Valid = """
        Ngày,Loại,Tên,Xóa
        02/01/2026,Nghi,Nghỉ hoán đổi Tết Dương lịch,
        10/01/2026,LÀM VIỆC,,
        "23/02/2026",nghỉ,"Nghỉ Tết Nguyên đán (theo thông báo)",
        """;

    [Fact]
    public async Task Import_ValidFile_StoresEveryRowIgnoringCaseAndDiacritics()
    {
        var (importer, tables) = await CreateAsync();

        var report = await importer.ImportAsync(File, new StringReader(Valid), None);

        Assert.True(report.Succeeded);
        Assert.Equal((3, 0, 0, 0), (report.Added, report.Updated, report.Removed, report.Unchanged));
        Assert.Equal("Lịch nghỉ: 3 mới, 0 cập nhật, 0 xóa, 0 không đổi.", report.Lines().Last());
        Assert.Equal(
            [
                new CalendarOverride(new DateOnly(2026, 1, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi Tết Dương lịch"),
                new CalendarOverride(new DateOnly(2026, 1, 10), CalendarOverrideKind.WorkingDay),
                new CalendarOverride(new DateOnly(2026, 2, 23), CalendarOverrideKind.DayOff, "Nghỉ Tết Nguyên đán (theo thông báo)"),
            ],
            await Calendar(tables).OverridesAsync(2026, None));
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothing()
    {
        var (importer, tables) = await CreateAsync();
        await importer.ImportAsync(File, new StringReader(Valid), None);

        var report = await new CalendarImporter(Calendar(tables)).ImportAsync(File, new StringReader(Valid), None);

        Assert.True(report.Succeeded);
        Assert.Equal((0, 0, 0, 3), (report.Added, report.Updated, report.Removed, report.Unchanged));
        Assert.Equal(3, (await Calendar(tables).OverridesAsync(2026, None)).Count);
    }

    [Fact]
    public async Task Import_ChangedName_UpdatesTheRow()
    {
        var (importer, tables) = await CreateAsync();
        await importer.ImportAsync(File, new StringReader(Valid), None);

        var report = await importer.ImportAsync(File, new StringReader(Valid.Replace("hoán đổi", "bù", StringComparison.Ordinal)), None);

        Assert.Equal((0, 1, 0, 2), (report.Added, report.Updated, report.Removed, report.Unchanged));
        Assert.Equal("Nghỉ bù Tết Dương lịch", (await Calendar(tables).HolidayOnAsync(new DateOnly(2026, 1, 2), None))?.Name);
    }

    [Fact]
    public async Task Import_RemoveYes_RemovesTheRowAndIgnoresKindAndName()
    {
        var (importer, tables) = await CreateAsync();
        await importer.ImportAsync(File, new StringReader(Valid), None);

        var report = await importer.ImportAsync(File, new StringReader("""
            Ngày,Loại,Tên,Xóa
            02/01/2026,,,có
            03/03/2026,,,Co
            """), None);

        Assert.True(report.Succeeded);
        Assert.Equal((0, 0, 1, 1), (report.Added, report.Updated, report.Removed, report.Unchanged));
        var calendar = Calendar(tables);
        Assert.True(await calendar.IsWorkingDayAsync(new DateOnly(2026, 1, 2), None));
        Assert.Equal(2, (await calendar.OverridesAsync(2026, None)).Count);
    }

    [Fact]
    public async Task Import_EveryKindOfError_ReportsEachWithLineAndColumnAndWritesNothing()
    {
        var (importer, tables) = await CreateAsync();

        var report = await importer.ImportAsync(File, new StringReader($"""
            Ngày,Loại,Tên,Xóa
            02/01/2026,nghỉ,Nghỉ hoán đổi,
            2026-01-05,nghỉ,Sai dạng ngày,
            ,nghỉ,Thiếu ngày,
            06/01/2026,,Thiếu loại,
            07/01/2026,nghỉ phép,Loại lạ,
            08/01/2026,nghỉ,,
            09/01/2026,nghỉ,{new string('x', CalendarOverride.MaxNameLength + 1)},
            12/01/2026,nghỉ,Xóa lạ,có lẽ
            02/01/2026,làm việc,,
            """), None);

        Assert.False(report.Succeeded);
        Assert.Equal(
            [
                "Lỗi: lich.csv, dòng 3, cột \"Ngày\": \"2026-01-05\" không phải ngày dạng dd/MM/yyyy (ví dụ 16/02/2026).",
                "Lỗi: lich.csv, dòng 4, cột \"Ngày\": thiếu ngày.",
                "Lỗi: lich.csv, dòng 5, cột \"Loại\": thiếu loại ngày (nghỉ hoặc làm việc).",
                "Lỗi: lich.csv, dòng 6, cột \"Loại\": \"nghỉ phép\" không phải loại ngày hợp lệ (nghỉ, làm việc).",
                "Lỗi: lich.csv, dòng 7, cột \"Tên\": ngày nghỉ cần có tên (ví dụ \"Nghỉ Tết Nguyên đán (theo thông báo)\").",
                "Lỗi: lich.csv, dòng 8, cột \"Tên\": tên dài 101 ký tự, tối đa 100.",
                "Lỗi: lich.csv, dòng 9, cột \"Xóa\": \"có lẽ\" không phải giá trị có/không.",
                "Lỗi: lich.csv, dòng 10, cột \"Ngày\": ngày 02/01/2026 đã có ở dòng 2.",
                "Không ghi gì vào lịch: 8 lỗi. Sửa tệp rồi nhập lại.",
            ],
            report.Lines());
        Assert.Empty(await Calendar(tables).OverridesAsync(2026, None));
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_ReportsTheHeaderLineAndWritesNothing()
    {
        var (importer, tables) = await CreateAsync();

        var report = await importer.ImportAsync(File, new StringReader("Ngày,Tên\n02/01/2026,Nghỉ\n"), None);

        Assert.Equal(["Lỗi: lich.csv, dòng 1: thiếu cột \"Loại\"."], report.Errors.Select(e => e.ToString()));
        Assert.Empty(await Calendar(tables).OverridesAsync(2026, None));
    }

    [Fact]
    public async Task Import_FromFileWithBomAndHeadersWithoutDiacritics_Reads()
    {
        var (importer, tables) = await CreateAsync();
        var path = Path.GetTempFileName();
        try
        {
            await System.IO.File.WriteAllTextAsync(path, "\uFEFFngay,loai,ten\n01/09/2026,lam viec,\n", new System.Text.UTF8Encoding(true));

            var report = await importer.ImportAsync(path, None);

            Assert.True(report.Succeeded);
            Assert.True(await Calendar(tables).IsWorkingDayAsync(new DateOnly(2026, 9, 1), None));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Lines_YearWithOverrides_ListsDaysOffAndSwappedWorkingDaysInDateOrder()
    {
        var year = new CalendarYear(2026, new HolidayCalculator().Holidays(2026),
        [
            new CalendarOverride(new DateOnly(2026, 1, 2), CalendarOverrideKind.DayOff, "Nghỉ hoán đổi"),
            new CalendarOverride(new DateOnly(2026, 1, 10), CalendarOverrideKind.WorkingDay),
        ]);

        var lines = CalendarListing.Lines(year);

        Assert.Equal("01/01/2026, Thứ Năm, Tết Dương lịch, nghỉ lễ", lines[1]);
        Assert.Equal("02/01/2026, Thứ Sáu, Nghỉ hoán đổi, nghỉ theo thông báo", lines[2]);
        Assert.Equal("10/01/2026, Thứ Bảy, Ngày làm việc theo thông báo, làm việc (đổi ngày)", lines[3]);
        Assert.Contains("27/04/2026, Thứ Hai, Nghỉ bù Giỗ Tổ Hùng Vương, nghỉ bù", lines);
    }

    private static async Task<(CalendarImporter Importer, TestTables Tables)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync();
        return (new CalendarImporter(Calendar(tables)), tables);
    }

    private static WorkingCalendar Calendar(TestTables tables) =>
        new(new CalendarOverrideStore(tables.Store), Options.Create(new CalendarOptions()), tables.Time);
}
