using Microsoft.Extensions.DependencyInjection;
using PartyBot.Bot.CommitteeAttendance;
using PartyBot.Cards.Meetings;
using PartyBot.Jobs.Meetings;
using PartyBot.Bot.Tests.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Outbox;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Core.CommitteeAttendance;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.CommitteeAttendance;

/// <summary>
/// The assigned member's answers on the card (committee.confirm / committee.decline) through the real host: CB1's
/// meeting of 01/12/2026 is assigned (round 1, pending) to M06, the committee member who follows CB1.
/// </summary>
public sealed class AssignmentAnswerTests : IAsyncLifetime
{
    private static readonly Quarter Q4 = new(2026, 4);

    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await StartAsync();
        Assert.True(await Store.TryAddAsync(
            new CommitteeAssignment(Q4, Cell, MeetingId, "M06", AssignmentState.Pending, MeetingStart, RotationTexts.CellNotVisited, 1, bot.Time.GetUtcNow()),
            CancellationToken.None));
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private AssignmentStore Store => bot.Host.Service<AssignmentStore>();

    private Task<Meeting?> MeetingAsync() => bot.Host.Service<MeetingStore>().GetAsync(Cell, MeetingId, CancellationToken.None);

    private Task<CommitteeAssignment?> RowAsync() => Store.GetAsync(Q4, Cell, MeetingId, CancellationToken.None);

    private static Dictionary<string, string> Data(string round = "1", string quarter = "2026Q4", string? reason = null)
    {
        var data = new Dictionary<string, string>
        {
            [CommitteeAttendanceVerbs.QuarterKey] = quarter,
            [CommitteeAttendanceVerbs.UnitIdKey] = Cell,
            [CommitteeAttendanceVerbs.MeetingIdKey] = MeetingId,
            [CommitteeAttendanceVerbs.RoundKey] = round,
        };
        if (reason is not null)
        {
            data[CommitteeAttendanceVerbs.ReasonInput] = reason;
        }
        return data;
    }

    [Fact]
    public async Task Confirm_ByAssignedMember_StoredAndCardSaysSoWithoutButtons_SecretaryToldOnce()
    {
        await bot.SendAsync("trợ giúp", Secretary1); // the secretary's 1:1 address is known from now on

        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm, Data(), Follower, "personal");
        var again = await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm, Data(), Follower, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(AssignmentCardTexts.Confirmed, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(CommitteeAttendanceVerbs.Confirm, answer.Json, StringComparison.Ordinal);
        Assert.Equal(200, again.StatusCode);
        var row = await RowAsync();
        Assert.Equal(AssignmentState.Confirmed, row!.State);
        var told = await bot.Host.Service<OutboxStore>().FindAsync(ConfirmAttendanceAction.ComingKey(row), CancellationToken.None);
        Assert.Contains("Vũ Thị Lan", told!.Message.ActivityJson, StringComparison.Ordinal);
        Assert.Equal("M06", (await MeetingAsync())!.UpperAttendeeMemberId);
    }

    [Fact]
    public async Task Decline_AfterConfirming_NoLongerTheMeetingsAttendee()
    {
        await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm, Data(), Follower, "personal");

        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Decline, Data(reason: "Ốm"), Follower, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Null((await MeetingAsync())!.UpperAttendeeMemberId);
        Assert.Equal(AssignmentState.Released, (await RowAsync())!.State);
    }

    private async Task AnnounceAsync()
    {
        using var scope = bot.Host.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<MeetingPublisher>().AnnounceAsync((await MeetingAsync())!, CancellationToken.None));
        await bot.Host.DeliverQueuedAsync();
        Assert.NotNull((await MeetingAsync())!.CardActivityId);
        bot.Channel.ResetCalls();
    }

    [Fact]
    public async Task Confirm_MeetingAnnounced_AgendaCardUpdatedInPlaceWithTheAttendee_DeclineTakesHimOff()
    {
        await AnnounceAsync();
        var cardId = (await MeetingAsync())!.CardActivityId!;

        await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm, Data(), Follower, "personal");
        await bot.Host.DeliverQueuedAsync();

        var put = Assert.Single(bot.Channel.Calls, c => c.Method == "PUT");
        Assert.Contains(Uri.EscapeDataString(cardId), put.RawPath, StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.UpperAttendeeLine("Vũ Thị Lan"), put.CardText(), StringComparison.Ordinal);

        bot.Channel.ResetCalls();
        await bot.InvokeAsync(CommitteeAttendanceVerbs.Decline, Data(reason: "Ốm"), Follower, "personal");
        await bot.Host.DeliverQueuedAsync();

        var after = Assert.Single(bot.Channel.Calls, c => c.Method == "PUT");
        Assert.DoesNotContain("Vũ Thị Lan", after.CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_WhilePending_MeetingAnnounced_AgendaCardNotTouched()
    {
        await AnnounceAsync();

        await bot.InvokeAsync(CommitteeAttendanceVerbs.Decline, Data(reason: "Ốm"), Follower, "personal");
        await bot.Host.DeliverQueuedAsync();

        Assert.DoesNotContain(bot.Channel.Calls, c => c.Method == "PUT");
    }

    [Theory]
    [InlineData(Member1)]       // a member of the chi bộ
    [InlineData(Secretary1)]    // its secretary
    [InlineData(Administrator)] // the office
    public async Task ConfirmOrDecline_ByAnotherMember_RefusedNothingShownNothingChanged(string caller)
    {
        var confirm = await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm, Data(), caller, "personal");
        var decline = await bot.InvokeAsync(CommitteeAttendanceVerbs.Decline, Data(reason: ""), caller, "personal");

        Assert.Equal((403, AssignmentCardTexts.NotYours), (confirm.StatusCode, confirm.Text));
        Assert.Equal((403, AssignmentCardTexts.NotYours), (decline.StatusCode, decline.Text));
        var row = await RowAsync();
        Assert.Equal(("M06", AssignmentState.Pending), (row!.MemberId, row.State));
    }

    [Theory]
    [InlineData("2", "2026Q4")]  // a round that is not the current one
    [InlineData("x", "2026Q4")]
    [InlineData("1", "2026Q9")]
    [InlineData("1", "")]
    public async Task Confirm_ForgedPayload_RefusedNothingChanged(string round, string quarter)
    {
        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm, Data(round, quarter), Follower, "personal");

        Assert.InRange(answer.StatusCode, 400, 404);
        Assert.Equal(AssignmentState.Pending, (await RowAsync())!.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Decline_WithoutReason_AskedForOneNothingChanged(string reason)
    {
        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Decline, Data(reason: reason), Follower, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(AssignmentCardTexts.ReasonRequired, answer.Text, StringComparison.Ordinal);
        Assert.Equal(AssignmentState.Pending, (await RowAsync())!.State);
    }

    [Fact]
    public async Task Decline_WithReason_ReleasedDeclinerRecordedThenConfirmRefused()
    {
        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Decline, Data(reason: "Đi công tác Hà Nội"), Follower, "personal");
        var confirm = await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm, Data(), Follower, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(AssignmentCardTexts.Declined("Đi công tác Hà Nội"), answer.Text, StringComparison.Ordinal);
        var row = await RowAsync();
        Assert.Equal((null, AssignmentState.Released, 1), (row!.MemberId, row.State, row.Round));
        Assert.Equal(["M06"], row.Decliners);
        Assert.Equal(403, confirm.StatusCode);
    }
}
