using PartyBot.Bot.Tests.Attendance;
using PartyBot.Cards.Meetings;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Testing;
using Quartz;
using static PartyBot.Bot.Tests.Attendance.AttendanceHost;
using static PartyBot.Bot.Tests.Organization.TestOrganization;

namespace PartyBot.Bot.Tests.CommitteeAttendance;

/// <summary>
/// A meeting with a confirmed upper-level attendee, moved or cancelled by the secretary through the real host (on 30/11/2026):
/// the save starts the assignment job at once (its cron is off in the test host), which releases the assignment and tells
/// M06 (Follower, on the DUK committee) 1:1 through the outbox. M06 is also confirmed for CB3's thematic session of 03/12 08:00.
/// </summary>
public sealed class MeetingChangeRecheckTests : IAsyncLifetime
{
    private const string AssignJob = "AssignAttendees";
    private const string Cb3Meeting = "T-2026-12-CB3";
    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly DateTimeOffset Cb3Start = RegularSlotRule.ToUtc(new DateOnly(2026, 12, 3), new TimeOnly(8, 0));

    private AttendanceHost bot = null!;
    private readonly JobDone assignRun = new(AssignJob);

    public async Task InitializeAsync()
    {
        bot = await StartAsync();
        var organization = bot.Host.Service<OrganizationStore>();
        var m06 = await organization.FindMemberAsync("M06", CancellationToken.None);
        await organization.SaveMemberAsync(m06! with { Committee = new CommitteeSeat("DUK") }, m06, CancellationToken.None);
        await organization.SaveUnitAsync(new Unit("CB3", UnitKind.Cell, "Chi bộ Phòng Kế hoạch", "DBCS-SXD", MeetingSlot.Default), CancellationToken.None);
        Assert.True(await bot.Host.Service<MeetingStore>().AddAsync(new Meeting("CB3", Cb3Meeting, MeetingKind.Thematic, Cb3Start, 120, Topic: "Học tập Nghị quyết"), CancellationToken.None));
        var assignments = bot.Host.Service<AssignmentStore>();
        var now = bot.Time.GetUtcNow();
        Assert.True(await assignments.TryAddAsync(
            new CommitteeAssignment(Q4, Cell, MeetingId, "M06", AssignmentState.Confirmed, MeetingStart, RotationTexts.CellNotVisited, 1, now), CancellationToken.None));
        Assert.True(await assignments.TryAddAsync(
            new CommitteeAssignment(Q4, "CB3", Cb3Meeting, "M06", AssignmentState.Confirmed, Cb3Start, RotationTexts.CellNotVisited, 1, now), CancellationToken.None));
        var scheduler = await bot.Host.Service<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(assignRun, [Matchers.AllJobs()]); // it picks its job by name
        await bot.SendAsync("lịch dự họp", Follower); // M06 has talked to the bot: PartyBot can write to him 1:1
        bot.Channel.ResetCalls();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private Task<CommitteeAssignment?> Cb1Row() => bot.Host.Service<AssignmentStore>().GetAsync(Q4, Cell, MeetingId, CancellationToken.None);

    private List<RecordedCall> PostsToM06() =>
        [.. bot.Channel.Calls.Where(c => c.IsActivityPost() && Uri.UnescapeDataString(c.RawPath + c.Path).Contains(TestActivities.PersonalConversationId(Follower), StringComparison.Ordinal))];

    [Fact]
    public async Task Save_MovedOntoTheAttendeesOtherMeeting_JobRunsAtOnce_ReleasedAndTheAttendeeTold()
    {
        var form = new Dictionary<string, string>
        {
            ["unitId"] = Cell,
            ["meetingId"] = MeetingId,
            ["kind"] = "Regular",
            ["date"] = "2026-12-03",
            ["startTime"] = "09:00",
            ["durationMinutes"] = "90",
            ["place"] = "Phòng họp tầng 2",
            ["holidayConfirmed"] = "false",
        };

        var answer = await bot.InvokeAsync(MeetingVerbs.Save, form, Secretary1);
        await assignRun.Completed.WaitAsync(TimeSpan.FromSeconds(30));
        await bot.Host.DeliverQueuedAsync();

        Assert.Equal(200, answer.StatusCode);
        var row = await Cb1Row();
        Assert.Equal((AssignmentState.Released, (string?)null), (row!.State, row.MemberId));
        var told = Assert.Single(PostsToM06());
        Assert.Contains("Chi bộ đã đổi thời gian buổi họp", told.CardText(), StringComparison.Ordinal);
        Assert.Contains("PartyBot sẽ phân công đồng chí khác", told.CardText(), StringComparison.Ordinal);
        Assert.Equal(AssignmentState.Confirmed, (await bot.Host.Service<AssignmentStore>().GetAsync(Q4, "CB3", Cb3Meeting, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Cancel_MeetingWithAConfirmedAttendee_JobRunsAtOnce_ReleasedAndTheAttendeeTold()
    {
        var answer = await bot.InvokeAsync(CancelMeetingCard.ConfirmVerb, new() { ["unitId"] = "CB3", ["meetingId"] = Cb3Meeting, ["reason"] = "Hoãn do bão" }, Administrator);
        Assert.Equal(200, answer.StatusCode);
        await assignRun.Completed.WaitAsync(TimeSpan.FromSeconds(30));
        await bot.Host.DeliverQueuedAsync();

        var row = await bot.Host.Service<AssignmentStore>().GetAsync(Q4, "CB3", Cb3Meeting, CancellationToken.None);
        Assert.Equal(AssignmentState.Released, row!.State);
        var told = Assert.Single(PostsToM06());
        Assert.Contains("Chi bộ đã hủy buổi họp", told.CardText(), StringComparison.Ordinal);
        Assert.Contains("Hoãn do bão", told.CardText(), StringComparison.Ordinal);
        Assert.Equal(AssignmentState.Confirmed, (await Cb1Row())!.State);
    }

    [Fact]
    public async Task Save_PlaceOnlyChanged_NoRecheck_AssignmentKept()
    {
        var form = new Dictionary<string, string>
        {
            ["unitId"] = Cell, ["meetingId"] = MeetingId, ["kind"] = "Regular", ["date"] = "2026-12-01", ["startTime"] = "08:00",
            ["durationMinutes"] = "90", ["place"] = "Hội trường", ["holidayConfirmed"] = "false",
        };

        var answer = await bot.InvokeAsync(MeetingVerbs.Save, form, Secretary1);

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal("Hội trường", (await bot.Host.Service<MeetingStore>().GetAsync(Cell, MeetingId, CancellationToken.None))!.Place);
        Assert.False(assignRun.Completed.IsCompleted);
        Assert.Equal(AssignmentState.Confirmed, (await Cb1Row())!.State);
    }

    /// <summary>Completes when the named job has run once (its end, not its start).</summary>
    private sealed class JobDone(string jobName) : IJobListener
    {
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Completed => done.Task;

        public string Name { get; } = "test-" + jobName + "-" + Guid.NewGuid().ToString("N");

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Name == jobName)
            {
                done.TrySetResult();
            }
            return ValueTask.CompletedTask;
        }
    }
}
