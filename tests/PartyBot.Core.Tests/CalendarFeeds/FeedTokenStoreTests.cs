using PartyBot.Core.CalendarFeeds;

namespace PartyBot.Core.Tests.CalendarFeeds;

/// <summary>The calendar link's secret: random, stored only as a hash, one current token per member.</summary>
public sealed class FeedTokenStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Issue_Token_FindsItsMemberAndIsNotStoredInClear()
    {
        var tables = await TestTables.CreateAsync();
        var store = new FeedTokenStore(tables.Store, tables.Time);

        var token = await store.IssueAsync("M01", None);

        Assert.Equal(FeedTokenStore.TokenLength, token.Length);
        Assert.Equal("M01", await store.FindMemberAsync(token, None));
        var table = tables.Store.Table(PartyBot.Core.Storage.TableNames.CalendarFeedTokens);
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: None))
        {
            Assert.DoesNotContain(token, row.RowKey, StringComparison.Ordinal);
            Assert.DoesNotContain(row, p => p.Value is string s && s.Contains(token, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Issue_Again_RevokesTheOldToken()
    {
        var tables = await TestTables.CreateAsync();
        var store = new FeedTokenStore(tables.Store, tables.Time);
        var old = await store.IssueAsync("M01", None);

        var renewed = await store.IssueAsync("M01", None);

        Assert.NotEqual(old, renewed);
        Assert.Null(await store.FindMemberAsync(old, None));
        Assert.Equal("M01", await store.FindMemberAsync(renewed, None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // the right shape, never issued
    [InlineData("../../../../../../../../../../../etc/passwd")]
    public async Task Find_UnknownOrMalformed_IsNull(string token)
    {
        var tables = await TestTables.CreateAsync();
        var store = new FeedTokenStore(tables.Store, tables.Time);
        await store.IssueAsync("M01", None);

        Assert.Null(await store.FindMemberAsync(token, None));
    }

    [Fact]
    public async Task Issue_ManyTokens_AllDifferent()
    {
        var tables = await TestTables.CreateAsync();
        var store = new FeedTokenStore(tables.Store, tables.Time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.IssueAsync($"M{i:D2}", None)));

        Assert.Equal(20, tokens.Distinct(StringComparer.Ordinal).Count());
    }
}
