using PartyBot.Bot.Tests.Attendance;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.CommitteeAttendance;

/// <summary>
/// "lịch dự họp", "tình hình dự sinh hoạt" and "lịch bận" through the real host, on 30/11/2026: M06 (home CB2, follows CB1)
/// sits on the DUK committee; CB1's meeting of 01/12/2026 is assigned to M06 (round 1, pending); M07 is the office of DUK.
/// </summary>
public sealed class CommitteeViewsTests : IAsyncLifetime
{
    private static readonly Quarter Q4 = new(2026, 4);

    private AttendanceHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await StartAsync();
        var store = bot.Host.Service<OrganizationStore>();
        var m06 = await store.FindMemberAsync("M06", CancellationToken.None);
        await store.SaveMemberAsync(m06! with { Committee = new CommitteeSeat("DUK") }, m06, CancellationToken.None);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private AssignmentStore Assignments => bot.Host.Service<AssignmentStore>();

    private UnavailabilityStore Periods => bot.Host.Service<UnavailabilityStore>();

    private async Task AssignAsync() => Assert.True(await Assignments.TryAddAsync(
        new CommitteeAssignment(Q4, Cell, MeetingId, "M06", AssignmentState.Pending, MeetingStart, RotationTexts.CellNotVisited, 1, bot.Time.GetUtcNow()), CancellationToken.None));

    private RecordedCall LastPost() => bot.Channel.Calls.Last(c => c.IsActivityPost());

    [Fact]
    public async Task LichDuHop_CommitteeMember_OwnAssignmentWithStateAndTheAssignmentCardsButtons()
    {
        await AssignAsync();

        await bot.SendAsync("lịch dự họp", Follower);

        var post = LastPost();
        var text = post.CardText();
        Assert.Contains("Chi bộ Văn phòng Sở", text, StringComparison.Ordinal);
        Assert.Contains("chờ xác nhận", text, StringComparison.Ordinal);
        Assert.Contains("Phòng họp tầng 2", text, StringComparison.Ordinal);
        Assert.Contains($"\"verb\":\"{CommitteeAttendanceVerbs.Confirm}\"", post.CardJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LichDuHop_ConfirmFromTheList_StoredThroughTheExistingAction()
    {
        await AssignAsync();
        await bot.SendAsync("lịch dự họp", Follower);

        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.Confirm,
            new() { ["quarter"] = "2026Q4", ["unitId"] = Cell, ["meetingId"] = MeetingId, ["round"] = "1" }, Follower, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal(AssignmentState.Confirmed, (await Assignments.GetAsync(Q4, Cell, MeetingId, CancellationToken.None))!.State);
        await bot.SendAsync("lich du hop", Follower);
        Assert.Contains("đã xác nhận", LastPost().CardText(), StringComparison.Ordinal);
        Assert.DoesNotContain(CommitteeAttendanceVerbs.Confirm, LastPost().CardJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Member1)]
    [InlineData(Secretary1)]
    public async Task LichDuHop_NotACommitteeMember_RefusedInVietnamese(string caller)
    {
        await AssignAsync();

        await bot.SendAsync("lịch dự họp", caller);

        Assert.Equal(CommitteeViewTexts.NotCommitteeMember, LastPost().Text());
    }

    [Fact]
    public async Task LichDuHopPage_NotACommitteeMember_Refused()
    {
        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.MinePage, new() { ["page"] = "1" }, Member1, "personal");

        Assert.Equal(403, answer.StatusCode);
    }

    [Fact]
    public async Task TinhHinh_Office_CardWithTheUncoveredCellsAndTheMembersFigures()
    {
        await AssignAsync();

        await bot.SendAsync("tình hình dự sinh hoạt 4/2026", Administrator);

        var text = LastPost().CardText();
        Assert.Contains("Quý 4/2026 · Đảng ủy Khối các cơ quan tỉnh", text, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Văn phòng Sở", text, StringComparison.Ordinal);
        Assert.Contains("đã phân công, chưa xác nhận", text, StringComparison.Ordinal); // CB1: M06 has not answered
        Assert.Contains("Chi bộ Phòng Quản lý nhà", text, StringComparison.Ordinal);
        Assert.Contains("chưa có cuộc họp trong quý", text, StringComparison.Ordinal); // CB2: no meeting stored
        Assert.Contains("Vũ Thị Lan", text, StringComparison.Ordinal);
        Assert.Contains("0/1", text, StringComparison.Ordinal); // 6 a year: 2, 1, 2, 1, so 1 due in quarter 4
        Assert.Contains("committee-report 2026Q4", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TinhHinh_OfficesTaiCsv_TheSameFiguresAsCsvWhenTheLinkIsOpened()
    {
        await AssignAsync();
        await bot.SendAsync("tình hình dự sinh hoạt 4/2026", Administrator);

        var response = await bot.Host.Http.GetAsync(Surveys.SurveyOverviewTests.CsvLink(LastPost().CardJson()).PathAndQuery);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tình hình dự sinh hoạt quý 4-2026.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tình hình cấp ủy viên dự sinh hoạt chi bộ quý 4/2026", csv, StringComparison.Ordinal);
        Assert.Contains("CB1,Chi bộ Văn phòng Sở", csv, StringComparison.Ordinal);
        Assert.Contains("M06,Vũ Thị Lan", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TinhHinh_CommitteeMember_NoTaiCsvButton()
    {
        await bot.SendAsync("tình hình dự sinh hoạt", Follower);

        Assert.DoesNotContain("Action.OpenUrl", LastPost().CardJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TinhHinh_CommitteeMember_SeesHisCommitteesViewWithoutTheCsvHint()
    {
        await bot.SendAsync("tình hình dự sinh hoạt", Follower);

        var text = LastPost().CardText();
        Assert.Contains("Quý 4/2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("committee-report", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Member1)]
    [InlineData(Secretary1)]
    public async Task TinhHinh_PlainMemberOrSecretary_RefusedInVietnamese(string caller)
    {
        await bot.SendAsync("tình hình dự sinh hoạt", caller);

        Assert.Equal(ComplianceTexts.Denied, LastPost().Text());
    }

    [Fact]
    public async Task TinhHinh_BadQuarter_Explained()
    {
        await bot.SendAsync("tình hình dự sinh hoạt quý 5", Administrator);

        Assert.Equal(ComplianceTexts.BadQuarter("quý 5"), LastPost().Text());
    }

    [Theory]
    [InlineData("bận")]
    [InlineData("lịch bận")]
    public async Task LichBan_CommitteeMember_PeriodsNotYetOverWithARemoveButtonEach(string command)
    {
        await Periods.SaveAsync(new Unavailability("M06", new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11), "đi công tác"), CancellationToken.None);
        await Periods.SaveAsync(new Unavailability("M06", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 6)), CancellationToken.None); // over

        await bot.SendAsync(command, Follower);

        var post = LastPost();
        Assert.Contains("07/12/2026 – 11/12/2026 · đi công tác", post.CardText(), StringComparison.Ordinal);
        Assert.DoesNotContain("02/11/2026", post.CardText(), StringComparison.Ordinal);
        Assert.Contains($"\"verb\":\"{CommitteeAttendanceVerbs.RemoveUnavailability}\"", post.CardJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LichBan_NotACommitteeMember_Refused()
    {
        await bot.SendAsync("lịch bận", Member1);

        Assert.Equal(UnavailabilityTexts.NotCommitteeMember, LastPost().Text());
    }

    [Fact]
    public async Task Remove_OwnPeriod_RemovedAndTheAssignmentJobRunsAgain()
    {
        // M06, the only committee member, is away on the day of CB1's meeting: nobody is assigned until the period goes.
        await Periods.SaveAsync(new Unavailability("M06", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)), CancellationToken.None);

        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.RemoveUnavailability, new() { ["from"] = "2026-11-30", ["to"] = "2026-12-02" }, Follower, "personal");

        Assert.Equal(200, answer.StatusCode);
        Assert.Contains(CommitteeViewTexts.Removed(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)), answer.Text, StringComparison.Ordinal);
        Assert.Empty(await Periods.ListForMemberAsync("M06", CancellationToken.None));
        CommitteeAssignment? row = null;
        for (var i = 0; i < 100 && row is null; i++)
        {
            await Task.Delay(100);
            row = await Assignments.GetAsync(Q4, Cell, MeetingId, CancellationToken.None);
        }
        Assert.Equal("M06", row?.MemberId);
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-11", Member1)]    // not a committee member
    [InlineData("2026-12-07", "2026-12-11", Secretary2)] // M05 has no such period; M06's is not his
    [InlineData("07/12/2026", "2026-12-11", Follower)]   // not the card's date format
    [InlineData("2026-12-11", "2026-12-07", Follower)]   // reversed
    [InlineData("", "2026-12-11", Follower)]
    public async Task Remove_ForgedPayload_RefusedNothingRemoved(string from, string to, string caller)
    {
        var store = bot.Host.Service<OrganizationStore>();
        var m05 = await store.FindMemberAsync("M05", CancellationToken.None);
        await store.SaveMemberAsync(m05! with { Committee = new CommitteeSeat("DUK") }, m05, CancellationToken.None);
        await Periods.SaveAsync(new Unavailability("M06", new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11)), CancellationToken.None);

        var answer = await bot.InvokeAsync(CommitteeAttendanceVerbs.RemoveUnavailability, new() { ["from"] = from, ["to"] = to }, caller, "personal");

        Assert.True(answer.StatusCode is 400 or 403 || answer.Text.Contains(CommitteeViewTexts.PeriodGone, StringComparison.Ordinal), answer.Text);
        Assert.Single(await Periods.ListForMemberAsync("M06", CancellationToken.None));
    }
}
