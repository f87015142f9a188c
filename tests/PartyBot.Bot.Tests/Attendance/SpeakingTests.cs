using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Attendance;

/// <summary>Who spoke, ticked on the roll-call card: the secretary and the thư ký he names may; forged payloads change nothing.</summary>
public sealed class SpeakingTests : IAsyncLifetime
{
    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await StartAsync(MeetingStart.AddMinutes(-30));
        await bot.SendAsync("điểm danh", Secretary1);
        await bot.Host.DeliverQueuedAsync();
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Member1)).StatusCode);
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Secretary1)).StatusCode);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private static Dictionary<string, string> Speakers(string shown, string ticked)
    {
        var data = Ids();
        data[AttendanceVerbs.SpeakersShownKey] = shown;
        data[AttendanceVerbs.SpeakersInput] = ticked;
        return data;
    }

    private async Task<IReadOnlyList<string>> SpokeAsync() =>
        [.. (await bot.Host.Service<AttendanceStore>().SpeakersAsync(Cell, MeetingId, CancellationToken.None)).Select(t => t.MemberId).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task TickSpeakers_BySecretary_StoresAndLogsTheTicksAndShowsThemOnTheCard()
    {
        var answer = await bot.InvokeAsync(AttendanceVerbs.Speakers, Speakers("M01,M02,M03", "M02"), Secretary1);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(SpeakingTexts.SpeakersSaved(1), answer.Text, StringComparison.Ordinal);
        Assert.Contains(SpeakingCardTexts.SpokeMark.Trim(' ', '·'), answer.Text, StringComparison.Ordinal);
        Assert.Equal(["M02"], await SpokeAsync());
        var log = await bot.Host.Service<AttendanceStore>().ChangesAsync(Cell, MeetingId, CancellationToken.None);
        Assert.Contains(log, c => c is { What: "spoke", MemberId: "M02", ByMemberId: "M01", To: "True" });
    }

    [Fact]
    public async Task TickSpeakers_ByPlainMember_IsRefusedAndStoresNothing()
    {
        var answer = await bot.InvokeAsync(AttendanceVerbs.Speakers, Speakers("M02", "M02"), Member1);

        Assert.Equal((403, SpeakingTexts.OnlySecretaryOrClerk), (answer.StatusCode, answer.Text));
        Assert.Empty(await SpokeAsync());
    }

    [Fact]
    public async Task TickSpeakers_ByTheClerkTheSecretaryNamed_IsStoredAfterTheRollCallCloses()
    {
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Clerk, new(Ids()) { [AttendanceVerbs.ClerkInput] = "M02" }, Secretary1)).StatusCode);
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1)).StatusCode);
        bot.Time.Advance(TimeSpan.FromMinutes(40));

        var answer = await bot.InvokeAsync(AttendanceVerbs.Speakers, Speakers("M01,M02", "M01"), Member1);

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal(["M01"], await SpokeAsync());
        var history = await bot.Host.Service<AttendanceService>().HistoryAsync("M01", 2026, CancellationToken.None);
        Assert.True(history.Single().Spoke);
    }

    [Fact]
    public async Task NameClerk_ByPlainMember_IsRefused()
    {
        var answer = await bot.InvokeAsync(AttendanceVerbs.Clerk, new(Ids()) { [AttendanceVerbs.ClerkInput] = "M02" }, Member1);

        Assert.Equal(403, answer.StatusCode);
        Assert.Null(await bot.Host.Service<AttendanceStore>().ClerkAsync(Cell, MeetingId, CancellationToken.None));
    }

    [Theory]
    [InlineData("M02,M05", "M05")] // a member of another chi bộ
    [InlineData("M02", "M02,M03")] // ticked but not listed
    [InlineData("M04", "M04")] // exempt: not summoned
    [InlineData("", "")]
    public async Task TickSpeakers_ForgedIds_ChangeNothing(string shown, string ticked)
    {
        var answer = await bot.InvokeAsync(AttendanceVerbs.Speakers, Speakers(shown, ticked), Secretary1);

        Assert.Contains(SpeakingTexts.UnknownSpeaker, answer.Text, StringComparison.Ordinal);
        Assert.Empty(await SpokeAsync());
    }

    [Fact]
    public async Task TickSpeakers_OtherChiBosMeetingInThePayload_IsRefused()
    {
        var data = Speakers("M02", "M02");
        data["unitId"] = "CB2";

        var answer = await bot.InvokeAsync(AttendanceVerbs.Speakers, data, Secretary1);

        Assert.NotEqual(200, answer.StatusCode);
        Assert.Empty(await SpokeAsync());
    }

    [Fact]
    public async Task TickSpeakers_AfterTheRecordCloses_IsRefused()
    {
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1)).StatusCode);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(90).AddHours(new SpeakingOptions().CorrectableHoursAfterEnd).AddMinutes(1));

        var answer = await bot.InvokeAsync(AttendanceVerbs.Speakers, Speakers("M02", "M02"), Secretary1);

        Assert.Contains(SpeakingTexts.RecordClosed(VietnamTime.Format(MeetingStart.AddMinutes(90).AddHours(48))), answer.Text, StringComparison.Ordinal);
        Assert.Empty(await SpokeAsync());
    }

    [Fact]
    public async Task SpeakingCommand_SecretaryAfterAMeeting_ShowsCountsPerMember_PlainMemberRefused()
    {
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Speakers, Speakers("M01,M02", "M02"), Secretary1)).StatusCode);
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1)).StatusCode);
        bot.Channel.ResetCalls();

        await bot.SendAsync("phát biểu", Secretary1);
        await bot.SendAsync("phát biểu CB1", Member1);

        var posts = bot.Channel.Calls.Where(c => c.IsActivityPost()).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Contains(SpeakingOverviewTexts.Counts(1, 1), posts[0].CardText(), StringComparison.Ordinal);
        Assert.Contains("Lê Thị Hoa", posts[0].CardText(), StringComparison.Ordinal);
        Assert.Equal(AttendanceTexts.OnlyLeaders, posts[1].Text());
    }
}
