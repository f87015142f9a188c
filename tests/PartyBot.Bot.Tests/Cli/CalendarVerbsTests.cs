using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PartyBot.Bot.Cli;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Cli;

/// <summary>The verbs calendar and calendar-import end to end: arguments, the bot's configuration, Azurite, exit codes.</summary>
public sealed class CalendarVerbsTests : CliVerbRun
{
    private const string CalendarCsv = """
        Ngày,Loại,Tên,Xóa
        02/01/2026,nghỉ,Nghỉ hoán đổi Tết Dương lịch,
        10/01/2026,làm việc,Làm bù cho thứ Sáu 02/01,
        """;

    private readonly List<string> files = [];

    [Fact]
    public async Task CalendarImport_ThenCalendar_StoresAndPrintsTheYear()
    {
        var file = await FileAsync(CalendarCsv);

        var import = await RunAsync("calendar-import", file);
        var again = await RunAsync("calendar-import", file);
        var show = await RunAsync("calendar", "2026");

        Assert.Equal((CliVerbs.Success, CliVerbs.Success, CliVerbs.Success), (import, again, show));
        var lines = Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("Lịch nghỉ: 2 mới, 0 cập nhật, 0 xóa, 0 không đổi.", lines);
        Assert.Contains("Lịch nghỉ: 0 mới, 0 cập nhật, 0 xóa, 2 không đổi.", lines);
        Assert.Contains("02/01/2026, Thứ Sáu, Nghỉ hoán đổi Tết Dương lịch, nghỉ theo thông báo", lines);
        Assert.Contains("10/01/2026, Thứ Bảy, Làm bù cho thứ Sáu 02/01, làm việc (đổi ngày)", lines);
        Assert.Contains("17/02/2026, Thứ Ba, Tết Nguyên đán (mùng 1), nghỉ lễ", lines);
        Assert.Equal(2, (await (await CalendarAsync()).OverridesAsync(2026, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task CalendarImport_NewDayOffUnderAPlannedMeeting_MovesTheMeetingAtOnce()
    {
        // Next month's regular meeting, planned on a working day on or after the 10th; the file makes that day off.
        var storage = await StoreAsync();
        var calendar = await CalendarAsync();
        var next = DateOnly.FromDateTime(VietnamTime.Now(TimeProvider.System).DateTime).AddMonths(1);
        var day = await calendar.NextWorkingDayOnOrAfterAsync(new DateOnly(next.Year, next.Month, 10), CancellationToken.None);
        var slot = new MeetingSlot(day.Day, new TimeOnly(8, 0));
        await new OrganizationStore(storage).SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null, slot), CancellationToken.None);
        var id = Meeting.RegularId(day.Year, day.Month);
        var planned = RegularSlotRule.ToUtc(day, slot.Time);
        var meetings = new MeetingStore(storage);
        Assert.True(await meetings.AddAsync(new Meeting("CB1", id, MeetingKind.Regular, planned, 90, PlannedAutomatically: true), CancellationToken.None));
        var file = await FileAsync($"""
            Ngày,Loại,Tên,Xóa
            {day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)},nghỉ,Nghỉ theo quyết định của Đảng ủy,
            """);

        var exit = await RunAsync("calendar-import", file);

        Assert.Equal(CliVerbs.Success, exit);
        var moved = await meetings.GetAsync("CB1", id, CancellationToken.None);
        Assert.NotEqual(planned, moved?.StartsAt);
        Assert.Contains("Lịch họp: 1 buổi họp định kỳ chưa thông báo được dời khỏi ngày nghỉ mới", Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarImport_FileWithErrors_ExitsOneAndWritesNothing()
    {
        var file = await FileAsync(CalendarCsv.Replace("làm việc", "làm thêm", StringComparison.Ordinal));

        var exit = await RunAsync("calendar-import", file);

        Assert.Equal(CliVerbs.ValidationErrors, exit);
        Assert.Contains("dòng 3, cột \"Loại\": \"làm thêm\"", Output.ToString(), StringComparison.Ordinal);
        Assert.Empty(await (await CalendarAsync()).OverridesAsync(2026, CancellationToken.None));
    }

    [Fact]
    public async Task CalendarImport_DemoExample_Succeeds()
    {
        var demo = Path.Combine(FindRepositoryRoot(), "infra", "local", "demo", "calendar-2026.csv");

        var exit = await RunAsync("calendar-import", demo);

        Assert.Equal(CliVerbs.Success, exit);
    }

    [Theory]
    [InlineData("calendar")]
    [InlineData("calendar", "năm")]
    [InlineData("calendar", "2026", "2027")]
    [InlineData("calendar-import")]
    [InlineData("calendar-import", "/no/such/file/partybot.csv")]
    public async Task CalendarVerb_BadArguments_ExitsTwoWithUsage(params string[] args)
    {
        var exit = await RunAsync(args);

        Assert.Equal(CliVerbs.UsageError, exit);
        Assert.Contains("Cách dùng:", Error.ToString(), StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            files.ForEach(File.Delete);
        }
        base.Dispose(disposing);
    }

    private async Task<WorkingCalendar> CalendarAsync() =>
        new(new CalendarOverrideStore(await StoreAsync()), Options.Create(new CalendarOptions()), TimeProvider.System);

    private async Task<string> FileAsync(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"partybot-calendar-{Guid.NewGuid():N}.csv");
        files.Add(file);
        await File.WriteAllTextAsync(file, content);
        return file;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PartyBot.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("PartyBot.sln not found above the test's folder.");
    }
}
