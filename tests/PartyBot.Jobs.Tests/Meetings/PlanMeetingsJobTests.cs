using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Jobs.Meetings;
using PartyBot.Testing;

namespace PartyBot.Jobs.Tests.Meetings;

public sealed class PlanMeetingsJobTests
{
    [Fact]
    public async Task ScheduledFromConfiguration_RunsInHostedQuartz_AndPlansNextMonth()
    {
        // 23/11/2026 08:00 in Vietnam: December's meeting on the 1st is next.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = "j" + Guid.NewGuid().ToString("N")[..12],
            [$"Jobs:{PlanMeetingsJob.Name}:Cron"] = "* * * * * ?",
            ["Jobs:RunOnStart"] = "",
            ["Meetings:PlanMonthsAhead"] = "1",
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddPartyBotCore(builder.Configuration).AddPartyBotJobs(builder.Configuration);
        using var host = builder.Build();
        await host.Services.GetRequiredService<TableStore>().CreateTablesAsync(CancellationToken.None);
        await host.Services.GetRequiredService<OrganizationStore>()
            .SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null), CancellationToken.None);
        await host.StartAsync();
        var meetings = host.Services.GetRequiredService<MeetingStore>();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        Meeting? planned;
        while ((planned = await meetings.GetAsync("CB1", Meeting.RegularId(2026, 12), CancellationToken.None)) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The planning job did not run within 20 seconds of its every-second schedule.");
            await Task.Delay(200);
        }
        await host.StopAsync();

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), planned.StartsAt);
        Assert.Null(await meetings.GetAsync("CB1", Meeting.RegularId(2027, 1), CancellationToken.None));
    }

    [Fact]
    public async Task RunOnStart_CronNeverDue_PlansRightAfterStart()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = "j" + Guid.NewGuid().ToString("N")[..12],
            [$"Jobs:{PlanMeetingsJob.Name}:Cron"] = "0 0 0 1 1 ? 2099",
            ["Jobs:RunOnStart"] = PlanMeetingsJob.Name,
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddPartyBotCore(builder.Configuration).AddPartyBotJobs(builder.Configuration);
        using var host = builder.Build();
        await host.Services.GetRequiredService<TableStore>().CreateTablesAsync(CancellationToken.None);
        await host.Services.GetRequiredService<OrganizationStore>()
            .SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null), CancellationToken.None);
        await host.StartAsync();
        var meetings = host.Services.GetRequiredService<MeetingStore>();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await meetings.GetAsync("CB1", Meeting.RegularId(2026, 12), CancellationToken.None) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The planning job did not run at start.");
            await Task.Delay(200);
        }
        await host.StopAsync();
    }

    [Fact]
    public void DefaultSchedule_IsSixInTheMorning() =>
        Assert.Equal("0 0 6 * * ?", JobSchedule.CronOf(new ConfigurationBuilder().Build(), PlanMeetingsJob.Name, PlanMeetingsJob.DefaultCron));
}
