using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Storage;

public sealed class ProcessedActivityStoreTests
{
    private const string Conversation = "a:1Xy/conv";

    [Fact]
    public async Task TryBegin_Redelivered_AfterCompletion_IsRefused()
    {
        var (store, _) = await CreateAsync();
        Assert.True(await store.TryBeginAsync(Conversation, "act-1", CancellationToken.None));
        await store.CompleteAsync(Conversation, "act-1", CancellationToken.None);

        Assert.False(await store.TryBeginAsync(Conversation, "act-1", CancellationToken.None));
    }

    [Fact]
    public async Task TryBegin_WhileInFlight_IsRefused()
    {
        var (store, _) = await CreateAsync();
        Assert.True(await store.TryBeginAsync(Conversation, "act-2", CancellationToken.None));

        Assert.False(await store.TryBeginAsync(Conversation, "act-2", CancellationToken.None));
    }

    [Fact]
    public async Task TryBegin_AfterAbandon_IsAllowed()
    {
        var (store, _) = await CreateAsync();
        await store.TryBeginAsync(Conversation, "act-3", CancellationToken.None);
        await store.AbandonAsync(Conversation, "act-3", CancellationToken.None);

        Assert.True(await store.TryBeginAsync(Conversation, "act-3", CancellationToken.None));
    }

    [Fact]
    public async Task TryBegin_ClaimLeftByCrashedHost_IsTakenOverAfterTimeout()
    {
        var (store, tables) = await CreateAsync();
        await store.TryBeginAsync(Conversation, "act-4", CancellationToken.None);

        tables.Time.Advance(ProcessedActivityStore.InFlightTimeout + TimeSpan.FromSeconds(1));

        Assert.True(await store.TryBeginAsync(Conversation, "act-4", CancellationToken.None));
        Assert.False(await store.TryBeginAsync(Conversation, "act-4", CancellationToken.None));
    }

    [Fact]
    public async Task TryBegin_SameIdInOtherConversation_IsIndependent()
    {
        var (store, _) = await CreateAsync();
        await store.TryBeginAsync(Conversation, "act-5", CancellationToken.None);

        Assert.True(await store.TryBeginAsync("other-conversation", "act-5", CancellationToken.None));
    }

    [Fact]
    public async Task PurgeExpired_RemovesOnlyIdsOlderThanRetention()
    {
        var (store, tables) = await CreateAsync();
        await store.TryBeginAsync(Conversation, "old", CancellationToken.None);
        await store.CompleteAsync(Conversation, "old", CancellationToken.None);
        tables.Time.Advance(TimeSpan.FromHours(23));
        await store.TryBeginAsync(Conversation, "recent", CancellationToken.None);
        await store.CompleteAsync(Conversation, "recent", CancellationToken.None);
        tables.Time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(1, await store.PurgeExpiredAsync(CancellationToken.None));
        Assert.True(await store.TryBeginAsync(Conversation, "old", CancellationToken.None));
        Assert.False(await store.TryBeginAsync(Conversation, "recent", CancellationToken.None));
    }

    private static async Task<(ProcessedActivityStore, TestTables)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync();
        return (new ProcessedActivityStore(tables.Store, tables.Time, tables.OptionsWrapper), tables);
    }
}
