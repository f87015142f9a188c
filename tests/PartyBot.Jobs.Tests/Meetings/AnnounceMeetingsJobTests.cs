using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PartyBot.BotFramework.Schema;
using PartyBot.Core;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Testing;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class AnnounceMeetingsJobTests
{
    [Fact]
    public async Task ScheduledFromConfiguration_RunsInHostedQuartz_AndPostsTheAgendaCardOnce()
    {
        await using var channel = await FakeChannel.StartAsync();
        var settings = NoticeRig.Configuration(channel, await SharedAzurite.GetConnectionStringAsync());
        settings[$"Jobs:{AnnounceMeetingsJob.Name}:Cron"] = "* * * * * ?";
        settings["Outbox:Dispatcher:Enabled"] = "false"; // on the fake clock its polls would never come: the test drives its rounds
        using var host = await JobsHost.BuildAsync(new FakeTimeProvider(NoticeRig.Now), settings);
        await host.Services.GetRequiredService<OrganizationStore>()
            .SaveUnitAsync(new Unit(NoticeRig.UnitId, UnitKind.Cell, "Chi bộ 1", null, ConversationId: NoticeRig.ChatId), CancellationToken.None);
        await host.Services.GetRequiredService<ConversationStore>().SaveConversationAsync(
            new ConversationAddress(NoticeRig.ChatId, ConversationTypes.GroupChat, channel.ServiceUrl, "msteams", NoticeRig.BotId, null, NoticeRig.TenantId, null, null),
            CancellationToken.None);
        var meetings = host.Services.GetRequiredService<MeetingStore>();
        await meetings.AddAsync(new Meeting(NoticeRig.UnitId, "R-2026-11", MeetingKind.Regular, NoticeRig.Now.AddDays(2), 120, Place: "Hội trường"), CancellationToken.None);

        await host.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        Meeting? announced;
        while ((announced = await meetings.GetAsync(NoticeRig.UnitId, "R-2026-11", CancellationToken.None))!.Status != MeetingStatus.Announced)
        {
            Assert.True(DateTime.UtcNow < deadline, "The announce job did not run within 20 seconds of its every-second schedule.");
            await Task.Delay(200);
        }
        await Task.Delay(1500); // A few more runs: nothing more is queued.
        await host.StopAsync();
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);

        Assert.NotNull((await meetings.GetAsync(NoticeRig.UnitId, "R-2026-11", CancellationToken.None))!.CardActivityId);
        Assert.Single(channel.Calls, c => c.Method == "POST" && c.Path.EndsWith($"/{NoticeRig.ChatId}/activities", StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultSchedules_NoticesEveryQuarterHour_RemindersAtSeven()
    {
        var empty = new ConfigurationBuilder().Build();
        Assert.Equal("0 0/15 * * * ?", JobSchedule.CronOf(empty, AnnounceMeetingsJob.Name, AnnounceMeetingsJob.DefaultCron));
        Assert.Equal("0 0 7 * * ?", JobSchedule.CronOf(empty, MeetingRemindersJob.Name, MeetingRemindersJob.DefaultCron));
    }
}
