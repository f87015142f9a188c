using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartyBot.Core.Storage;

/// <summary>Creates every table when the host starts; the host does not start without its storage.</summary>
internal sealed partial class TableInitializer(TableStore store, ILogger<TableInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.CreateTablesAsync(cancellationToken);
        LogTablesReady(logger, store.Service.AccountName, TableNames.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Table storage ready: account {Account}, {Count} tables")]
    private static partial void LogTablesReady(ILogger logger, string account, int count);
}
