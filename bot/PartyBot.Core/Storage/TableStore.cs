using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace PartyBot.Core.Storage;

/// <summary>Hands out table clients by logical name, with the configured prefix applied.</summary>
public sealed class TableStore(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly string prefix = options.Value.TablePrefix;

    public TableServiceClient Service { get; } = service;

    public TableClient Table(string name) => Service.GetTableClient(prefix + name);

    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var name in TableNames.All)
        {
            await Table(name).CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
