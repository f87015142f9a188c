using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Jobs.Tests;

public sealed class PurgeProcessedActivitiesJobTests
{
    [Fact]
    public async Task ScheduledFromConfiguration_RunsInHostedQuartz_AndForgetsExpiredIds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        using var host = await JobsHost.BuildAsync(time, new Dictionary<string, string?> { ["Jobs:PurgeProcessedActivities:Cron"] = "* * * * * ?" });
        await host.StartAsync();
        var store = host.Services.GetRequiredService<ProcessedActivityStore>();
        await store.TryBeginAsync("conversation", "old-activity", CancellationToken.None);
        await store.CompleteAsync("conversation", "old-activity", CancellationToken.None);

        time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await store.TryBeginAsync("conversation", "old-activity", CancellationToken.None))
        {
            Assert.True(DateTime.UtcNow < deadline, "The purge job did not run within 20 seconds of its every-second schedule.");
            await Task.Delay(200);
        }
        await host.StopAsync();
    }
}
