using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Minutes;
using PartyBot.Core.Attendance;
using PartyBot.Core.Downloads;
using PartyBot.Core.Minutes;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Minutes;

/// <summary>"biên bản" and the summary's button: a signed, expiring link for the chi bộ's leaders; the .docx made when opened.</summary>
public sealed partial class MinutesTests : IAsyncLifetime
{
    private Attendance.AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await StartAsync(MeetingStart.AddMinutes(-30));
        await bot.SendAsync("điểm danh", Secretary1);
        await bot.Host.DeliverQueuedAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Member1)).StatusCode);
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Secretary1)).StatusCode);
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Clerk, new(Ids()) { [AttendanceVerbs.ClerkInput] = "M02" }, Secretary1)).StatusCode);
        var speakers = new Dictionary<string, string>(Ids()) { [AttendanceVerbs.SpeakersShownKey] = "M01,M02", [AttendanceVerbs.SpeakersInput] = "M02" };
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Speakers, speakers, Secretary1)).StatusCode);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [GeneratedRegex(@"https?://[^\s""]+/downloads/[A-Za-z0-9_\-.]+")]
    private static partial Regex LinkPattern();

    private async Task CloseAsync()
    {
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1)).StatusCode);
        bot.Time.Advance(TimeSpan.FromMinutes(90));
        bot.Channel.ResetCalls();
    }

    private async Task<string> AskAsync(string aad)
    {
        bot.Channel.ResetCalls();
        await bot.SendAsync("biên bản", aad);
        var post = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost());
        return post.CardJson() is null ? post.Text() ?? "" : post.CardText();
    }

    [Fact]
    public async Task MinutesCommand_BySecretaryAfterTheClose_LinkDownloadsTheDraftWithTheMeetingsFacts()
    {
        await CloseAsync();

        var link = LinkPattern().Match(await AskAsync(Secretary1)).Value;
        var response = await bot.Host.Http.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MinutesDocument.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(MinutesTexts.FileName(Cell, MeetingStart), response.Content.Headers.ContentDisposition!.FileNameStar);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(MinutesTexts.TitlePrefix + " THÁNG 12/2026", text, StringComparison.Ordinal);
        Assert.Contains("Chủ trì: đồng chí Nguyễn Văn An, Bí thư chi bộ.", text, StringComparison.Ordinal);
        Assert.Contains("Thư ký: đồng chí Lê Thị Hoa.", text, StringComparison.Ordinal);
        Assert.Contains("Các đồng chí phát biểu (1): Lê Thị Hoa.", text, StringComparison.Ordinal);
        Assert.Contains("Địa điểm: Phòng họp tầng 2.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinutesCommand_BeforeTheClose_SaysThereIsNoClosedMeeting()
    {
        var answer = await AskAsync(Secretary1);

        Assert.DoesNotMatch(LinkPattern(), answer);
        Assert.Contains("chưa có buổi sinh hoạt nào đã kết thúc điểm danh", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainMember_CommandAndButtonRefused_AndALinkMadeForHimGivesNothing()
    {
        await CloseAsync();

        Assert.Equal(AttendanceTexts.OnlyLeaders, await AskAsync(Member1));
        Assert.Equal(403, (await bot.InvokeAsync(MinutesVerbs.Link, Ids(), Member1)).StatusCode);
        var forged = bot.Host.Service<DownloadLinks>().Create("minutes", "M02", new Dictionary<string, string> { ["u"] = Cell, ["m"] = MeetingId });
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Host.Http.GetAsync(forged.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task SummaryButton_BySecretary_AnswersWithTheLink_ThatExpires()
    {
        await CloseAsync();

        var answer = await bot.InvokeAsync(MinutesVerbs.Link, Ids(), Secretary1);
        var link = LinkPattern().Match(answer.Json).Value;
        bot.Time.Advance(new DownloadOptions().LinkLifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(MinutesCardTexts.Download, answer.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await bot.Host.Http.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task SummaryButton_ForAnotherChiBosMeeting_IsRefused()
    {
        await CloseAsync();

        var answer = await bot.InvokeAsync(MinutesVerbs.Link, Ids(unitId: "CB2"), Secretary1);

        Assert.NotEqual(200, answer.StatusCode);
        Assert.DoesNotMatch(LinkPattern(), answer.Json);
    }
}
