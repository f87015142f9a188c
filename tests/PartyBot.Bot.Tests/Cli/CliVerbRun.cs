using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PartyBot.Bot.Cli;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Cli;

/// <summary>Runs the command-line verbs in-process on Azurite, under a table prefix of the test's own, capturing what they print.</summary>
public abstract class CliVerbRun : IDisposable
{
    protected string Prefix { get; } = "k" + Guid.NewGuid().ToString("N")[..12];

    protected StringWriter Output { get; } = new();

    protected StringWriter Error { get; } = new();

    protected async Task<int> RunAsync(params string[] args) =>
        await CliVerbs.RunAsync(args, Output, Error, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = Prefix,
        }, CancellationToken.None);

    /// <summary>The tables the verbs use, to seed them or read what a verb wrote.</summary>
    protected async Task<TableStore> StoreAsync()
    {
        var service = new TableServiceClient(await SharedAzurite.GetConnectionStringAsync());
        var store = new TableStore(service, Options.Create(new StorageOptions { TablePrefix = Prefix }));
        await store.CreateTablesAsync(CancellationToken.None);
        return store;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Output.Dispose();
            Error.Dispose();
        }
    }
}
