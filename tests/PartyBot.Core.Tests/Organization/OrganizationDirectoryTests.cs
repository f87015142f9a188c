using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Core.Tests.Organization;

public sealed class OrganizationDirectoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TreeAsync_ConcurrentMisses_LoadTheTreeOnce()
    {
        var (store, directory, reads) = await CreateAsync();
        await store.SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null), None);
        reads.Delay = TimeSpan.FromMilliseconds(300);

        var trees = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => directory.TreeAsync(None))));

        Assert.All(trees, t => Assert.NotNull(t.Find("CB1")));
        Assert.Equal(1, reads.UnitQueries);
    }

    [Fact]
    public async Task TreeAsync_InvalidatedWhileLoading_TheNextReadSeesTheChange()
    {
        var (store, directory, reads) = await CreateAsync();
        reads.Delay = TimeSpan.FromMilliseconds(500);

        // A load that read storage before the change is still on its way when the change is written and the
        // cache invalidated (as an import or a link does): it must not become the cached tree.
        var early = directory.TreeAsync(None);
        await Task.Delay(100);
        await store.SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null), None);
        directory.Invalidate();
        await early;
        reads.Delay = TimeSpan.Zero;

        Assert.NotNull((await directory.TreeAsync(None)).Find("CB1"));
    }

    [Fact]
    public async Task TreeAsync_FirstCallerCancels_OthersStillGetTheTree()
    {
        var (store, directory, reads) = await CreateAsync();
        await store.SaveUnitAsync(new Unit("CB1", UnitKind.Cell, "Chi bộ 1", null), None);
        reads.Delay = TimeSpan.FromMilliseconds(300);
        using var cancel = new CancellationTokenSource();

        var first = directory.TreeAsync(cancel.Token);
        var second = directory.TreeAsync(None);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.NotNull((await second).Find("CB1"));
    }

    private static async Task<(OrganizationStore, OrganizationDirectory, SlowTreeReads)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync();
        var reads = new SlowTreeReads();
        var options = new TableClientOptions();
        options.AddPolicy(reads, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(await SharedAzurite.GetConnectionStringAsync(), options);
        var store = new OrganizationStore(new TableStore(service, tables.OptionsWrapper));
        return (store, new OrganizationDirectory(store, tables.Time), reads);
    }

    /// <summary>Counts the queries of the units table and holds their answers back for <see cref="Delay"/> after storage has answered.</summary>
    private sealed class SlowTreeReads : HttpPipelinePolicy
    {
        private int unitQueries;

        public TimeSpan Delay { get; set; }

        public int UnitQueries => Volatile.Read(ref unitQueries);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The tests use the async API.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Method == RequestMethod.Get && message.Request.Uri.Path.Contains(TableNames.Units + "()", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref unitQueries);
                await Task.Delay(Delay);
            }
        }
    }
}
