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
        await using (var claim = await store.TryBeginAsync("conversation", "old-activity", CancellationToken.None))
        {
            await claim!.CompleteAsync(CancellationToken.None);
        }

        time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        ActivityClaim? again;
        while ((again = await store.TryBeginAsync("conversation", "old-activity", CancellationToken.None)) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The purge job did not run within 20 seconds of its every-second schedule.");
            await Task.Delay(200);
        }
        await again.DisposeAsync();
        await host.StopAsync();
    }
}
