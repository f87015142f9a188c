using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using PartyBot.BotFramework.Schema;
using Activity = PartyBot.BotFramework.Schema.Activity;

namespace PartyBot.Bot.Tests.Turns;

/// <summary>
/// The real bot host as a process of its own (<c>dotnet PartyBot.Bot.dll</c>, local mode in Development unless the
/// settings say otherwise) on a loopback port, so a test can kill it as a crash would (SIGKILL) and start another on
/// the same storage, or run the published program.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const string Never = "0 0 0 1 1 ? 2099";

    private readonly Process process;
    private readonly StringBuilder output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }

    public HttpClient Http { get; }

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
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

    /// <param name="settings">More environment settings (<c>Section__Key</c>), winning over the defaults here.</param>
    /// <param name="programFolder">Where PartyBot.Bot.dll is (a publish folder); the test's output folder when null.</param>
    public static async Task<HostProcess> StartAsync(
        string tablesConnection, string tablePrefix, IReadOnlyDictionary<string, string>? settings = null, string? programFolder = null)
    {
        var port = FreePort();
        programFolder ??= AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(programFolder, "PartyBot.Bot.dll")])
        {
            WorkingDirectory = programFolder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings__Tables"] = tablesConnection,
            ["Storage__TablePrefix"] = tablePrefix,
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Jobs__AnnounceMeetings__Cron"] = Never,
            ["Jobs__MeetingReminders__Cron"] = Never,
            ["Jobs__ThematicReminders__Cron"] = Never,
            ["Jobs__PlanMeetings__Cron"] = Never,
            ["Jobs__PurgeProcessedActivities__Cron"] = Never,
            ["Jobs__RunOnStart"] = "",
            ["Jobs__CatchUpToday"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var host = new HostProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        host.process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        await host.WaitUntilHealthyAsync();
        return host;
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        Http.PostAsync("api/messages", JsonContent.Create(activity, options: BotJson.Options));

    /// <summary>As a crash: SIGKILL, nothing runs on the way out.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            await KillAsync();
        }
        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, $"The host exited at start:\n{Output}");
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"The host did not answer /healthz within 60 s:\n{Output}");
            try
            {
                using var health = await Http.GetAsync("healthz");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
