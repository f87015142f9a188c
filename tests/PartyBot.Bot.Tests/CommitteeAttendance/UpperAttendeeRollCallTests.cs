using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.BotFramework.Schema;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;
using AttendanceHost = PartyBot.Bot.Tests.Attendance.AttendanceHost;

namespace PartyBot.Bot.Tests.CommitteeAttendance;

/// <summary>
/// The upper-level attendee on CB1's roll call through the real host: M05 (secretary of CB2, on the DUK committee, not
/// following CB1) is the confirmed attendee of CB1's meeting of 01/12/2026; M06 follows CB1 but is not assigned.
/// </summary>
public sealed class UpperAttendeeRollCallTests : IAsyncLifetime
{
    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await StartAsync();
        var store = bot.Host.Service<OrganizationStore>();
        var m05 = await store.FindMemberAsync("M05", CancellationToken.None);
        await store.SaveMemberAsync(m05! with { Committee = new CommitteeSeat("DUK") }, m05, CancellationToken.None);
        await bot.Host.Service<MeetingStore>().UpdateAsync(Cell, MeetingId, m => m with { UpperAttendeeMemberId = "M05" }, CancellationToken.None);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(-30));
        await bot.SendAsync("điểm danh", Secretary1);
        await bot.Host.DeliverQueuedAsync();
        bot.Channel.ResetCalls();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task CheckIn_ByConfirmedUpperAttendee_ShownApartAndNotInTheChiBosCounts()
    {
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));
        var before = (await bot.InvokeAsync(AttendanceVerbs.ViewRollCall, Ids(), Secretary1)).Text;

        var answer = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Secretary2, ConversationTypes.Personal);
        var again = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Secretary2, ConversationTypes.Personal);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(AttendanceTexts.UpperAttendeeCheckedIn, answer.Text, StringComparison.Ordinal);
        Assert.Contains("đồng chí Hoàng Minh Đức — có mặt (lúc 08:05)", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(AttendanceVerbs.CheckIn, again.Json, StringComparison.Ordinal); // checked in: no button
        Assert.Contains("đồng chí Hoàng Minh Đức — chưa điểm danh", before, StringComparison.Ordinal);
        var rollCall = await bot.RollCallAsync();
        Assert.Equal(("M05", MeetingStart.AddMinutes(5)), (rollCall!.UpperAttendee!.MemberId, rollCall.UpperAttendee.At));
        Assert.DoesNotContain(await bot.EntriesAsync(), e => e.MemberId == "M05");

        bot.Time.SetUtcNow(MeetingStart.AddMinutes(100));
        var closed = await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1);
        await bot.Host.DeliverQueuedAsync();

        Assert.Equal(200, closed.StatusCode);
        var record = (await bot.RollCallAsync())!.Record!;
        Assert.Equal((4, 0), (record.Tally.Summoned, record.Tally.Present)); // the attendee is in none of the chi bộ's numbers
        Assert.DoesNotContain(record.Lines, l => l.MemberId == "M05");
        var summary = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost() && c.CardJson() is not null);
        Assert.Contains(AttendanceCardTexts.FactUpperAttendee, summary.CardText(), StringComparison.Ordinal);
        Assert.Contains("đồng chí Hoàng Minh Đức — có mặt", summary.CardText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Follower)]      // a committee member following CB1, not assigned to this meeting
    [InlineData(Administrator)] // the office
    public async Task CheckIn_ByAnyoneButTheAssignedAttendee_RefusedNothingRecorded(string caller)
    {
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));

        var answer = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), caller, ConversationTypes.Personal);

        Assert.Equal(403, answer.StatusCode);
        Assert.Null((await bot.RollCallAsync())!.UpperAttendee);
        Assert.Empty(await bot.EntriesAsync());
    }

    [Fact]
    public async Task CheckIn_AttendeeReleasedBeforeTheMeeting_RefusedNothingRecorded()
    {
        await bot.Host.Service<MeetingStore>().UpdateAsync(Cell, MeetingId, m => m with { UpperAttendeeMemberId = null }, CancellationToken.None);
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(5));

        var answer = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Secretary2, ConversationTypes.Personal);

        Assert.Equal(403, answer.StatusCode);
        Assert.Null((await bot.RollCallAsync())!.UpperAttendee);
    }

    [Fact]
    public async Task CheckIn_ByUpperAttendeeAfterTheWindow_RefusedOnTheCard()
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(3));

        var answer = await bot.InvokeAsync(AttendanceVerbs.CheckIn, Ids(), Secretary2, ConversationTypes.Personal);

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains("đồng chí Hoàng Minh Đức — chưa điểm danh", answer.Text, StringComparison.Ordinal);
        Assert.Null((await bot.RollCallAsync())!.UpperAttendee);
    }
}
