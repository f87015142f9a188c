using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartyBot.Testing;

/// <summary>
/// One Azurite Table service (<c>infra/node_modules/.bin/azurite-table</c>) on 127.0.0.1 and a free port, with its
/// data in memory. <see cref="DisposeAsync"/> stops it. Should the test process die without disposing it, Azurite
/// sees its stdin pipe close and exits as well (<c>infra/local/exit-with-parent.cjs</c>), so nothing lingers.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's development account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key: public, documented by Microsoft, not a secret.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int MaxAttempts = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private int stopped;

    private AzuriteServer(Process process, int port)
    {
        this.process = process;
        Port = port;
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:{port}/{AccountName};";
    }

    /// <summary>The table service's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>An explicit Azure Storage connection string for this instance (Azure.Data.Tables understands it).</summary>
    public string ConnectionString { get; }

    /// <summary>Starts Azurite and returns once it answers on its port.</summary>
    /// <exception cref="InvalidOperationException">The npm tools are not installed, or Azurite did not start.</exception>
    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var executable = FindExecutable();
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var output = new OutputTail();
            var process = Launch(executable, port, output);
            try
            {
                if (await WaitUntilReadyAsync(process, port, output, cancellationToken).ConfigureAwait(false))
                {
                    return new AzuriteServer(process, port);
                }
            }
            catch
            {
                Stop(process);
                process.Dispose();
                throw;
            }

            // Azurite exited before answering. Another process may have taken the port since FreePort released it.
            var exitCode = process.ExitCode;
            process.Dispose();
            if (output.Contains("EADDRINUSE") && attempt < MaxAttempts)
            {
                continue;
            }

            throw new InvalidOperationException(
                exitCode == 127
                    ? $"Azurite could not start: 'node' is not on PATH (Node 20 is a prerequisite).{Environment.NewLine}{output}"
                    : $"Azurite exited with code {exitCode} before answering on 127.0.0.1:{port}.{Environment.NewLine}{output}");
        }
    }

    /// <summary>Stops Azurite (its whole process tree) and waits until it has exited.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0)
        {
            return;
        }

        Kill(process);
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // It did not exit in time after SIGKILL; nothing more can be done from here.
        }

        process.Dispose();
    }

    /// <summary>The synchronous form of <see cref="DisposeAsync"/>, for process-exit handlers.</summary>
    internal void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0)
        {
            return;
        }

        Stop(process);
        process.Dispose();
    }

    private static string FindExecutable()
    {
        var name = OperatingSystem.IsWindows() ? "azurite-table.cmd" : "azurite-table";
        var path = Path.Combine(RepoPaths.Infra, "node_modules", ".bin", name);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({path} is missing): run npm ci --prefix infra " +
                "(infra/local/test does it for you).");
        }

        return path;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static Process Launch(string executable, int port, OutputTail output)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[]
                 {
                     "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--silent",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var preload = Path.Combine(RepoPaths.Infra, "local", "exit-with-parent.cjs");
        if (File.Exists(preload))
        {
            var inherited = Environment.GetEnvironmentVariable("NODE_OPTIONS");
            start.Environment["NODE_OPTIONS"] = $"--require \"{preload}\" {inherited}".TrimEnd();
            start.Environment["PARTYBOT_EXIT_WITH_STDIN"] = "1";
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start {executable}: {e.Message}", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <returns>true once Azurite says it started and its port accepts connections; false if it exited first.</returns>
    private static async Task<bool> WaitUntilReadyAsync(
        Process process, int port, OutputTail output, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                process.WaitForExit(); // flushes the redirected output into the tail
                return false;
            }

            if (output.Contains("successfully started") && await AnswersAsync(port, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException(
            $"Azurite did not answer on 127.0.0.1:{port} within {StartTimeout.TotalSeconds:0} s.{Environment.NewLine}{output}");
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static void Stop(Process process)
    {
        Kill(process);
        process.WaitForExit(StopTimeout);
    }

    /// <summary>The last lines Azurite printed, for error messages.</summary>
    private sealed class OutputTail
    {
        private const int MaxLines = 50;
        private readonly ConcurrentQueue<string> lines = new();

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lines.Enqueue(line);
            while (lines.Count > MaxLines && lines.TryDequeue(out _))
            {
            }
        }

        public bool Contains(string text) => lines.Any(line => line.Contains(text, StringComparison.Ordinal));

        public override string ToString() =>
            lines.IsEmpty ? "(Azurite printed nothing)" : "Azurite said:" + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}
