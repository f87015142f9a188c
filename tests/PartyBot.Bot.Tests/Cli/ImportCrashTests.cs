using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PartyBot.Bot.Cli;
using PartyBot.Core.Storage;
using PartyBot.Testing;
using Xunit.Abstractions;

namespace PartyBot.Bot.Tests.Cli;

/// <summary>
/// The <c>import</c> verb as a separate process killed with SIGKILL at random points of a 2,000-member import, then
/// run again: storage must end exactly as a clean import leaves it (README.md, "Atomicity").
/// </summary>
public sealed class ImportCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Grassroots = 10;
    private const int CellsEach = 10;
    private const int MembersEach = 20;
    private const int MemberCount = Grassroots * CellsEach * MembersEach;

    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);
    private static readonly string[] OrganizationTables = [TableNames.Units, TableNames.Members, TableNames.MemberIndex];

    private readonly TempFolder folder = new();

    [Fact]
    public async Task Import_KilledAtRandomPointsThenRunAgain_StoresWhatACleanImportStores()
    {
        var (units, members) = GeneratedOrganization.Create(Grassroots, CellsEach, MembersEach);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "units.csv"), units);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "members.csv"), members);
        var clean = Prefix();
        Assert.Equal(CliVerbs.Success, await CliVerbs.RunAsync(["import", folder.Path], TextWriter.Null, TextWriter.Null, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = clean,
        }, CancellationToken.None));
        var expected = await RowsAsync(clean);

        // Seeds pick the points: a member row k seen in storage (so the kill lands among the writes), then a few ms more;
        // the second seed also kills the repairing run after a random delay, before the run that completes.
        foreach (var (seed, kills) in new[] { (11, 1), (37, 2) })
        {
            var random = new Random(seed);
            var prefix = Prefix();
            var k = random.Next(20, MemberCount - 20);
            var killed = await RunAndKillAsync(prefix, () => MemberStoredAsync(prefix, k), TimeSpan.FromMilliseconds(random.Next(0, 150)));
            var log = $"seed {seed}: killed {(killed ? "" : "too late, ")}after member {k} was stored";
            for (var again = 1; again < kills; again++)
            {
                var delay = TimeSpan.FromMilliseconds(random.Next(300, 2500));
                killed = await RunAndKillAsync(prefix, () => Task.FromResult(true), delay);
                log += $"; the repairing run killed {(killed ? "" : "too late, ")}{delay.TotalMilliseconds} ms after its start";
            }
            output.WriteLine(log);

            await RunToCompletionAsync(prefix);

            var actual = await RowsAsync(prefix);
            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{log}: {missing.Count} rows missing, e.g. {string.Join(" / ", missing.Take(3))}; {extra.Count} rows too many, e.g. {string.Join(" / ", extra.Take(3))}");
        }
    }

    public void Dispose() => folder.Dispose();

    private static string Prefix() => "k" + Guid.NewGuid().ToString("N")[..12];

    private async Task RunToCompletionAsync(string prefix)
    {
        using var run = await ImportProcess.StartAsync(folder.Path, prefix);
        using var timeout = new CancellationTokenSource(RunTimeout);
        await run.Process.WaitForExitAsync(timeout.Token);
        Assert.True(run.Process.ExitCode == 0, $"exit code {run.Process.ExitCode}:\n{run.Output}");
        Assert.Contains("Đã nhập", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Starts the import, waits for <paramref name="ready"/> and then <paramref name="delay"/>, and kills it; false when it ended first.</summary>
    private async Task<bool> RunAndKillAsync(string prefix, Func<Task<bool>> ready, TimeSpan delay)
    {
        using var run = await ImportProcess.StartAsync(folder.Path, prefix);
        var deadline = Stopwatch.StartNew();
        while (!run.Process.HasExited && !await ready())
        {
            Assert.True(deadline.Elapsed < RunTimeout, $"the import never got there:\n{run.Output}");
            await Task.Delay(10);
        }
        await Task.Delay(delay);
        if (run.Process.HasExited)
        {
            return false;
        }
        run.Process.Kill(entireProcessTree: true); // SIGKILL: no finally block, no flush
        await run.Process.WaitForExitAsync();
        return true;
    }

    private static async Task<bool> MemberStoredAsync(string prefix, int n)
    {
        var table = (await StoreAsync(prefix)).Table(TableNames.Members);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            GeneratedOrganization.CellOf(n, CellsEach, MembersEach), GeneratedOrganization.MemberId(n), select: ["MemberId"]);
        return row.HasValue;
    }

    /// <summary>Every row of the organisation tables, as "table|PartitionKey|RowKey|name=value;…" (no timestamps or ETags).</summary>
    private static async Task<HashSet<string>> RowsAsync(string prefix)
    {
        var store = await StoreAsync(prefix);
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in OrganizationTables)
        {
            await foreach (var entity in store.Table(name).QueryAsync<TableEntity>())
            {
                var values = entity.Keys
                    .Where(key => key is not ("Timestamp" or "odata.etag" or "PartitionKey" or "RowKey"))
                    .Order(StringComparer.Ordinal)
                    .Select(key => $"{key}={Convert.ToString(entity[key], CultureInfo.InvariantCulture)}");
                rows.Add($"{name}|{entity.PartitionKey}|{entity.RowKey}|{string.Join(';', values)}");
            }
        }
        return rows;
    }

    private static async Task<TableStore> StoreAsync(string prefix) =>
        new(new TableServiceClient(await SharedAzurite.GetConnectionStringAsync()), Options.Create(new StorageOptions { TablePrefix = prefix }));

    /// <summary>The built bot (PartyBot.Bot.dll, next to the tests) running <c>import</c> against the test run's Azurite.</summary>
    private sealed class ImportProcess : IDisposable
    {
        private readonly System.Text.StringBuilder output = new();

        private ImportProcess(Process process) => Process = process;

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (output)
                {
                    return output.ToString();
                }
            }
        }

        public static async Task<ImportProcess> StartAsync(string folder, string prefix)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartyBot.Bot.dll"));
            start.ArgumentList.Add("import");
            start.ArgumentList.Add(folder);
            start.Environment["ConnectionStrings__Tables"] = await SharedAzurite.GetConnectionStringAsync();
            start.Environment["Storage__TablePrefix"] = prefix;
            start.Environment["DOTNET_ENVIRONMENT"] = "Production";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var run = new ImportProcess(new Process { StartInfo = start });
            run.Process.OutputDataReceived += (_, e) => run.Append(e.Data);
            run.Process.ErrorDataReceived += (_, e) => run.Append(e.Data);
            run.Process.Start();
            run.Process.BeginOutputReadLine();
            run.Process.BeginErrorReadLine();
            return run;
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }
            Process.Dispose();
        }

        private void Append(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    /// <summary>A folder of its own under the system temp folder, deleted at the end.</summary>
    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("partybot-crash-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
