using System.Text;
using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Tests.Organization.Import;

/// <summary>
/// What Table storage and the cards cannot hold is refused before anything is written: over-long values, control
/// characters, files in UTF-16 or holding NUL bytes. Each refused with file, line, column and the value (cut short).
/// </summary>
public sealed class ImportLimitTests
{
    private static readonly string LongId = "X" + new string('1', 611);
    private static readonly string LongName = "Chi bộ " + new string('a', 40_000);

    public static TheoryData<string, string, string, string> UnitLines => new()
    {
        { $"{LongId},Chi bộ X,Chi bộ,DUK,,,,", "Mã đơn vị", "64", "600-character unit id" },
        { $"X1,{LongName},Chi bộ,DUK,,,,", "Tên đơn vị", "200", "40,000-character unit name" },
        { $"X1,Chi bộ X,Chi bộ,{LongId},,,,", "Mã cấp trên", "64", "600-character parent id" },
        { $"X1,Chi bộ X,Chi bộ,DUK,1,08:00,{new string('c', 500)},", "Dời ngày nghỉ", "100", "500-character yes/no" },
    };

    [Theory]
    [MemberData(nameof(UnitLines))]
    public async Task ImportAsync_OverLongUnitValue_RefusedWithFileLineColumnAndWritesNothing(string line, string column, string limit, string because)
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units([.. Csv.SampleUnits, line]), Csv.Members(Csv.SampleMembers));

        var error = Assert.Single(report.Errors);
        Assert.True((error.File, error.Line, error.Column) == ("units.csv", 7, column), $"{because}: {error.Text}");
        Assert.Contains($"quá giới hạn {limit} ký tự", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 200, $"{because}: the value is shown cut short, not in full: {error.Message.Length} characters");
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    public static TheoryData<string, string, string, string> MemberLines => new()
    {
        { $"{LongId},Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,,", "Mã đảng viên", "64", "600-character member id" },
        { $"DV09,{LongName},CB1,chính thức,,,,long.ngovan@demo.test,,,", "Họ và tên", "200", "40,000-character name" },
        { $"DV09,Ngô Văn Long,{LongId},chính thức,,,,long.ngovan@demo.test,,,", "Mã đơn vị", "64", "600-character unit id" },
        { $"DV09,Ngô Văn Long,CB1,chính thức,,,,{new string('l', 250)}@demo.test,,,", "Email", "254", "260-character e-mail" },
        { $"DV09,Ngô Văn Long,CB1,chính thức,,,,long.ngovan@demo.test,,{string.Join(';', Enumerable.Repeat("CB2", 300))},", "Phụ trách", "1.000",
            "1,199-character list of units" },
        { $"DV09,Ngô Văn Long,CB1,miễn sinh hoạt,{new string('1', 300)},,,long.ngovan@demo.test,,,", "Từ ngày", "100", "300-character date" },
    };

    [Theory]
    [MemberData(nameof(MemberLines))]
    public async Task ImportAsync_OverLongMemberValue_RefusedWithFileLineColumnAndWritesNothing(string line, string column, string limit, string because)
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members([.. Csv.SampleMembers, line]));

        var error = Assert.Single(report.Errors);
        Assert.True((error.File, error.Line, error.Column) == ("members.csv", 10, column), $"{because}: {error.Text}");
        Assert.Contains($"quá giới hạn {limit} ký tự", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 200, $"{because}: the value is shown cut short, not in full: {error.Message.Length} characters");
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    [Fact]
    public async Task ImportAsync_OverLongName_MessageShowsTheStartAndTheLength()
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members([.. Csv.SampleMembers, $"DV09,{LongName},CB1,chính thức,,,,,,,"]));

        Assert.Equal(
            "members.csv, dòng 10, cột \"Họ và tên\": \"Chi bộ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\" dài 40.007 ký tự, quá giới hạn 200 ký tự.",
            Assert.Single(report.Errors).Text);
    }

    [Fact]
    public async Task ImportAsync_ValuesAtTheirLimits_Imported()
    {
        var harness = await ImportHarness.CreateAsync();
        var id = "CB" + new string('9', 62);
        var units = Csv.Units([.. Csv.SampleUnits, $"{id},{new string('b', 200)},Chi bộ,DUK,,,,"]);
        var email = new string('l', 244) + "@demo.test";
        var members = Csv.Members([.. Csv.SampleMembers, $"{"DV" + new string('9', 62)},{new string('n', 200)},{id},chính thức,,,,{email},,,"]);

        var report = await harness.ImportAsync(units, members);

        Assert.True(report.Succeeded, string.Join('\n', report.Lines()));
        Assert.Equal(email, (await harness.Store.FindByEmailAsync(email, CancellationToken.None))?.Email);
    }

    [Theory]
    [InlineData("\u0007", "U+0007")]
    [InlineData("\t", "U+0009")]
    [InlineData("\u007F", "U+007F")]
    [InlineData("\u0085", "U+0085")]
    public async Task ImportAsync_ControlCharacterInAValue_RefusedWithItsCode(string control, string code)
    {
        var harness = await ImportHarness.CreateAsync();

        var report = await harness.ImportAsync(Csv.Units(Csv.SampleUnits), Csv.Members([.. Csv.SampleMembers, $"DV09,Ngô Văn{control}Long,CB1,chính thức,,,,,,,"]));

        var error = Assert.Single(report.Errors);
        Assert.Equal(("members.csv", 10, "Họ và tên"), (error.File, error.Line, error.Column));
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(control, error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }

    public static TheoryData<string, byte[]> NotUtf8Files => new()
    {
        { "UTF-16 LE with BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv.Members(Csv.SampleMembers))).ToArray() },
        { "UTF-16 BE with BOM", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Csv.Members(Csv.SampleMembers))).ToArray() },
        { "UTF-16 LE without BOM, ASCII only", Encoding.Unicode.GetBytes("Ma dang vien,Ho va ten,Ma don vi,Trang thai\nDV01,Nguyen Van An,CB1,chinh thuc\n") },
        { "UTF-8 with a NUL byte", Encoding.UTF8.GetBytes(Csv.Members([.. Csv.SampleMembers[..7], "DV08,Bùi Thị\0 Lan,TD1,chính thức,,,,,,,"])) },
    };

    [Theory]
    [MemberData(nameof(NotUtf8Files))]
    public async Task ImportAsync_Utf16OrNulBytes_RefusedWithTheAdviceAndWritesNothing(string because, byte[] members)
    {
        var harness = await ImportHarness.CreateAsync();
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "units.csv"), Csv.Units(Csv.SampleUnits));
        await File.WriteAllBytesAsync(Path.Combine(temp.Path, "members.csv"), members);

        var report = await harness.Importer.ImportAsync(temp.Path, CancellationToken.None);

        var error = Assert.Single(report.Errors);
        Assert.True((error.File, error.Line) == ("members.csv", 0), $"{because}: {error.Text}");
        Assert.Contains("CSV UTF-8 (Comma delimited)", error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await harness.StoredCountsAsync());
    }
}
