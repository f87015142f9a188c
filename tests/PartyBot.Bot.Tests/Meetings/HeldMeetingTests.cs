using PartyBot.Bot.Tests.Attendance;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.Meetings;

/// <summary>
/// A meeting is held once its start is past or its roll call is closed: from then on it is a record. It is never
/// cancelled nor moved; its place and content can still be corrected; and the history follows the meeting's state.
/// </summary>
public sealed class HeldMeetingTests : IAsyncLifetime
{
    private AttendanceHost bot = null!;

    public async Task InitializeAsync() => bot = await StartAsync(MeetingStart.AddHours(-3));

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("past")]
    [InlineData("rollCallClosed")]
    public async Task Cancel_HeldMeeting_IsRefusedAndTheMeetingStays(string held)
    {
        if (held == "past")
        {
            bot.Time.SetUtcNow(MeetingStart.AddHours(2));
        }
        else
        {
            await CloseRollCallAsync(closeAt: MeetingStart.AddMinutes(-10));
        }

        var ask = await bot.InvokeAsync(MeetingVerbs.Cancel, Ids(), Secretary1);
        var confirm = await bot.InvokeAsync(CancelMeetingCard.ConfirmVerb, new Dictionary<string, string>(Ids()) { [CancelMeetingCard.ReasonInput] = "Nhầm" }, Secretary1);

        Assert.Equal((409, MeetingFormTexts.HeldCannotCancel), (ask.StatusCode, ask.Text));
        Assert.Equal((409, MeetingFormTexts.HeldCannotCancel), (confirm.StatusCode, confirm.Text));
        Assert.Equal(MeetingStatus.Planned, (await MeetingAsync()).Status);
    }

    [Fact]
    public async Task EditAndSave_HeldMeeting_CorrectsThePlaceAndKeepsTheTime()
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(3));

        var form = await bot.InvokeAsync(MeetingVerbs.Edit, Ids(), Secretary1);
        var saved = await bot.InvokeAsync(MeetingVerbs.Save, new Dictionary<string, string>(Ids())
        {
            ["kind"] = "Thematic",
            ["date"] = "2027-01-15",
            ["startTime"] = "09:00",
            ["durationMinutes"] = "90",
            ["place"] = "Hội trường A",
        }, Secretary1);

        Assert.Equal(200, form.StatusCode);
        Assert.Contains(MeetingTexts.FormHeldTitle, form.Text, StringComparison.Ordinal);
        Assert.Equal(200, saved.StatusCode);
        Assert.DoesNotContain(MeetingTexts.FormErrorsLead, saved.Text, StringComparison.Ordinal);
        var meeting = await MeetingAsync();
        Assert.Equal(("Hội trường A", MeetingStart, MeetingKind.Regular), (meeting.Place, meeting.StartsAt, meeting.Kind));
    }

    [Fact]
    public async Task MeetingList_HeldMeeting_OffersACorrectionAndNoCancel()
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(2));
        await bot.SendAsync("lịch họp", Secretary1);

        var card = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost()).CardText();

        Assert.Contains(MeetingTexts.HeldStatus, card, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.EditRecord, card, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTexts.CancelMeeting, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttendanceHistory_MeetingCancelledAfterItsRollCallClosed_DoesNotCountIt()
    {
        await CloseRollCallAsync(closeAt: MeetingStart.AddMinutes(45));
        // A meeting cancelled after its roll call closed (possible before held meetings refused cancelling).
        await bot.Host.Service<MeetingStore>().UpdateAsync(Cell, MeetingId, m => m with { Status = MeetingStatus.Cancelled, CancelReason = "Nhầm" }, CancellationToken.None);
        bot.Channel.ResetCalls();

        var history = await bot.Host.Service<AttendanceService>().HistoryAsync("M02", 2026, CancellationToken.None);
        await bot.SendAsync("chuyên cần", Member1);

        Assert.Empty(history);
        var card = Assert.Single(bot.Channel.Calls, c => c.IsActivityPost()).CardText();
        Assert.Contains(AttendanceCardTexts.HistoryEmpty(2026), card, StringComparison.Ordinal);
    }

    private async Task CloseRollCallAsync(DateTimeOffset closeAt)
    {
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(-30));
        await bot.SendAsync("điểm danh", Secretary1);
        bot.Time.SetUtcNow(closeAt);
        Assert.Equal(200, (await bot.InvokeAsync(AttendanceVerbs.Close, Ids(), Secretary1)).StatusCode);
        Assert.True((await bot.RollCallAsync())!.IsClosed);
        bot.Channel.ResetCalls();
    }

    private async Task<Meeting> MeetingAsync() => (await bot.Host.Service<MeetingStore>().GetAsync(Cell, MeetingId, CancellationToken.None))!;
}
