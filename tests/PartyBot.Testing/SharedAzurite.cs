namespace PartyBot.Testing;

/// <summary>
/// The Table storage a test run shares. <c>infra/local/test</c> starts one Azurite for the whole run and passes its
/// connection string in <c>PARTYBOT_TEST_TABLES</c>; without it (a test started from an IDE, or plain
/// <c>dotnet test</c>), the first caller starts one <see cref="AzuriteServer"/> for this test process, stopped when
/// the process exits. Tests keep out of each other's way with table prefixes or keys of their own.
/// </summary>
public static class SharedAzurite
{
    /// <summary>The environment variable naming an already running Table storage.</summary>
    public const string EnvironmentVariable = "PARTYBOT_TEST_TABLES";

    private static readonly Lazy<Task<string>> Started = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<string> GetConnectionStringAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(configured) ? Started.Value : Task.FromResult(configured);
    }

    private static async Task<string> StartAsync()
    {
        var server = await AzuriteServer.StartAsync().ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server.ConnectionString;
    }
}
