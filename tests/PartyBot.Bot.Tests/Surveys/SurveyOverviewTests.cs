using System.Net;
using System.Text.Json;
using PartyBot.Bot.Tests.Attendance;
using PartyBot.Cards.Surveys;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Surveys;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Surveys;

/// <summary>
/// "kết quả khảo sát" and its "Tải CSV" through the real host, on 30/11/2026: CB1's survey of quarter 4 is closed, rated Tốt
/// (92,5, 9 of 12), CB2 has none; CB1 held a thematic session on 20/10. M07 is the office of DUK, M06 (Follower) a member only.
/// </summary>
public sealed class SurveyOverviewTests : IAsyncLifetime
{
    private static readonly Quarter Q4 = new(2026, 4);

    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await AttendanceHost.StartAsync();
        var surveys = bot.Host.Service<SurveyStore>();
        var now = bot.Time.GetUtcNow();
        var (_, opened) = await surveys.OpenAsync(
            new Survey(new SurveyId("CB1", Q4), SurveyStatus.Closed, now.AddDays(-10), now.AddDays(-3), [],
                Result: new SurveyResult(9, 12, true, 92.5, SurveyBand.Good, [])), CancellationToken.None);
        Assert.True(opened);
        Assert.True(await bot.Host.Service<MeetingStore>().AddAsync(
            new Meeting("CB1", "T-2026-10", MeetingKind.Thematic, RegularSlotRule.ToUtc(new DateOnly(2026, 10, 20), new TimeOnly(14, 0)), 120), CancellationToken.None));
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private RecordedCall LastPost() => bot.Channel.Calls.Last(c => c.IsActivityPost());

    [Fact]
    public async Task KetQuaKhaoSat_Office_ChartAndFiguresOfEveryCellInItsSubtree()
    {
        await bot.SendAsync("kết quả khảo sát 4/2026", Administrator);

        var post = LastPost();
        var text = post.CardText();
        Assert.Contains("\"url\":\"data:image/png;base64,", post.CardJson(), StringComparison.Ordinal);
        Assert.Contains("Quý IV/2026 · Đảng ủy Khối các cơ quan tỉnh", text, StringComparison.Ordinal);
        Assert.Contains("1/2 (50 %) · mục tiêu 90 %: chưa đạt", text, StringComparison.Ordinal);   // Tốt: CB1 of CB1, CB2
        Assert.Contains("1/2 (50 %) · mục tiêu 100 %: chưa đạt", text, StringComparison.Ordinal);  // thematic: CB1
        Assert.Contains("Tốt (92,5)", text, StringComparison.Ordinal);
        Assert.Contains("9/12 (75 %)", text, StringComparison.Ordinal);
        Assert.Contains("chưa mở khảo sát", text, StringComparison.Ordinal);                       // CB2
    }

    [Fact]
    public async Task TaiCsv_OfficesLink_TheSameFiguresAsCsv()
    {
        await bot.SendAsync("kết quả khảo sát", Administrator);

        var response = await bot.Host.Http.GetAsync(CsvLink(LastPost().CardJson()).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("Chi bộ xếp loại Tốt: 1/2 (50 %); mục tiêu 90 %", csv, StringComparison.Ordinal);
        Assert.Contains("CB1,Chi bộ Văn phòng Sở,Đảng bộ Sở Xây dựng › Đảng ủy Khối các cơ quan tỉnh,Tốt,92.5,9,12,75,có", csv, StringComparison.Ordinal);
        Assert.Contains("CB2,Chi bộ Phòng Quản lý nhà", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaiCsv_OfficeRightsLostAfterTheLinkWasGiven_404()
    {
        await bot.SendAsync("kết quả khảo sát", Administrator);
        var link = CsvLink(LastPost().CardJson());
        var store = bot.Host.Service<OrganizationStore>();
        var m07 = await store.FindMemberAsync("M07", CancellationToken.None);
        await store.SaveMemberAsync(m07! with { AdministeredUnitIds = [] }, m07, CancellationToken.None);

        var response = await bot.Host.Http.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Member1)]
    [InlineData(Follower)] // follows CB1 but sits on no committee
    public async Task KetQuaKhaoSat_NeitherOfficeNorCommittee_RefusedInVietnamese(string caller)
    {
        await bot.SendAsync("kết quả khảo sát", caller);

        Assert.Equal(SurveyOverviewTexts.Denied, LastPost().Text());
    }

    [Fact]
    public async Task KetQuaKhaoSat_CommitteeMember_SeesHisCommitteesSubtree()
    {
        var store = bot.Host.Service<OrganizationStore>();
        var m06 = await store.FindMemberAsync("M06", CancellationToken.None);
        await store.SaveMemberAsync(m06! with { Committee = new CommitteeSeat("DBCS-SXD") }, m06, CancellationToken.None);

        await bot.SendAsync("kết quả khảo sát", Follower);

        Assert.Contains("Quý IV/2026 · Đảng bộ Sở Xây dựng", LastPost().CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KetQuaKhaoSat_BadQuarter_ClearErrorNoCard()
    {
        await bot.SendAsync("kết quả khảo sát quý 5/2026", Administrator);

        Assert.Equal(SurveyOverviewTexts.BadQuarter("quý 5/2026"), LastPost().Text());
    }

    [Fact]
    public async Task PageButton_Member_403_Office_ForgedQuarter_400_Office_200()
    {
        var member = await bot.InvokeAsync(SurveyOverviewVerbs.Page, new() { ["quarter"] = "2026-Q4", ["page"] = "1" }, Member1, "personal");
        var forged = await bot.InvokeAsync(SurveyOverviewVerbs.Page, new() { ["quarter"] = "2026-Q9", ["page"] = "1" }, Administrator, "personal");
        var office = await bot.InvokeAsync(SurveyOverviewVerbs.Page, new() { ["quarter"] = "2026-Q4", ["page"] = "1" }, Administrator, "personal");

        Assert.Equal((403, 400, 200), (member.StatusCode, forged.StatusCode, office.StatusCode));
        Assert.Contains("Tốt (92,5)", office.Json, StringComparison.Ordinal);
    }

    internal static Uri CsvLink(string? cardJson)
    {
        using var card = JsonDocument.Parse(cardJson ?? "{}");
        return Find(card.RootElement) ?? throw new Xunit.Sdk.XunitException("The card has no \"Tải CSV\" button.");

        static Uri? Find(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object when e.TryGetProperty("type", out var t) && t.GetString() == "Action.OpenUrl" && e.GetProperty("title").GetString() == "Tải CSV"
                => new Uri(e.GetProperty("url").GetString()!),
            JsonValueKind.Object => e.EnumerateObject().Select(p => Find(p.Value)).FirstOrDefault(u => u is not null),
            JsonValueKind.Array => e.EnumerateArray().Select(Find).FirstOrDefault(u => u is not null),
            _ => null,
        };
    }
}
