using PartyBot.Bot.Tests.Attendance;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Core.CommitteeAttendance;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.CommitteeAttendance;

/// <summary>
/// After the meeting, through the real host: CB1's meeting of 01/12/2026 08:00 is assigned to M06 (Vũ Thị Lan, who
/// follows CB1), confirmed; the card's "Đã dự" / "Không dự được" and the commands "đã dự" / "không dự được".
/// </summary>
public sealed class RecordAttendanceTests : IAsyncLifetime
{
    private static readonly Quarter Q4 = new(2026, 4);

    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await StartAsync();
        Assert.True(await Store.TryAddAsync(
            new CommitteeAssignment(Q4, Cell, MeetingId, "M06", AssignmentState.Confirmed, MeetingStart, RotationTexts.CellNotVisited, 1, bot.Time.GetUtcNow()),
            CancellationToken.None));
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private AssignmentStore Store => bot.Host.Service<AssignmentStore>();

    private Task<CommitteeAssignment?> RowAsync() => Store.GetAsync(Q4, Cell, MeetingId, CancellationToken.None);

    private string LastText() => bot.Channel.Calls.Last(c => c.Method == "POST").Body!.Value.GetProperty("text").GetString()!;

    private static Dictionary<string, string> Data(string round = "1", string? note = null)
    {
        var data = new Dictionary<string, string>
        {
            [CommitteeAttendanceVerbs.QuarterKey] = "2026Q4",
            [CommitteeAttendanceVerbs.UnitIdKey] = Cell,
            [CommitteeAttendanceVerbs.MeetingIdKey] = MeetingId,
            [CommitteeAttendanceVerbs.RoundKey] = round,
        };
        if (note is not null)
        {
            data[CommitteeAttendanceVerbs.NoteInput] = note;
        }
        return data;
    }

    [Fact]
    public async Task View_BeforeTheStart_AsksToComeBackLater_AfterItOffersTheRecordButtons()
    {
        var before = await bot.InvokeAsync(CommitteeAttendanceVerbs.View, Data(), Follower, "personal");
        bot.Time.SetUtcNow(MeetingStart.AddMinutes(1));
        var after = await bot.InvokeAsync(CommitteeAttendanceVerbs.View, Data(), Follower, "personal");

        Assert.Contains(AssignmentCardTexts.AfterStartHint, before.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(CommitteeAttendanceVerbs.Attended, before.Json, StringComparison.Ordinal);
        Assert.Contains(CommitteeAttendanceVerbs.Attended, after.Json, StringComparison.Ordinal);
        Assert.Contains(CommitteeAttendanceVerbs.Missed, after.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(CommitteeAttendanceVerbs.Decline, after.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attended_BeforeTheStart_RefusedNothingChanged()
    {
        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Attended, Data(), Follower, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains("Buổi họp chưa bắt đầu", answer.Text, StringComparison.Ordinal);
        Assert.Equal(AssignmentState.Confirmed, (await RowAsync())!.State);
    }

    [Fact]
    public async Task Attended_ByAssignedMemberAfterTheStart_StoredWithNoteThenCorrectable_ConfirmChangesNothing()
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(2));

        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Attended, Data(note: "  Chi bộ cần bám sát nghị quyết  "), Follower, "personal");
        var confirm = await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm, Data(), Follower, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(AssignmentCardTexts.RecordedAttended("Chi bộ cần bám sát nghị quyết"), answer.Text, StringComparison.Ordinal);
        var row = await RowAsync();
        Assert.Equal((AssignmentState.Attended, "Chi bộ cần bám sát nghị quyết", "M06"), (row!.State, row.Note, row.RecordedBy));
        Assert.Equal(200, confirm.StatusCode);
        Assert.Equal(AssignmentState.Attended, (await RowAsync())!.State);

        await bot.InvokeAsync(CommitteeAttendanceVerbs.Missed, Data(note: "Đột xuất đi công tác"), Follower, "personal");

        Assert.Equal((AssignmentState.Missed, "Đột xuất đi công tác"), ((await RowAsync())!.State, (await RowAsync())!.Note));
    }

    [Fact]
    public async Task Missed_BySecretaryForTheAttendee_StoredAsTheSecretarys()
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(2));

        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Missed, Data(note: "Đồng chí báo ốm"), Secretary1, "personal");

        Assert.Equal(200, answer.StatusCode);
        var row = await RowAsync();
        Assert.Equal((AssignmentState.Missed, "Đồng chí báo ốm", "M01"), (row!.State, row.Note, row.RecordedBy));
    }

    [Theory]
    [InlineData(Member1, "1")]       // a member of the chi bộ
    [InlineData(Secretary2, "1")]    // another chi bộ's secretary
    [InlineData(Administrator, "1")] // the office
    [InlineData(Follower, "2")]      // a round that is not the current one
    public async Task Record_ByAnotherOrForged_RefusedNothingChanged(string caller, string round)
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(2));

        var attended = await bot.InvokeAsync(CommitteeAttendanceVerbs.Attended, Data(round), caller, "personal");
        var view = await bot.InvokeAsync(CommitteeAttendanceVerbs.View, Data(round), caller, "personal");

        Assert.Equal((403, AssignmentCardTexts.NotYours), (attended.StatusCode, attended.Text));
        Assert.Equal(403, view.StatusCode);
        Assert.Equal(AssignmentState.Confirmed, (await RowAsync())!.State);
    }

    [Fact]
    public async Task Record_BadPayloadOrNoteTooLong_RefusedNothingChanged()
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(2));
        var bad = Data();
        bad.Remove(CommitteeAttendanceVerbs.QuarterKey);

        var forged = await bot.InvokeAsync(CommitteeAttendanceVerbs.Attended, bad, Follower, "personal");
        var tooLong = await bot.InvokeAsync(CommitteeAttendanceVerbs.Attended, Data(note: new string('x', RotationLimits.RecordNoteMaxLength + 1)), Follower, "personal");

        Assert.Equal(400, forged.StatusCode);
        Assert.Equal(200, tooLong.StatusCode);
        Assert.Contains(RecordTexts.NoteTooLong, tooLong.Text, StringComparison.Ordinal);
        Assert.Equal(AssignmentState.Confirmed, (await RowAsync())!.State);
    }

    [Fact]
    public async Task Command_AttendedByAssignedMember_StoredWithNoteAndConfirmed()
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(2));

        await bot.SendAsync("đã dự CB1 Chi bộ cần phân công cụ thể từng việc", Follower);

        var row = await RowAsync();
        Assert.Equal((AssignmentState.Attended, "Chi bộ cần phân công cụ thể từng việc"), (row!.State, row.Note));
        Assert.StartsWith("Đã ghi nhận: đồng chí Vũ Thị Lan đã dự", LastText(), StringComparison.Ordinal);
        Assert.EndsWith("Ý kiến chỉ đạo: Chi bộ cần phân công cụ thể từng việc", LastText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_MissedBySecretary_StoredForTheAttendee()
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(2));

        await bot.SendAsync("không dự được CB1", Secretary1);

        var row = await RowAsync();
        Assert.Equal((AssignmentState.Missed, null, "M01"), (row!.State, row.Note, row.RecordedBy));
        Assert.StartsWith("Đã ghi nhận: đồng chí Vũ Thị Lan không dự được", LastText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("đã dự", Follower, "Đồng chí gõ: đã dự <mã chi bộ>")]
    [InlineData("đã dự CB9", Follower, "Không tìm thấy chi bộ có mã \"CB9\".")]
    [InlineData("đã dự CB1", Member1, "Chưa có buổi sinh hoạt nào của Chi bộ Văn phòng Sở đã bắt đầu")]
    [InlineData("đã dự CB1", Secretary2, "Chưa có buổi sinh hoạt nào của Chi bộ Văn phòng Sở đã bắt đầu")]
    public async Task Command_BadInputOrAnotherCaller_ClearRefusalNothingChanged(string text, string caller, string refusal)
    {
        bot.Time.SetUtcNow(MeetingStart.AddHours(2));

        await bot.SendAsync(text, caller);

        Assert.StartsWith(refusal, LastText(), StringComparison.Ordinal);
        Assert.Equal(AssignmentState.Confirmed, (await RowAsync())!.State);
    }

    [Fact]
    public async Task Command_BeforeTheStart_NothingToRecord()
    {
        await bot.SendAsync("đã dự CB1", Follower);

        Assert.StartsWith("Chưa có buổi sinh hoạt nào", LastText(), StringComparison.Ordinal);
        Assert.Equal(AssignmentState.Confirmed, (await RowAsync())!.State);
    }
}
