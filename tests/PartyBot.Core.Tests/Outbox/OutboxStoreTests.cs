using Azure.Data.Tables;
using PartyBot.Core.Outbox;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Outbox;

public sealed class OutboxStoreTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";

    [Fact]
    public async Task Enqueue_SameKeyTwice_OneRowAndTheFirstMessageKept()
    {
        var (tables, outbox) = await CreateAsync();

        var first = await outbox.EnqueueAsync(Message("reminder|M-1|member-7|v1", "{\"text\":\"một\"}"), CancellationToken.None);
        var second = await outbox.EnqueueAsync(Message("reminder|M-1|member-7|v1", "{\"text\":\"hai\"}"), CancellationToken.None);

        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal("{\"text\":\"một\"}", second.Message.ActivityJson);
        Assert.Single(await AllRowsAsync(tables));
    }

    [Fact]
    public async Task Enqueue_ManyKeys_SpreadOverSeveralPartitions()
    {
        var (tables, outbox) = await CreateAsync();

        foreach (var i in Enumerable.Range(0, 64))
        {
            await outbox.EnqueueAsync(Message($"invitation|M-{i}|v1"), CancellationToken.None);
        }

        var partitions = (await AllRowsAsync(tables)).Select(r => r.PartitionKey).Distinct().Count();
        Assert.InRange(partitions, 8, OutboxStore.Buckets);
    }

    [Fact]
    public async Task Enqueue_ActivityTooLarge_Refused()
    {
        var (_, outbox) = await CreateAsync(new OutboxOptions { MaxActivityBytes = 1024 });

        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(Message("k", new string('x', 1025)), CancellationToken.None));
    }

    [Fact]
    public async Task FindDue_NotYetDueOrFinished_Left()
    {
        var (tables, outbox) = await CreateAsync();
        await outbox.EnqueueAsync(Message("due"), CancellationToken.None);
        await outbox.EnqueueAsync(Message("later") with { DueAt = tables.Time.GetUtcNow().AddHours(1) }, CancellationToken.None);
        var sent = await outbox.TryLeaseAsync(await outbox.EnqueueAsync(Message("sent"), CancellationToken.None), "a", CancellationToken.None);
        await outbox.TryUpdateAsync(sent! with { Status = OutboxStatus.Sent, CompletedAt = tables.Time.GetUtcNow() }, CancellationToken.None);

        var due = await outbox.FindDueAsync(10, CancellationToken.None);

        Assert.Equal(["due"], due.Select(e => e.Message.Key));
    }

    [Fact]
    public async Task TryLease_TwoDispatchersOnOneRow_OnlyOneGetsIt()
    {
        var (_, outbox) = await CreateAsync();
        var entry = await outbox.EnqueueAsync(Message("k"), CancellationToken.None);

        var leases = await Task.WhenAll(outbox.TryLeaseAsync(entry, "a", CancellationToken.None), outbox.TryLeaseAsync(entry, "b", CancellationToken.None));

        var won = Assert.Single(leases, l => l is not null)!;
        Assert.Equal(OutboxStatus.Leased, won.Status);
        Assert.Equal(1, won.Attempts);
        Assert.Empty(await outbox.FindDueAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task TryLease_LeaseOfACrashedDispatcherExpired_TakenOver()
    {
        var (tables, outbox) = await CreateAsync(new OutboxOptions { Lease = TimeSpan.FromMinutes(2) });
        var crashed = await outbox.TryLeaseAsync(await outbox.EnqueueAsync(Message("k"), CancellationToken.None), "crashed", CancellationToken.None);
        Assert.Null(await outbox.TryLeaseAsync(crashed!, "b", CancellationToken.None));

        tables.Time.Advance(TimeSpan.FromMinutes(2));
        var due = Assert.Single(await outbox.FindDueAsync(10, CancellationToken.None));
        var taken = await outbox.TryLeaseAsync(due, "b", CancellationToken.None);

        Assert.Equal("b", taken!.LeasedBy);
        Assert.Equal(2, taken.Attempts);
        Assert.Null(await outbox.TryUpdateAsync(crashed! with { Status = OutboxStatus.Sent }, CancellationToken.None));
    }

    [Fact]
    public async Task TryLease_SentRow_NeverLeasedAgain()
    {
        var (tables, outbox) = await CreateAsync();
        var leased = await outbox.TryLeaseAsync(await outbox.EnqueueAsync(Message("k"), CancellationToken.None), "a", CancellationToken.None);
        var sent = await outbox.TryUpdateAsync(leased! with { Status = OutboxStatus.Sent, SentActivityId = "1:x", CompletedAt = tables.Time.GetUtcNow() }, CancellationToken.None);
        tables.Time.Advance(TimeSpan.FromDays(1));

        Assert.Null(await outbox.TryLeaseAsync(sent!, "b", CancellationToken.None));
        Assert.Equal("1:x", (await outbox.FindAsync("k", CancellationToken.None))!.SentActivityId);
    }

    [Fact]
    public async Task PurgeFinished_PastRetention_RemovedAndRecentOrUnfinishedKept()
    {
        var (tables, outbox) = await CreateAsync(new OutboxOptions { Retention = TimeSpan.FromDays(30) });
        await FinishAsync(outbox, tables, "old");
        await outbox.EnqueueAsync(Message("old-pending"), CancellationToken.None);
        tables.Time.Advance(TimeSpan.FromDays(20));
        await FinishAsync(outbox, tables, "recent");
        tables.Time.Advance(TimeSpan.FromDays(11));

        Assert.Equal(1, await outbox.PurgeFinishedAsync(CancellationToken.None));

        Assert.Null(await outbox.FindAsync("old", CancellationToken.None));
        Assert.NotNull(await outbox.FindAsync("recent", CancellationToken.None));
        Assert.NotNull(await outbox.FindAsync("old-pending", CancellationToken.None));
    }

    private static async Task FinishAsync(OutboxStore outbox, TestTables tables, string key)
    {
        var leased = await outbox.TryLeaseAsync(await outbox.EnqueueAsync(Message(key), CancellationToken.None), "a", CancellationToken.None);
        await outbox.TryUpdateAsync(leased! with { Status = OutboxStatus.Sent, CompletedAt = tables.Time.GetUtcNow() }, CancellationToken.None);
    }

    private static OutboxMessage Message(string key, string activity = "{\"type\":\"message\"}") =>
        new(key, "test", new OutboxTarget(ServiceUrl, "19:c@thread.v2", "tenant-1"), activity, TestTables.DefaultNow);

    private static async Task<(TestTables Tables, OutboxStore Outbox)> CreateAsync(OutboxOptions? options = null)
    {
        var tables = await TestTables.CreateAsync();
        return (tables, new OutboxStore(tables.Store, tables.Time, Microsoft.Extensions.Options.Options.Create(options ?? new OutboxOptions())));
    }

    private static async Task<List<TableEntity>> AllRowsAsync(TestTables tables)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Store.Table(TableNames.Outbox).QueryAsync<TableEntity>(cancellationToken: CancellationToken.None))
        {
            rows.Add(row);
        }
        return rows;
    }
}
