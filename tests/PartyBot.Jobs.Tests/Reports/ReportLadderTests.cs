using Microsoft.Extensions.DependencyInjection;
using PartyBot.Core.Calendar;
using PartyBot.Core.Outbox;
using PartyBot.Core.Reports;
using PartyBot.Jobs.Reports;
using PartyBot.Jobs.Tests.Meetings;
using Xunit.Abstractions;
using static PartyBot.Jobs.Tests.Reports.ReportRig;

namespace PartyBot.Jobs.Tests.Reports;

/// <summary>
/// The chasing ladder on a moved clock, the job run every hour at :30 (Vietnam time). Quarter IV/2026's report is due
/// Wednesday 16/12/2026; Friday 18/12 is made a day off in the calendar table, and 1/1/2027 is a public holiday.
/// </summary>
public sealed class ReportLadderTests(ITestOutputHelper output)
{
    private static readonly string[] ExpectedTimeline =
    [
        "14/12 07:30 report-reminder/CB1/quy:2026-Q4/0/before",
        "16/12 07:30 report-reminder/CB1/quy:2026-Q4/0/due",
        "21/12 07:30 report-reminder/CB1/quy:2026-Q4/0/overdue-2", // Friday 18/12 is a day off: the 2nd working day late is Monday
        "23/12 07:30 report-reminder/CB1/quy:2026-Q4/0/overdue-4",
        "24/12 07:30 report-escalation/CB1/quy:2026-Q4/0/follow/F1",
        "24/12 07:30 report-escalation/CB1/quy:2026-Q4/0/follow/O1",
        "25/12 07:30 report-reminder/CB1/quy:2026-Q4/0/overdue-6",
        "29/12 07:30 report-reminder/CB1/quy:2026-Q4/0/overdue-8",
        "31/12 07:30 report-escalation/CB1/quy:2026-Q4/0/standing/S1",
        "31/12 07:30 report-reminder/CB1/quy:2026-Q4/0/overdue-10",
        "05/01 07:30 report-reminder/CB1/quy:2026-Q4/0/overdue-12", // 1/1 is a holiday, the weekend follows
    ];

    private static async Task<NoticeRig> StartAsync(DateTimeOffset at)
    {
        var rig = await CreateAsync();
        await rig.Services.GetRequiredService<WorkingCalendar>().SetOverrideAsync(
            new CalendarOverride(new DateOnly(2026, 12, 18), CalendarOverrideKind.DayOff, "Nghỉ thử"), CancellationToken.None);
        rig.Time.SetUtcNow(at);
        return rig;
    }

    [Fact]
    public async Task Ladder_ThreeWeeksUnsubmitted_RemindersAndEscalationsAsPrescribed_OnlyInTheWindowOnWorkingDays()
    {
        await using var rig = await StartAsync(At(2026, 12, 10, 0, 30));

        await RunHourlyUntilAsync(rig, At(2027, 1, 6, 0, 0));

        var rows = await ReportRowsAsync(rig);
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
        Assert.Equal(ExpectedTimeline, rows.Select(Line));
        Assert.All(rows, row => Assert.InRange(VietnamTime.ToVietnam(row.EnqueuedAt).TimeOfDay, new TimeSpan(7, 30, 0), new TimeSpan(17, 29, 59)));
        var report = await ReportAsync(rig);
        Assert.Equal(["F1/follow", "O1/follow", "S1/standing"], report!.ToldSoFar.Select(t => $"{t.MemberId}/{t.Rung}"));
        Assert.DoesNotContain(rows, row => row.Message.Key.EndsWith("/C1", StringComparison.Ordinal)); // on the committee, not its standing committee
    }

    [Fact]
    public async Task Ladder_SubmittedAfterTheSecondOverdueReminder_StopsAtOnce()
    {
        await using var rig = await StartAsync(At(2026, 12, 10, 0, 30));
        await RunHourlyUntilAsync(rig, At(2026, 12, 21, 9, 0));

        var submitted = await rig.Services.GetRequiredService<ReportDesk>().SubmitAsync(
            Secretary, await TreeAsync(rig), NoticeRig.UnitId, ReportId, "https://sotay.dangvien.vn/vb/117", CancellationToken.None);
        await RunHourlyUntilAsync(rig, At(2027, 1, 6, 0, 0));

        Assert.True(submitted.IsDone, submitted.Message);
        Assert.Equal(2, submitted.Report!.WorkingDaysLate); // 17/12 and 21/12: 18/12 is a day off
        Assert.Equal(ExpectedTimeline[..3], (await ReportRowsAsync(rig)).Select(Line));
    }

    [Fact]
    public async Task Ladder_ReturnedByTheOffice_StartsAgainInANewRound_SecretaryTold()
    {
        await using var rig = await StartAsync(At(2026, 12, 14, 6, 30));
        await RunHourlyUntilAsync(rig, At(2026, 12, 15, 9, 0)); // the "before" reminder
        var desk = rig.Services.GetRequiredService<ReportDesk>();
        var tree = await TreeAsync(rig);
        Assert.True((await desk.SubmitAsync(Secretary, tree, NoticeRig.UnitId, ReportId, "https://sotay.dangvien.vn/vb/1", CancellationToken.None)).IsDone);
        var submitted = (await ReportAsync(rig))!;
        Assert.Equal(ReportStatus.Submitted, submitted.Status);
        await rig.Scoped<ReportNotifier>().SubmittedAsync(submitted, CancellationToken.None);
        var returned = await desk.ReturnAsync(Office, tree, NoticeRig.UnitId, ReportId, "Thiếu phần kiểm điểm", CancellationToken.None);
        await rig.Scoped<ReportNotifier>().ReturnedAsync(returned.Report!, CancellationToken.None);

        await RunHourlyUntilAsync(rig, At(2026, 12, 23, 0, 0));

        Assert.Equal((1, new DateOnly(2026, 12, 17), "Thiếu phần kiểm điểm"), (returned.Report!.Round, returned.Report.DueOn, returned.Report.ReturnReason)); // 15/12 + 2 working days
        var lines = (await ReportRowsAsync(rig)).Select(Line).ToList();
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
        var notSent = await rig.Outbox.FindAsync("report-reminder/CB1/quy:2026-Q4/0/before", CancellationToken.None);
        Assert.Equal(OutboxStatus.Withdrawn, notSent!.Status); // never dispatched here: the submission took it back
        Assert.Equal(
            [
                "15/12 09:30 report-reminder/CB1/quy:2026-Q4/1/before",
                "15/12 09:30 report-returned/CB1/quy:2026-Q4/1",
                "15/12 09:30 report-review/CB1/quy:2026-Q4/0/O1",
                "17/12 07:30 report-reminder/CB1/quy:2026-Q4/1/due",
                "22/12 07:30 report-reminder/CB1/quy:2026-Q4/1/overdue-2", // 18/12 is a day off
            ],
            lines);
    }

    [Fact]
    public async Task Ladder_TwoHostsAtOnce_OneReminderPerStep()
    {
        await using var rig = await StartAsync(At(2026, 12, 14, 7, 30));
        await rig.Scoped<ReportObligations>().GenerateAsync(CancellationToken.None);

        var runs = await Task.WhenAll(RunJobAsync(rig.Services), RunJobAsync(rig.AnotherHost()), RunJobAsync(rig.AnotherHost()));

        Assert.Equal(1, runs.Sum(r => r.Reminders));
        Assert.Equal(["14/12 07:30 report-reminder/CB1/quy:2026-Q4/0/before"], (await ReportRowsAsync(rig)).Select(Line));
    }

    [Fact]
    public async Task Ladder_ConnectorFailsThenSucceeds_TheReminderArrivesOnce()
    {
        await using var rig = await StartAsync(At(2026, 12, 14, 7, 30));
        rig.Channel.EnqueueFailure(503);
        rig.Channel.EnqueueFailure(429, TimeSpan.FromSeconds(1));

        await RunJobAsync(rig.Services);
        for (var round = 0; round < 4; round++)
        {
            await rig.DispatchAsync();
            rig.Time.Advance(TimeSpan.FromSeconds(30));
            await RunJobAsync(rig.Services); // a rerun meanwhile writes nothing new
        }

        Assert.Equal([503, 429, 200], rig.Posts("a:personal-1").Select(c => c.AnsweredStatus));
        Assert.Contains("Nhắc nộp báo cáo", rig.Posts("a:personal-1")[^1].Body!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ladder_SubmittedWhileItsMessagesWaitForARetry_TheyAreWithdrawnAndNeverArrive()
    {
        await using var rig = await StartAsync(At(2026, 12, 24, 7, 30)); // 5 working days late: the secretary, F1 and O1
        await RunJobAsync(rig.Services);
        for (var call = 0; call < 3; call++)
        {
            rig.Channel.EnqueueFailure(503);
        }
        await rig.DispatchAsync(); // all three wait for a retry

        var submitted = await rig.Services.GetRequiredService<ReportDesk>().SubmitAsync(
            Secretary, await TreeAsync(rig), NoticeRig.UnitId, ReportId, "https://sotay.dangvien.vn/vb/117", CancellationToken.None);
        var withdrawn = await rig.Scoped<ReportNotifier>().WithdrawChaseAsync(submitted.Report!, CancellationToken.None);
        for (var round = 0; round < 6; round++)
        {
            rig.Time.Advance(TimeSpan.FromMinutes(15));
            await RunJobAsync(rig.Services);
            await rig.DispatchAsync();
        }

        Assert.Equal(3, withdrawn);
        string[] chased = ["report-reminder/CB1/quy:2026-Q4/0/overdue-4", "report-escalation/CB1/quy:2026-Q4/0/follow/F1", "report-escalation/CB1/quy:2026-Q4/0/follow/O1"];
        foreach (var key in chased)
        {
            Assert.Equal(OutboxStatus.Withdrawn, (await rig.Outbox.FindAsync(key, CancellationToken.None))!.Status);
        }
        Assert.All(rig.Posts("a:personal-1").Concat(rig.Posts("a:personal-f1")), call => Assert.Equal(503, call.AnsweredStatus));
        Assert.DoesNotContain(rig.Posts("a:personal-o1"), call => call.AnsweredStatus == 200);
    }

    [Fact]
    public async Task Ladder_OutsideTheWindow_HoldsEverything()
    {
        await using var rig = await StartAsync(At(2026, 12, 14, 7, 29));
        Assert.False((await RunJobAsync(rig.Services)).InWindow);
        rig.Time.SetUtcNow(At(2026, 12, 14, 17, 30));
        Assert.False((await RunJobAsync(rig.Services)).InWindow);
        rig.Time.SetUtcNow(At(2026, 12, 19, 10, 0)); // Saturday
        Assert.False((await RunJobAsync(rig.Services)).InWindow);

        Assert.Empty(await ReportRowsAsync(rig));
    }
}
