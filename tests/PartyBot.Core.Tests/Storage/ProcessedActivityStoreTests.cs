using System.Diagnostics;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Storage;

public sealed class ProcessedActivityStoreTests
{
    private const string Conversation = "a:1Xy/conv";
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A host on another machine: only its lease tells whether it still runs.</summary>
    private static readonly HostInstance Elsewhere = new("elsewhere", "another-machine", 4242, new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryBegin_Redelivered_AfterCompletion_IsRefused()
    {
        var (store, _) = await CreateAsync();
        await using var claim = await store.TryBeginAsync(Conversation, "act-1", None);
        await claim!.CompleteAsync(None);

        Assert.Null(await store.TryBeginAsync(Conversation, "act-1", None));
    }

    [Fact]
    public async Task TryBegin_WhileInFlightInThisProcess_IsRefused()
    {
        var (store, _) = await CreateAsync();
        await using var claim = await store.TryBeginAsync(Conversation, "act-2", None);
        Assert.NotNull(claim);

        Assert.Null(await store.TryBeginAsync(Conversation, "act-2", None));
    }

    [Fact]
    public async Task TryBegin_AfterAbandon_IsAllowed()
    {
        var (store, _) = await CreateAsync();
        await using var claim = await store.TryBeginAsync(Conversation, "act-3", None);
        await claim!.AbandonAsync(None);

        await using var again = await store.TryBeginAsync(Conversation, "act-3", None);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task TryBegin_OwnerOnAnotherMachineWithinItsLease_IsRefused()
    {
        var (store, tables) = await CreateAsync();
        await using var first = await StoreOf(tables, Elsewhere).TryBeginAsync(Conversation, "act-4", None);

        tables.Time.Advance(tables.Options.ProcessedActivityLease - TimeSpan.FromSeconds(1));

        Assert.Null(await store.TryBeginAsync(Conversation, "act-4", None));
    }

    [Fact]
    public async Task TryBegin_OwnerOnAnotherMachineLeaseNotRenewed_IsTakenOverAfterTheLease()
    {
        var (store, tables) = await CreateAsync();
        await WriteClaimAsync(tables, "act-5", Elsewhere); // its host died: nobody renews the lease

        tables.Time.Advance(tables.Options.ProcessedActivityLease);

        await using var taken = await store.TryBeginAsync(Conversation, "act-5", None);
        Assert.NotNull(taken);
        Assert.Null(await StoreOf(tables, Elsewhere).TryBeginAsync(Conversation, "act-5", None));
    }

    [Fact]
    public async Task TryBegin_OwnerRunning_RenewsItsLease_SoItIsNotTakenOver()
    {
        var (store, tables) = await CreateAsync();
        await using var first = await StoreOf(tables, Elsewhere).TryBeginAsync(Conversation, "act-6", None);
        var lease = tables.Options.ProcessedActivityLease;

        // Two leases long, one renewal period at a time: the running owner's renewals keep its claim alive.
        for (var step = 0; step < 6; step++)
        {
            var renewedBefore = await RenewedAtAsync(tables, "act-6");
            tables.Time.Advance(lease / 3);
            await WaitUntilAsync(async () => await RenewedAtAsync(tables, "act-6") > renewedBefore);
        }

        Assert.Null(await store.TryBeginAsync(Conversation, "act-6", None));
        await first!.CompleteAsync(None);
        Assert.Null(await store.TryBeginAsync(Conversation, "act-6", None));
    }

    [Fact]
    public async Task TryBegin_OwnerWasAProcessOnThisMachineThatEnded_IsTakenOverAtOnce()
    {
        var (store, tables) = await CreateAsync();
        using var ended = Process.Start(new ProcessStartInfo("sleep", "0.5") { UseShellExecute = false })!;
        var startedAt = ended.StartTime.ToUniversalTime();
        await ended.WaitForExitAsync();
        await WriteClaimAsync(tables, "act-7", HostInstance.Current with { Id = "crashed", ProcessId = ended.Id, StartedAt = startedAt });

        await using var taken = await store.TryBeginAsync(Conversation, "act-7", None);

        Assert.NotNull(taken);
    }

    [Fact]
    public async Task TryBegin_OwnerIsARunningProcessOnThisMachine_IsRefused()
    {
        var (store, tables) = await CreateAsync();
        using var running = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            await WriteClaimAsync(tables, "act-8", HostInstance.Current with { Id = "alive", ProcessId = running.Id, StartedAt = running.StartTime.ToUniversalTime() });

            Assert.Null(await store.TryBeginAsync(Conversation, "act-8", None));
        }
        finally
        {
            running.Kill();
            await running.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task TryBegin_OwnerWasAnEarlierStartUnderThisProcessId_IsTakenOverAtOnce()
    {
        var (store, tables) = await CreateAsync();
        await WriteClaimAsync(tables, "act-9", HostInstance.Current with { Id = "before-the-restart", StartedAt = HostInstance.Current.StartedAt.AddMinutes(-5) });

        await using var taken = await store.TryBeginAsync(Conversation, "act-9", None);

        Assert.NotNull(taken);
    }

    [Fact]
    public async Task TryBegin_SameIdInOtherConversation_IsIndependent()
    {
        var (store, _) = await CreateAsync();
        await using var first = await store.TryBeginAsync(Conversation, "act-10", None);

        await using var other = await store.TryBeginAsync("other-conversation", "act-10", None);
        Assert.NotNull(other);
    }

    [Fact]
    public async Task PurgeExpired_RemovesOnlyIdsOlderThanRetention()
    {
        var (store, tables) = await CreateAsync();
        await (await store.TryBeginAsync(Conversation, "old", None))!.CompleteAsync(None);
        tables.Time.Advance(TimeSpan.FromHours(23));
        await (await store.TryBeginAsync(Conversation, "recent", None))!.CompleteAsync(None);
        tables.Time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(1, await store.PurgeExpiredAsync(None));
        await using var old = await store.TryBeginAsync(Conversation, "old", None);
        Assert.NotNull(old);
        Assert.Null(await store.TryBeginAsync(Conversation, "recent", None));
    }

    private static async Task<(ProcessedActivityStore, TestTables)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync();
        return (StoreOf(tables, HostInstance.Current), tables);
    }

    private static ProcessedActivityStore StoreOf(TestTables tables, HostInstance instance) =>
        new(tables.Store, tables.Time, tables.OptionsWrapper, instance);

    /// <summary>A claim left by <paramref name="owner"/>, with no turn of this test renewing it.</summary>
    private static async Task WriteClaimAsync(TestTables tables, string activityId, HostInstance owner)
    {
        await using var claim = await StoreOf(tables, owner).TryBeginAsync(Conversation, activityId, None);
        Assert.NotNull(claim);
    }

    private static async Task<DateTimeOffset?> RenewedAtAsync(TestTables tables, string activityId)
    {
        var row = await tables.Store.Table(TableNames.ProcessedActivities)
            .GetEntityAsync<TableEntity>(TableKeys.Escape(Conversation), TableKeys.Escape(activityId));
        return row.Value.GetDateTimeOffset("RenewedAt");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "The owner did not renew its lease.");
            await Task.Delay(20);
        }
    }
}
