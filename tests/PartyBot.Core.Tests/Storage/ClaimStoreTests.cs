using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Storage;

public sealed class ClaimStoreTests
{
    [Fact]
    public async Task TryClaim_SameKeyTwice_OnlyFirstWins()
    {
        var tables = await TestTables.CreateAsync();
        var claims = new ClaimStore(tables.Store, tables.Time);

        Assert.True(await claims.TryClaimAsync("welcome", "19:x@thread.v2", CancellationToken.None));
        Assert.False(await claims.TryClaimAsync("welcome", "19:x@thread.v2", CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("welcome", "19:other@thread.v2", CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_ManyConcurrentCallers_ExactlyOneWins()
    {
        var tables = await TestTables.CreateAsync();
        var claims = new ClaimStore(tables.Store, tables.Time);

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => claims.TryClaimAsync("notice", "meeting-1/member-7", CancellationToken.None)));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task Release_AfterClaim_AllowsClaimAgain()
    {
        var tables = await TestTables.CreateAsync();
        var claims = new ClaimStore(tables.Store, tables.Time);
        await claims.TryClaimAsync("welcome", "c1", CancellationToken.None);

        await claims.ReleaseAsync("welcome", "c1", CancellationToken.None);

        Assert.True(await claims.TryClaimAsync("welcome", "c1", CancellationToken.None));
    }
}
