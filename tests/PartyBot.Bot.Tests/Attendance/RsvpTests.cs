using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Attendance;

public sealed class RsvpTests : IAsyncLifetime
{
    private AttendanceHost bot = null!;

    public async Task InitializeAsync() => bot = await StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private static Dictionary<string, string> Answer(string answer, string? reason = null)
    {
        var data = Ids();
        data[AttendanceVerbs.AnswerKey] = answer;
        if (reason is not null)
        {
            data[AttendanceVerbs.ReasonInput] = reason;
        }
        return data;
    }

    [Fact]
    public async Task Rsvp_AttendingThenExcusedWithReason_StoresTheLatestAndShowsItToTheMember()
    {
        var attending = await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Attending), Member1);
        var excused = await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Excused, "Đi công tác Hà Nội"), Member1);

        Assert.Equal(200, attending.StatusCode);
        Assert.Contains(AttendanceTexts.RsvpSaved(attending: true), attending.Text, StringComparison.Ordinal);
        Assert.Contains(AttendanceTexts.RsvpSaved(attending: false), excused.Text, StringComparison.Ordinal);
        Assert.Contains("Đi công tác Hà Nội", excused.Text, StringComparison.Ordinal);
        var entry = Assert.Single(await bot.EntriesAsync());
        Assert.Equal(("M02", RsvpAnswer.Excused, "Đi công tác Hà Nội"), (entry.MemberId, entry.Rsvp, entry.RsvpReason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Rsvp_ExcusedWithoutReason_IsRefusedAndStoresNothing(string? reason)
    {
        var answer = await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Excused, reason), Member1);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(AttendanceTexts.ReasonRequired, answer.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.EntriesAsync());
    }

    [Fact]
    public async Task Rsvp_AfterTheStart_IsRefusedAndKeepsTheEarlierAnswer()
    {
        await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Attending), Member1);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(1));

        var late = await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Excused, "Ốm"), Member1);

        Assert.Contains(AttendanceTexts.MeetingStarted, late.Text, StringComparison.Ordinal);
        Assert.Equal(RsvpAnswer.Attending, Assert.Single(await bot.EntriesAsync()).Rsvp);
    }

    [Fact]
    public async Task Rsvp_FromAnotherCellOrANonMember_IsRefusedAndStoresNothing()
    {
        var otherCell = await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Attending), Secretary2);
        var stranger = await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Attending), "aad-not-a-member");
        var forgedMeeting = await bot.InvokeAsync(AttendanceVerbs.Rsvp, new Dictionary<string, string>(Answer(AttendanceVerbs.Attending)) { ["unitId"] = "CB2" }, Member1);

        Assert.Equal(403, otherCell.StatusCode);
        Assert.Contains("Chi bộ Văn phòng Sở", otherCell.Text, StringComparison.Ordinal);
        Assert.Equal(403, stranger.StatusCode);
        Assert.Equal(403, forgedMeeting.StatusCode);
        Assert.Empty(await bot.EntriesAsync());
    }

    [Fact]
    public async Task Rsvp_ByTransferredMember_IsRefusedAsNotSummoned()
    {
        var answer = await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Attending), "aad-transferred");

        Assert.Contains(AttendanceTexts.NotSummoned, answer.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.EntriesAsync());
    }

    [Fact]
    public async Task ViewInvitation_BySecretary_ShowsTheTallyWithReasonsAndWhoHasNotAnswered()
    {
        await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Excused, "Chăm con ốm"), Member1);
        await bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Attending), Secretary1);

        var secretary = await bot.InvokeAsync(AttendanceVerbs.ViewInvitation, Ids(), Secretary1);
        var member = await bot.InvokeAsync(AttendanceVerbs.ViewInvitation, Ids(), Member1);

        Assert.Equal(200, secretary.StatusCode);
        Assert.Contains("Lê Thị Hoa", secretary.Text, StringComparison.Ordinal);
        Assert.Contains("Chăm con ốm", secretary.Text, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Bình", secretary.Text, StringComparison.Ordinal); // probationary, no answer yet
        Assert.Contains("Đặng Văn Khoa", secretary.Text, StringComparison.Ordinal); // full, no Teams, no answer
        Assert.DoesNotContain("Bùi Thị Mai", secretary.Text, StringComparison.Ordinal); // transferred: not summoned
        Assert.Contains("Chăm con ốm", member.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đặng Văn Khoa", member.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rsvp_DoubleClickAndRedeliveredInvoke_CountOnce()
    {
        var click = TestActivities.InvokeAdaptiveCardAction(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Attending), Member1, bot.Channel.ServiceUrl, "channel");

        await Task.WhenAll(bot.InvokeAsync(click), bot.InvokeAsync(click), bot.InvokeAsync(AttendanceVerbs.Rsvp, Answer(AttendanceVerbs.Attending), Member1));

        Assert.Equal(RsvpAnswer.Attending, Assert.Single(await bot.EntriesAsync()).Rsvp);
        var changes = await bot.Host.Service<AttendanceStore>().ChangesAsync(Cell, MeetingId, CancellationToken.None);
        Assert.Single(changes);
    }
}
