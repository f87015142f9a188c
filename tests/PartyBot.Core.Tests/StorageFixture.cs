using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Core.Tests;

/// <summary>Tables on the test run's Azurite, under a prefix of their own so tests never see each other's rows.</summary>
public sealed class TestTables
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    public StorageOptions Options { get; } = new() { TablePrefix = "t" + Guid.NewGuid().ToString("N")[..12] };
    public TableStore Store { get; private set; } = null!;

    public static async Task<TestTables> CreateAsync()
    {
        var tables = new TestTables();
        var service = new TableServiceClient(await SharedAzurite.GetConnectionStringAsync());
        tables.Store = new TableStore(service, Microsoft.Extensions.Options.Options.Create(tables.Options));
        await tables.Store.CreateTablesAsync(CancellationToken.None);
        return tables;
    }

    public IOptions<StorageOptions> OptionsWrapper => Microsoft.Extensions.Options.Options.Create(Options);
}
