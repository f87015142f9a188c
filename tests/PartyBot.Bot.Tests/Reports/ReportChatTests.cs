using PartyBot.Bot.Tests.Attendance;
using PartyBot.Cards.Reports;
using PartyBot.Core.Outbox;
using PartyBot.Core.Reports;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Reports;

/// <summary>
/// Reports through the real host on Monday 21/12/2026 10:00 (Vietnam time). Quarter IV/2026's report is due on Wednesday
/// 16/12: CB1's is still owed (3 working days late: 17, 18, 21/12), CB2's was submitted on time. M07 is the office of DUK;
/// M06 follows CB1.
/// </summary>
public sealed class ReportChatTests : IAsyncLifetime
{
    private const string ReportId = "quy:2026-Q4";
    private const string Link = "https://sotay.dangvien.vn/vb/117";
    private static readonly DateOnly Due = new(2026, 12, 16);

    private AttendanceHost bot = null!;

    private ReportStore Reports => bot.Host.Service<ReportStore>();

    public async Task InitializeAsync()
    {
        bot = await AttendanceHost.StartAsync(new DateTimeOffset(2026, 12, 21, 3, 0, 0, TimeSpan.Zero));
        await Reports.AddIfAbsentAsync(Quarterly("CB1"), CancellationToken.None);
        await Reports.AddIfAbsentAsync(
            Quarterly("CB2") with { Status = ReportStatus.Submitted, Link = new Uri(Link), SubmittedBy = "M05", SubmittedAt = new DateTimeOffset(2026, 12, 15, 2, 0, 0, TimeSpan.Zero) },
            CancellationToken.None);
        await bot.SendAsync("trợ giúp", Administrator); // the office's 1:1 address, for the review card
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private static ReportObligation Quarterly(string unitId) => new(unitId, ReportId, "quy", "Báo cáo quý", ReportPeriod.Quarterly, "2026-Q4", Due);

    private Task<ReportObligation?> ReportAsync(string unitId = "CB1") => Reports.GetAsync(unitId, ReportId, CancellationToken.None);

    /// <summary>Everything the bot posted in answer to <paramref name="text"/>, text and cards.</summary>
    private async Task<string> SaidAsync(string text, string fromAad)
    {
        bot.Channel.ResetCalls();
        await bot.SendAsync(text, fromAad);
        return string.Join("\n", bot.Channel.Calls.Where(c => c.IsActivityPost()).Select(c => c.Text() ?? c.CardText()));
    }

    private static Dictionary<string, string> Data(string unitId = "CB1", string reportId = ReportId, string? link = null, string? reason = null)
    {
        var data = new Dictionary<string, string> { [ReportVerbs.UnitIdKey] = unitId, [ReportVerbs.ReportIdKey] = reportId };
        if (link is not null)
        {
            data[ReportVerbs.LinkInput] = link;
        }
        if (reason is not null)
        {
            data[ReportVerbs.ReasonInput] = reason;
        }
        return data;
    }

    [Fact]
    public async Task BaoCao_Secretary_ListsWhatTheUnitOwesWithDueDayStateAndTheSubmitButton()
    {
        var said = await SaidAsync("báo cáo", Secretary1);

        Assert.Contains("Báo cáo quý", said, StringComparison.Ordinal);
        Assert.Contains(ReportId, said, StringComparison.Ordinal);
        Assert.Contains("16/12/2026", said, StringComparison.Ordinal);
        Assert.Contains("Quá hạn 3 ngày làm việc", said, StringComparison.Ordinal);
        Assert.Contains("Nộp báo cáo", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BaoCao_PlainMember_Refused()
    {
        Assert.Contains(ReportTexts.NotAUnitLeader, await SaidAsync("báo cáo", Member1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_FromTheCard_RecordedLateWhoAndWhen_OfficeSentTheReviewCard()
    {
        var answer = await bot.InvokeAsync(ReportVerbs.Submit, Data(link: Link), Secretary1, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains("nộp trễ 3 ngày làm việc", answer.Text, StringComparison.Ordinal);
        var report = await ReportAsync();
        Assert.Equal((ReportStatus.Submitted, Link, "M01", 3), (report!.Status, report.Link!.AbsoluteUri, report.SubmittedBy, report.WorkingDaysLate));
        Assert.Equal(bot.Time.GetUtcNow(), report.SubmittedAt);
        Assert.NotNull(await bot.Host.Service<OutboxStore>().FindAsync($"report-review/CB1/{ReportId}/0/M07", CancellationToken.None));
    }

    [Fact]
    public async Task Submit_Command_Recorded()
    {
        var said = await SaidAsync($"nộp báo cáo {ReportId} {Link}", Secretary1);

        Assert.Contains("nộp trễ 3 ngày làm việc", said, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, (await ReportAsync())!.Status);
    }

    [Theory]
    [InlineData("http://sotay.dangvien.vn/vb/117")]
    [InlineData("sotay.dangvien.vn/vb/117")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:pw@sotay.dangvien.vn/vb")]
    public async Task Submit_NotAnHttpsLink_ToldWhy_NothingChanged(string link)
    {
        var answer = await bot.InvokeAsync(ReportVerbs.Submit, Data(link: link), Secretary1, "personal");

        Assert.Contains("Đường dẫn phải là một địa chỉ https đầy đủ", answer.Text, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Owed, (await ReportAsync())!.Status);
    }

    [Fact]
    public async Task Submit_LinkTooLong_ToldWhy_NothingChanged()
    {
        var said = await SaidAsync($"nộp báo cáo {ReportId} https://sotay.dangvien.vn/{new string('a', 600)}", Secretary1);

        Assert.Contains("không quá 500 ký tự", said, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Owed, (await ReportAsync())!.Status);
    }

    [Fact]
    public async Task Submit_ForAnotherUnit_Refused_NothingChanged()
    {
        await Reports.AddIfAbsentAsync(Quarterly("CB2") with { Id = "nam:2026", KindId = "nam" }, CancellationToken.None);

        var answer = await bot.InvokeAsync(ReportVerbs.Submit, Data("CB2", "nam:2026", Link), Secretary1, "personal");
        var said = await SaidAsync($"nộp báo cáo CB2 nam:2026 {Link}", Secretary1);

        Assert.Equal(403, answer.StatusCode);
        Assert.Contains(ReportTexts.NotSecretary, answer.Text, StringComparison.Ordinal);
        Assert.Contains(ReportTexts.NotSecretary, said, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Owed, (await Reports.GetAsync("CB2", "nam:2026", CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Submit_UnknownReportOrTwice_ToldWhy()
    {
        Assert.Contains("Không có báo cáo \"quy:2030-Q1\"", await SaidAsync($"nộp báo cáo quy:2030-Q1 {Link}", Secretary1), StringComparison.Ordinal);
        await SaidAsync($"nộp báo cáo {ReportId} {Link}", Secretary1);
        Assert.Contains(ReportTexts.AlreadySubmitted, await SaidAsync($"nộp báo cáo {ReportId} https://sotay.dangvien.vn/vb/2", Secretary1), StringComparison.Ordinal);
        Assert.Equal(Link, (await ReportAsync())!.Link!.AbsoluteUri);
    }

    [Fact]
    public async Task Accept_ByTheOffice_Accepted_ByASecretaryRefused_NeverSubmittedRefused()
    {
        var refused = await SaidAsync($"nhận báo cáo CB2 {ReportId}", Secretary1);
        Assert.True(refused.Contains(ReportTexts.NotOffice, StringComparison.Ordinal), refused);
        Assert.Contains(ReportTexts.NotSubmitted, await SaidAsync($"nhận báo cáo CB1 {ReportId}", Administrator), StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Owed, (await ReportAsync())!.Status);

        var answer = await bot.InvokeAsync(ReportVerbs.Accept, Data("CB2"), Administrator, "personal");

        Assert.True(answer.Text.Contains("Đã nhận báo cáo", StringComparison.Ordinal), answer.Text);
        Assert.Equal((ReportStatus.Accepted, "M07"), ((await ReportAsync("CB2"))!.Status, (await ReportAsync("CB2"))!.ReviewedBy));
    }

    [Fact]
    public async Task Return_WithAReason_OwedAgainNewRound_SecretaryTold_WithoutAReasonRefused()
    {
        var noReason = await bot.InvokeAsync(ReportVerbs.Return, Data("CB2", reason: "  "), Administrator, "personal");
        Assert.Contains("Đồng chí ghi lý do trả lại", noReason.Text, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, (await ReportAsync("CB2"))!.Status);
        Assert.Contains(ReportTexts.NotOffice, await SaidAsync($"trả lại báo cáo CB2 {ReportId} sai mẫu", Follower), StringComparison.Ordinal);

        await bot.SendAsync("trợ giúp", Secretary2); // CB2's secretary has a 1:1 with the bot
        var answer = await bot.InvokeAsync(ReportVerbs.Return, Data("CB2", reason: "Thiếu phần kiểm điểm"), Administrator, "personal");

        Assert.Contains("Đã trả lại báo cáo", answer.Text, StringComparison.Ordinal);
        var report = await ReportAsync("CB2");
        Assert.Equal((ReportStatus.Owed, 1, "Thiếu phần kiểm điểm", new DateOnly(2026, 12, 23)), (report!.Status, report.Round, report.ReturnReason, report.DueOn));
        Assert.NotNull(await bot.Host.Service<OutboxStore>().FindAsync($"report-returned/CB2/{ReportId}/1", CancellationToken.None));
    }

    [Fact]
    public async Task AdHoc_ByTheOffice_OneRowPerChiBo_AskedTwiceOnce_BadDateAndSecretaryRefused()
    {
        Assert.Contains("Hạn nộp phải là một ngày dạng dd/mm/yyyy", await SaidAsync("yêu cầu báo cáo DUK 32/12/2026 Tình hình tư tưởng", Administrator), StringComparison.Ordinal);
        Assert.Contains(ReportTexts.NotOffice, await SaidAsync("yêu cầu báo cáo DUK 31/12/2026 Tình hình tư tưởng", Secretary1), StringComparison.Ordinal);

        Assert.Contains("Đã yêu cầu 2 chi bộ", await SaidAsync("yêu cầu báo cáo DUK 31/12/2026 Tình hình tư tưởng", Administrator), StringComparison.Ordinal);
        Assert.Contains("đã có từ trước", await SaidAsync("yêu cầu báo cáo DUK 31/12/2026 Tình hình tư tưởng", Administrator), StringComparison.Ordinal);

        var adHoc = (await Reports.ListAsync("CB1", new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31), CancellationToken.None)).Single();
        Assert.Equal(("Tình hình tư tưởng", ReportPeriod.AdHoc, "M07"), (adHoc.Title, adHoc.Period, adHoc.RequestedBy));
        Assert.Single(await Reports.ListAsync("CB2", new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31), CancellationToken.None));
    }

    [Fact]
    public async Task Dashboard_Office_UnitsByStatusOverdueListWithWorkingDaysLate_SecretaryRefused()
    {
        var said = await SaidAsync("tình hình báo cáo DUK 2026-Q4", Administrator);

        Assert.Contains("Tình hình báo cáo", said, StringComparison.Ordinal);
        Assert.Contains("TextRun Chi bộ Văn phòng Sở bolder TextRun  · Báo cáo quý · Quá hạn 3 ngày làm việc", said, StringComparison.Ordinal);
        Assert.Contains("TextBlock 1 large bolder good TextBlock Đúng hạn", said, StringComparison.Ordinal); // CB2's, on time
        Assert.DoesNotContain("Chi bộ Phòng Quản lý nhà", said, StringComparison.Ordinal); // on time: not in the overdue list
        Assert.Contains("chưa báo ai", said, StringComparison.Ordinal);
        Assert.Contains(ReportTexts.NotOffice, await SaidAsync("tình hình báo cáo DUK", Secretary1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ChartImageAndCsvLink_TheLinkGivesTheListToTheOfficeOnly()
    {
        bot.Channel.ResetCalls();
        await bot.SendAsync("tình hình báo cáo DUK 2026-Q4", Administrator);
        var card = System.Text.Json.JsonDocument.Parse(bot.Channel.Calls.Last(c => c.IsActivityPost()).CardJson()!).RootElement;

        Assert.StartsWith("data:image/png;base64,", FindAll(card, "Image").Single().GetProperty("url").GetString(), StringComparison.Ordinal);
        var link = new Uri(FindAll(card, "Action.OpenUrl").Single().GetProperty("url").GetString()!);
        var response = await bot.Host.Http.GetAsync(link.PathAndQuery);
        var csv = System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CB1,Chi bộ Văn phòng Sở,quy:2026-Q4,Báo cáo quý,16/12/2026,Quá hạn 3 ngày làm việc,3", csv, StringComparison.Ordinal);
        Assert.Contains("CB2,Chi bộ Phòng Quản lý nhà,quy:2026-Q4,Báo cáo quý,16/12/2026,\"Đã nộp đúng hạn, chờ văn phòng xem\",0,https://sotay.dangvien.vn/vb/117", csv, StringComparison.Ordinal);
        var forged = bot.Host.Service<PartyBot.Core.Downloads.DownloadLinks>().Create("report-status", "M01", new Dictionary<string, string> { ["unit"] = "DUK", ["quarter"] = "2026-Q4" });
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await bot.Host.Http.GetAsync(forged.PathAndQuery)).StatusCode); // a secretary is not the office
    }

    private static IEnumerable<System.Text.Json.JsonElement> FindAll(System.Text.Json.JsonElement element, string type) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => (element.TryGetProperty("type", out var t) && t.GetString() == type ? [element] : Enumerable.Empty<System.Text.Json.JsonElement>())
            .Concat(element.EnumerateObject().SelectMany(p => FindAll(p.Value, type))),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(e => FindAll(e, type)),
        _ => [],
    };

    [Fact]
    public async Task Targets_Office_ReportsOnTimeAmongTheFigures()
    {
        var said = await SaidAsync("tổng hợp DUK 2026-Q4", Administrator);

        Assert.Contains("Tổng hợp chỉ tiêu", said, StringComparison.Ordinal);
        Assert.Contains(ReportTexts.TargetOnTime, said, StringComparison.Ordinal);
        Assert.Contains("1/2 (50 %)", said, StringComparison.Ordinal);
    }
}
