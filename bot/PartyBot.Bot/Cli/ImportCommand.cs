using Microsoft.Extensions.Options;
using PartyBot.Core;
using PartyBot.Core.Calendar.Import;
using PartyBot.Core.Organization.Import;

namespace PartyBot.Bot.Cli;

/// <summary>
/// Runs an import in a plain host: the bot's configuration (appsettings*.json, environment variables, command line)
/// and its storage, but no web server and no scheduler. Prints every error and warning, one a line, then the summary.
/// </summary>
internal static partial class ImportCommand
{
    public static Task<int> RunAsync(
        string folder, IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings,
        TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunInHostAsync(hostArgs, settings, output, error, async (services, token) =>
        {
            await output.WriteLineAsync(CliTexts.Importing(folder));
            var report = await services.GetRequiredService<OrganizationImporter>().ImportAsync(folder, token);
            foreach (var line in report.Lines())
            {
                await output.WriteLineAsync(line);
            }
            return report.Succeeded ? CliVerbs.Success : CliVerbs.ValidationErrors;
        }, cancellationToken);

    /// <summary>Builds and starts the plain host, runs <paramref name="work"/>, and turns failures into exit codes.</summary>
    public static async Task<int> RunInHostAsync(
        IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings,
        TextWriter output, TextWriter error, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = Build(hostArgs, settings);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync(CliTexts.ConfigurationError(ex.Message));
            return CliVerbs.UsageError;
        }
        using (host)
        {
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping; // Ctrl+C
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
            var started = false;
            try
            {
                await host.StartAsync(cancel.Token); // validates the options and creates the tables
                started = true;
                return await work(host.Services, cancel.Token);
            }
            catch (OptionsValidationException ex)
            {
                await error.WriteLineAsync(CliTexts.ConfigurationError(ex.Message));
                return CliVerbs.UsageError;
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                await error.WriteLineAsync(CliTexts.Cancelled);
                return CliVerbs.Failure;
            }
            catch (Exception ex)
            {
                // The command line is a boundary: say what failed, once, and exit with a code a script can test.
                LogFailed(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ImportCommand)), ex);
                await error.WriteLineAsync(CliTexts.Failed(ex.Message));
                return CliVerbs.Failure;
            }
            finally
            {
                if (started)
                {
                    await host.StopAsync(CancellationToken.None);
                }
            }
        }
    }

    private static IHost Build(IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        // As WebApplication.CreateBuilder does: ASPNETCORE_ variables count too (ASPNETCORE_ENVIRONMENT picks appsettings.{Environment}.json).
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [.. hostArgs], Configuration = configuration });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        // Logs go to stderr, so stdout holds the report alone.
        builder.Logging.ClearProviders().AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.Services.AddPartyBotCore(builder.Configuration);
        builder.Services.AddSingleton<OrganizationImporter>();
        builder.Services.AddSingleton<CalendarImporter>();
        return builder.Build();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Command-line verb failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
