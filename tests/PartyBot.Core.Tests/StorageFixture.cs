using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Core.Tests;

/// <summary>Tables on the test run's Azurite, under a prefix of their own so tests never see each other's rows.</summary>
public sealed class TestTables
{
    private TestTables(DateTimeOffset now) => Time = new FakeTimeProvider(now);

    /// <summary>The clock's start unless a test picks another: 23/11/2026 08:00 in Vietnam.</summary>
    public static DateTimeOffset DefaultNow { get; } = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; }
    public StorageOptions Options { get; } = new() { TablePrefix = "t" + Guid.NewGuid().ToString("N")[..12] };
    public TableStore Store { get; private set; } = null!;

    public static Task<TestTables> CreateAsync(Azure.Core.Pipeline.HttpPipelinePolicy? policy = null) => CreateAsync(DefaultNow, policy);

    /// <param name="policy">A policy on every storage request (e.g. to hold one to stage a race); none by default.</param>
    public static async Task<TestTables> CreateAsync(DateTimeOffset now, Azure.Core.Pipeline.HttpPipelinePolicy? policy = null)
    {
        var tables = new TestTables(now);
        var clientOptions = new TableClientOptions();
        if (policy is not null)
        {
            clientOptions.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerCall);
        }
        var service = new TableServiceClient(await SharedAzurite.GetConnectionStringAsync(), clientOptions);
        tables.Store = new TableStore(service, Microsoft.Extensions.Options.Options.Create(tables.Options));
        await tables.Store.CreateTablesAsync(CancellationToken.None);
        return tables;
    }

    public IOptions<StorageOptions> OptionsWrapper => Microsoft.Extensions.Options.Options.Create(Options);
}
