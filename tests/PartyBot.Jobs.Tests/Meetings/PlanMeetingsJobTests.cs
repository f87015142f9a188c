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
        using var host = await StartWithOneCellAsync(new()
        {
            [$"Jobs:{PlanMeetingsJob.Name}:Cron"] = "* * * * * ?",
            ["Meetings:PlanMonthsAhead"] = "1",
        });
        var meetings = host.Services.GetRequiredService<MeetingStore>();

        var planned = await JobsHost.WaitForAsync(() => meetings.GetAsync("CB1", Meeting.RegularId(2026, 12), CancellationToken.None),
            "The planning job did not run within 20 seconds of its every-second schedule.");
        await host.StopAsync();

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), planned.StartsAt);
        Assert.Null(await meetings.GetAsync("CB1", Meeting.RegularId(2027, 1), CancellationToken.None));
    }

    [Fact]
    public async Task RunOnStart_CronNeverDue_PlansRightAfterStart()
    {
        using var host = await StartWithOneCellAsync(new()
        {
            [$"Jobs:{PlanMeetingsJob.Name}:Cron"] = "0 0 0 1 1 ? 2099",
            ["Jobs:RunOnStart"] = PlanMeetingsJob.Name,
        });
        var meetings = host.Services.GetRequiredService<MeetingStore>();

        await JobsHost.WaitForAsync(() => meetings.GetAsync("CB1", Meeting.RegularId(2026, 12), CancellationToken.None), "The planning job did not run at start.");
        await host.StopAsync();
    }

    /// <summary>23/11/2026 08:00 in Vietnam, one chi bộ: December's meeting on the 1st is next.</summary>
    private static async Task<IHost> StartWithOneCellAsync(Dictionary<string, string?> settings)
    {
        var host = await JobsHost.BuildAsync(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero)), settings);
        await host.Services.GetRequiredService<OrganizationStore>()
            .SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null), CancellationToken.None);
        await host.StartAsync();
        return host;
    }

    [Fact]
    public void DefaultSchedule_IsSixInTheMorning() =>
        Assert.Equal("0 0 6 * * ?", JobSchedule.CronOf(new ConfigurationBuilder().Build(), PlanMeetingsJob.Name, PlanMeetingsJob.DefaultCron));
}
