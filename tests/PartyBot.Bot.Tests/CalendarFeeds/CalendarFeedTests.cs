using System.Net;
using System.Text.RegularExpressions;
using PartyBot.Cards.CalendarFeeds;
using PartyBot.Core.Meetings;
using PartyBot.BotFramework.Schema;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.CalendarFeeds;

/// <summary>"lịch của tôi trên Outlook" and GET /calendar/{token}.ics on the real loopback host.</summary>
public sealed partial class CalendarFeedTests : IAsyncLifetime
{
    private Attendance.AttendanceHost bot = null!;

    public async Task InitializeAsync() => bot = await StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [GeneratedRegex(@"https?://\S+/calendar/[A-Za-z0-9_-]{43}\.ics")]
    private static partial Regex LinkPattern();

    private async Task<string> AskLinkAsync(string text, string aad)
    {
        bot.Channel.ResetCalls();
        await bot.SendAsync(text, aad);
        var post = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost());
        return LinkPattern().Match(post.CardText()).Value;
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string link)
    {
        var response = await bot.Host.Http.GetAsync(new Uri(link).PathAndQuery);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Feed_MovedAndCancelledMeetings_ShowTheNewTimeWithAHigherSequenceAndCancelled()
    {
        var link = await AskLinkAsync("lịch của tôi trên Outlook", Member1);
        Assert.NotEmpty(link);
        var (status, first) = await GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, status);
        var before = Ical.Net.Calendar.Load(first)!.Events.Single(e => e.Uid == $"meeting-{Cell}-{MeetingId}@partybot");

        var meetings = bot.Host.Service<MeetingStore>();
        await meetings.UpdateAsync(Cell, MeetingId, m => m with { StartsAt = MeetingStart.AddDays(1).AddHours(6) }, CancellationToken.None);
        Assert.True(await meetings.AddAsync(new Meeting(Cell, "T-2026-12", MeetingKind.Thematic, MeetingStart.AddDays(7), 120, MeetingStatus.Cancelled, Topic: "Chuyên đề 1"), CancellationToken.None));
        var (_, second) = await GetAsync(link);

        var calendar = Ical.Net.Calendar.Load(second)!;
        var moved = calendar.Events.Single(e => e.Uid == before.Uid);
        Assert.Equal(before.Sequence + 1, moved.Sequence);
        Assert.Equal((2, 14), (moved.DtStart!.Day, moved.DtStart.Hour)); // 07:00 UTC: 14:00 in Vietnam
        Assert.Equal("CANCELLED", calendar.Events.Single(e => e.Uid == $"meeting-{Cell}-T-2026-12@partybot").Status);
        Assert.DoesNotContain("Nguyễn Văn An", second, StringComparison.Ordinal); // no other member's name
        Assert.DoesNotContain("@demo.partybot.local", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renew_OldLinkGets404_NewOneWorks()
    {
        var old = await AskLinkAsync("lịch của tôi trên Outlook", Member1);
        var again = await AskLinkAsync("lịch của tôi trên Outlook", Member1);
        Assert.Empty(again); // a link exists: it is not shown twice (only its hash is kept)

        var renewed = await AskLinkAsync("lịch của tôi trên Outlook đổi", Member1);

        Assert.NotEqual(old, renewed);
        Assert.Equal((HttpStatusCode.NotFound, ""), await GetAsync(old));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(renewed)).Status);
    }

    [Fact]
    public async Task RenewButton_InPersonalChat_GivesANewLink_InAGroupIsRefused()
    {
        var old = await AskLinkAsync("lịch của tôi trên Outlook", Member1);

        var group = await bot.InvokeAsync(CalendarFeedVerbs.Renew, [], Member1, ConversationTypes.GroupChat);
        var personal = await bot.InvokeAsync(CalendarFeedVerbs.Renew, [], Member1, ConversationTypes.Personal);

        Assert.Equal(403, group.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(LinkPattern().Match(personal.Text).Value)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(old)).Status);
    }

    [Fact]
    public async Task Feed_CommitteeMember_HasHisAssignmentToAnotherChiBo()
    {
        var store = bot.Host.Service<PartyBot.Core.Organization.OrganizationStore>();
        var m05 = await store.FindMemberAsync("M05", CancellationToken.None);
        await store.SaveMemberAsync(m05! with { Committee = new PartyBot.Core.Organization.CommitteeSeat("DUK") }, m05, CancellationToken.None);
        var quarter = PartyBot.Core.CommitteeAttendance.Quarter.Of(MeetingStart);
        Assert.True(await bot.Host.Service<PartyBot.Core.CommitteeAttendance.AssignmentStore>().TryAddAsync(new PartyBot.Core.CommitteeAttendance.CommitteeAssignment(
            quarter, Cell, MeetingId, "M05", PartyBot.Core.CommitteeAttendance.AssignmentState.Confirmed, MeetingStart, "Luân phiên", 1, MeetingStart.AddDays(-5)), CancellationToken.None));

        var (status, body) = await GetAsync(await AskLinkAsync("lịch của tôi trên Outlook", Secretary2));

        Assert.Equal(HttpStatusCode.OK, status);
        var assignment = Ical.Net.Calendar.Load(body)!.Events.Single(e => e.Uid == $"assignment-{Cell}-{MeetingId}-M05@partybot");
        Assert.Equal("CONFIRMED", assignment.Status);
        Assert.Contains("Chi bộ", assignment.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")]
    [InlineData("/calendar/x.ics")]
    public async Task Feed_UnknownToken_404WithNothingInTheBody(string path)
    {
        var response = await bot.Host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }
}
