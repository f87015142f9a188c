using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core.Meetings;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Testing;

namespace PartyBot.Jobs.Tests.Meetings;

/// <summary>Issue 11, item 5: a host that was down at 07:00 (Vietnam) sends that morning's reminders when it is back within the day, never the next day.</summary>
public sealed class ReminderCatchUpTests
{
    /// <summary>23/11/2026 14:00 in Vietnam.</summary>
    private static readonly DateTimeOffset MeetingDay = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Start_AfterTheMorningRunWasDue_TodaysRemindersSentAndTheCatchUpLogged()
    {
        // Down at 07:00, up at 10:30 the same day.
        await using var run = await StartAsync(new DateTimeOffset(2026, 11, 23, 3, 30, 0, TimeSpan.Zero), MeetingDay);
        var meeting = run.Meetings[0];
        var keys = new[] { MeetingReminders.ReminderKey(meeting, "M1"), MeetingReminders.ReminderKey(meeting, "M2") };

        await JobsHost.WaitForAsync(
            async () => await run.Outbox.FindAsync(keys[1], CancellationToken.None) is null ? null : "", "The reminders were not queued after the start.");
        await JobsHost.WaitForAsync(
            async () => await run.Outbox.FindAsync(keys[0], CancellationToken.None) is null ? null : "", "The secretary's reminder was not queued.");
        await run.Host.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);

        foreach (var key in keys)
        {
            Assert.Equal((key, OutboxStatus.Sent), (key, (await run.Outbox.FindAsync(key, CancellationToken.None))!.Status));
        }
        Assert.Single(run.Channel.Calls, c => c.Method == "POST" && c.Path.EndsWith("/a:fake-29:user-2/activities", StringComparison.Ordinal));
        var line = Assert.Single(run.Logs.Entries, e => e.Message.StartsWith("Job MeetingReminders catches up", StringComparison.Ordinal));
        Assert.Contains("07:00 23/11/2026", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NextMorningBeforeTheRun_YesterdaysNotSentNorTodaysEarly()
    {
        // Down from the 23rd's 07:00 to 06:30 on the 24th: the 23rd is over, and the 24th's run is still to come.
        await using var run = await StartAsync(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero), MeetingDay, MeetingDay.AddDays(1));

        // The decision is taken while the host starts: no catch-up line means nothing was triggered.
        Assert.DoesNotContain(run.Logs.Entries, e => e.Message.Contains("catches up", StringComparison.Ordinal));
        await Task.Delay(500);
        Assert.Empty(await run.Outbox.FindDueAsync(100, CancellationToken.None));
        Assert.Empty(run.Channel.Calls);
    }

    private static async Task<CatchUpRun> StartAsync(DateTimeOffset now, params DateTimeOffset[] meetings)
    {
        var channel = await FakeChannel.StartAsync();
        var logs = new LogCollector();
        var settings = NoticeRig.Configuration(channel, await SharedAzurite.GetConnectionStringAsync());
        settings["Jobs:CatchUpToday"] = null; // the default: MeetingReminders, ThematicReminders, AssignAttendees (off below)
        settings["Outbox:Dispatcher:Enabled"] = "false"; // the test drives the round
        foreach (var job in new[] { "PlanMeetings", "AnnounceMeetings", "PurgeProcessedActivities", "PurgeOutbox", "AssignAttendees" })
        {
            settings[$"Jobs:{job}:Cron"] = "0 0 0 1 1 ? 2099"; // Quartz runs on the fake clock: only the catch-up may send
        }
        var host = await JobsHost.BuildAsync(new FakeTimeProvider(now), settings, (services, _) => services.AddLogging(l => l.AddProvider(logs)));
        await NoticeRig.SeedAsync(host.Services, channel);
        var store = host.Services.GetRequiredService<MeetingStore>();
        var added = new List<Meeting>();
        foreach (var (startsAt, i) in meetings.Select((m, i) => (m, i)))
        {
            var meeting = new Meeting(NoticeRig.UnitId, $"R-{i}", MeetingKind.Regular, startsAt, 120, MeetingStatus.Planned, Place: "Phòng họp 2");
            Assert.True(await store.AddAsync(meeting, CancellationToken.None));
            added.Add(meeting);
        }
        await host.StartAsync();
        return new CatchUpRun(host, channel, logs, added);
    }

    private sealed record CatchUpRun(IHost Host, FakeChannel Channel, LogCollector Logs, IReadOnlyList<Meeting> Meetings) : IAsyncDisposable
    {
        public OutboxStore Outbox => Host.Services.GetRequiredService<OutboxStore>();

        public async ValueTask DisposeAsync()
        {
            await Host.StopAsync();
            Host.Dispose();
            await Channel.DisposeAsync();
        }
    }
}
