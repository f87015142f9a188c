using PartyBot.Core.Outbox;

namespace PartyBot.Core.Tests.Outbox;

/// <summary><see cref="OutboxStore.EnqueueLatestAsync"/>: one row per card's updates, whose content the latest change replaces.</summary>
public sealed class OutboxLatestWinsTests
{
    private const string Key = "card-update|M-1";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task EnqueueLatest_NewKeyThenPendingRow_OneRowWithTheNewestContent()
    {
        var (tables, outbox) = await CreateAsync();

        await outbox.EnqueueLatestAsync(Key, Build(tables, "v1"), None);
        var second = await outbox.EnqueueLatestAsync(Key, Build(tables, "v2"), None);

        var row = await outbox.FindAsync(Key, None);
        Assert.Equal(("v2", OutboxStatus.Pending, 0), (row!.Message.ActivityJson, row.Status, row.Attempts));
        Assert.Equal(row.ETag, second.ETag);
        Assert.Equal("card-post|M-1", row.Message.UpdateOfKey);
    }

    [Fact]
    public async Task EnqueueLatest_SentOrFailedRow_PendingAgainWithFreshAttempts()
    {
        var (tables, outbox) = await CreateAsync();
        var leased = await outbox.TryLeaseAsync(await outbox.EnqueueLatestAsync(Key, Build(tables, "v1"), None), "a", None);
        await outbox.TryUpdateAsync(leased! with { Status = OutboxStatus.Sent, LastAnswer = "200", SentActivityId = "1:x", CompletedAt = tables.Time.GetUtcNow() }, None);
        tables.Time.Advance(TimeSpan.FromMinutes(5));

        await outbox.EnqueueLatestAsync(Key, Build(tables, "v2"), None);

        var row = await outbox.FindAsync(Key, None);
        Assert.Equal(("v2", OutboxStatus.Pending, 0, null, null), (row!.Message.ActivityJson, row.Status, row.Attempts, row.CompletedAt, row.LastAnswer));
        Assert.Equal(tables.Time.GetUtcNow(), row.NextAttemptAt);
        Assert.Equal("v2", Assert.Single(await outbox.FindDueAsync(10, None)).Message.ActivityJson);
    }

    [Fact]
    public async Task EnqueueLatest_SameContentAgain_RowUntouched()
    {
        var (tables, outbox) = await CreateAsync();
        var leased = await outbox.TryLeaseAsync(await outbox.EnqueueLatestAsync(Key, Build(tables, "v1"), None), "a", None);
        var sent = await outbox.TryUpdateAsync(leased! with { Status = OutboxStatus.Sent, CompletedAt = tables.Time.GetUtcNow() }, None);
        tables.Time.Advance(TimeSpan.FromMinutes(1));

        var again = await outbox.EnqueueLatestAsync(Key, Build(tables, "v1"), None);

        Assert.Equal((sent!.ETag, OutboxStatus.Sent), (again.ETag, (await outbox.FindAsync(Key, None))!.Status));
    }

    [Fact]
    public async Task EnqueueLatest_RowLeasedForOlderContent_NewestWaitsForTheLease_TheOldOwnerLosesIt_AndEndsTheWait()
    {
        var (tables, outbox) = await CreateAsync(new OutboxOptions { Lease = TimeSpan.FromMinutes(2) });
        var leased = await outbox.TryLeaseAsync(await outbox.EnqueueLatestAsync(Key, Build(tables, "v1"), None), "old-owner", None);
        tables.Time.Advance(TimeSpan.FromSeconds(10));

        await outbox.EnqueueLatestAsync(Key, Build(tables, "v2"), None);

        // The older content may still be on its way: the newest is not due before that call is over.
        var replaced = await outbox.FindAsync(Key, None);
        Assert.Equal(("v2", OutboxStatus.Pending, 0, leased!.NextAttemptAt), (replaced!.Message.ActivityJson, replaced.Status, replaced.Attempts, replaced.NextAttemptAt));
        Assert.Empty(await outbox.FindDueAsync(10, None));
        await outbox.EnqueueLatestAsync(Key, Build(tables, "v3"), None); // replaced again while that call may still run: still waits
        Assert.Empty(await outbox.FindDueAsync(10, None));
        Assert.Null(await outbox.TryUpdateAsync(leased with { Status = OutboxStatus.Sent, CompletedAt = tables.Time.GetUtcNow() }, None));
        Assert.False(await outbox.TryReleaseReplacedAsync(Key, "someone-else", None));

        Assert.True(await outbox.TryReleaseReplacedAsync(Key, "old-owner", None));

        var due = Assert.Single(await outbox.FindDueAsync(10, None));
        Assert.Equal(("v3", OutboxStatus.Pending, null), (due.Message.ActivityJson, due.Status, due.LeasedBy));
        Assert.False(await outbox.TryReleaseReplacedAsync(Key, "old-owner", None));
    }

    [Fact]
    public async Task EnqueueLatest_AnotherChangeLandsBetweenReadAndWrite_BuiltAgainFromTheNewerState()
    {
        var (tables, outbox) = await CreateAsync();
        var state = "state-1";
        var builds = 0;

        await outbox.EnqueueLatestAsync(Key, async token =>
        {
            var seen = state;
            if (++builds == 1)
            {
                // A second change is stored and written while this first build is under way.
                state = "state-2";
                await outbox.EnqueueLatestAsync(Key, Build(tables, state), token);
            }
            return Message(tables, seen);
        }, None);

        Assert.Equal(2, builds);
        Assert.Equal("state-2", (await outbox.FindAsync(Key, None))!.Message.ActivityJson);
    }

    private static Func<CancellationToken, Task<OutboxMessage>> Build(TestTables tables, string content) => _ => Task.FromResult(Message(tables, content));

    private static OutboxMessage Message(TestTables tables, string content) =>
        new(Key, "card-update", new OutboxTarget("https://smba.trafficmanager.net/apac/", "19:c@thread.v2", "tenant-1"), content, tables.Time.GetUtcNow(), UpdateOfKey: "card-post|M-1");

    private static async Task<(TestTables Tables, OutboxStore Outbox)> CreateAsync(OutboxOptions? options = null)
    {
        var tables = await TestTables.CreateAsync();
        return (tables, new OutboxStore(tables.Store, tables.Time, Microsoft.Extensions.Options.Options.Create(options ?? new OutboxOptions())));
    }
}
