using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Organization.Import;
using PartyBot.Jobs.CommitteeAttendance;
using PartyBot.Testing;
using Xunit.Abstractions;

namespace PartyBot.Jobs.Tests.CommitteeAttendance;

/// <summary>The demo organisation (infra/local/demo) through the planner and the assignment job, for quarter 4/2026.</summary>
public sealed class DemoRotationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Assign_DemoOrganisationQuarter_EveryChiBoVisitedByAnotherChiBosMember_NoClash_QuotasMet()
    {
        var time = new FakeTimeProvider(RegularSlotRule.ToUtc(new DateOnly(2026, 10, 1), TimeOnly.MinValue));
        using var host = await JobsHost.BuildAsync(time, new Dictionary<string, string?> { ["CommitteeAttendance:AssignDaysAhead"] = "92" });
        var services = host.Services;
        var organization = services.GetRequiredService<OrganizationStore>();
        var import = await new OrganizationImporter(organization, time, NullLogger<OrganizationImporter>.Instance)
            .ImportAsync(Path.Combine(RepoPaths.Root, "infra", "local", "demo"), CancellationToken.None);
        Assert.True(import.Succeeded);
        await services.GetRequiredService<MeetingPlanner>().PlanAsync(CancellationToken.None);

        using var scope = services.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<AttendeeAssigner>().AssignAsync(CancellationToken.None);

        var rows = await services.GetRequiredService<AssignmentStore>().ListQuarterAsync(new Quarter(2026, 4), CancellationToken.None);
        foreach (var row in rows.OrderBy(r => r.StartsAt))
        {
            output.WriteLine($"{row.StartsAt:yyyy-MM-dd HH:mm}Z {row.UnitId} → {row.MemberId}: {row.Reason}");
        }
        foreach (var breach in run.Breaches)
        {
            output.WriteLine(breach.Text);
        }
        var members = (await organization.AllMembersAsync(CancellationToken.None)).ToDictionary(m => m.Id);
        var tree = await organization.LoadTreeAsync(CancellationToken.None);
        Assert.Equal(tree.Units.Where(u => u.IsCell).Select(u => u.Id).Order(StringComparer.Ordinal), rows.Select(r => r.UnitId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.NotEqual(r.UnitId, members[r.MemberId!].UnitId));
        Assert.All(rows.GroupBy(r => r.MemberId), g => Assert.All(g, a => Assert.DoesNotContain(g, b => b != a && Math.Abs((a.StartsAt - b.StartsAt).TotalHours) < 3)));
        Assert.All(members.Values.Where(m => m.Committee?.Rank == CommitteeRank.Member), m => Assert.Contains(rows, r => r.MemberId == m.Id));
        Assert.DoesNotContain(run.Breaches, b => b.Rule != BrokenRule.FollowerNotChosen);
        Assert.Equal(rows.Count, run.Assigned);
    }

    [Fact]
    public async Task PlanMeetingsOnStart_NewMeetings_GetTheirAttendeesAtOnce_WithoutWaitingForTheMorningRun()
    {
        var time = new FakeTimeProvider(RegularSlotRule.ToUtc(new DateOnly(2026, 10, 1), new TimeOnly(10, 0)));
        using var host = await JobsHost.BuildAsync(time, new Dictionary<string, string?>
        {
            ["Jobs:RunOnStart"] = "PlanMeetings",
            ["Jobs:AssignAttendees:Cron"] = "0 0 0 1 1 ? 2099", // only the planner's trigger may assign
            ["Outbox:Dispatcher:Enabled"] = "false",
        });
        var services = host.Services;
        var import = await new OrganizationImporter(services.GetRequiredService<OrganizationStore>(), time, NullLogger<OrganizationImporter>.Instance)
            .ImportAsync(Path.Combine(RepoPaths.Root, "infra", "local", "demo"), CancellationToken.None);
        Assert.True(import.Succeeded);

        await host.StartAsync();
        var rows = await JobsHost.WaitForAsync(async () =>
            await services.GetRequiredService<AssignmentStore>().ListQuarterAsync(new Quarter(2026, 4), CancellationToken.None) is { Count: > 0 } found ? found : null,
            "The meetings planned at start got no committee attendee.");
        await host.StopAsync();

        Assert.All(rows, r => Assert.Equal(AssignmentState.Pending, r.State));
        Assert.All(rows, r => Assert.InRange(r.StartsAt, time.GetUtcNow(), time.GetUtcNow().AddDays(new CommitteeAttendanceOptions().AssignDaysAhead)));
    }
}
