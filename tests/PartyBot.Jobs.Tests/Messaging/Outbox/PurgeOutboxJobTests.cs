using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core.Outbox;

namespace PartyBot.Jobs.Tests.Messaging.Outbox;

public sealed class PurgeOutboxJobTests
{
    [Fact]
    public async Task ScheduledFromConfiguration_RunsInHostedQuartz_AndPurgesFinishedRowsPastRetention()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        using var host = await JobsHost.BuildAsync(
            time,
            new Dictionary<string, string?>
            {
                ["Jobs:PurgeOutbox:Cron"] = "* * * * * ?",
                ["Outbox:Retention"] = "2.00:00:00",
                ["Outbox:Dispatcher:Enabled"] = "false",
            });
        var store = host.Services.GetRequiredService<OutboxStore>();
        var target = new OutboxTarget("https://smba.trafficmanager.net/apac/", "19:c@thread.v2", "tenant-1");
        var leased = await store.TryLeaseAsync(
            await store.EnqueueAsync(new OutboxMessage("old", "test", target, "{}", time.GetUtcNow()), CancellationToken.None), "a", CancellationToken.None);
        await store.TryUpdateAsync(leased! with { Status = OutboxStatus.Sent, CompletedAt = time.GetUtcNow() }, CancellationToken.None);
        await store.EnqueueAsync(new OutboxMessage("pending", "test", target, "{}", time.GetUtcNow()), CancellationToken.None);
        await host.StartAsync();

        time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        await JobsHost.WaitForAsync(
            async () => await store.FindAsync("old", CancellationToken.None) is null ? "purged" : null,
            "The outbox purge did not run within 20 seconds of its every-second schedule.");
        Assert.NotNull(await store.FindAsync("pending", CancellationToken.None));
        await host.StopAsync();
    }
}
