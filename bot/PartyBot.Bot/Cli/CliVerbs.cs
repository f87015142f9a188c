namespace PartyBot.Bot.Cli;

/// <summary>
/// The host's command-line verbs, run instead of the web host: <c>import &lt;folder&gt;</c> and <c>seed-demo</c>
/// (the import of infra/local/demo). Any other first argument (none, or ASP.NET's own such as --urls) starts the bot.
/// </summary>
public static class CliVerbs
{
    public const int Success = 0;
    public const int ValidationErrors = 1;
    public const int UsageError = 2;
    public const int Failure = 3;

    private const string DemoFolderOption = "--demo-folder";

    /// <summary>The verbs: the options each understands, and how it finds the folder to import.</summary>
    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["import"] = new(new HashSet<string>(), ImportFolder),
        ["seed-demo"] = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase) { DemoFolderOption }, DemoFolderOf),
    };

    public static bool IsVerb(IReadOnlyList<string> args) => args.Count > 0 && Verbs.ContainsKey(args[0]);

    /// <summary>For Program.cs: runs the verb named by the first argument and sets the exit code; false when there is none.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (!IsVerb(args))
        {
            return false;
        }
        Environment.ExitCode = await RunAsync(args, Console.Out, Console.Error, settings: null, CancellationToken.None);
        return true;
    }

    /// <param name="settings">Configuration laid over the bot's own (tests: the storage and a table prefix of their own).</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextWriter output, TextWriter error, IEnumerable<KeyValuePair<string, string?>>? settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!IsVerb(args))
        {
            await error.WriteLineAsync(CliTexts.Usage);
            return UsageError;
        }
        var rest = args.Skip(1).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            await output.WriteLineAsync(CliTexts.Usage);
            return Success;
        }
        var verb = Verbs[args[0]];
        var arguments = CliArguments.Parse(rest, verb.Options, out var parseError);
        var (folder, problem) = parseError is null ? verb.Folder(arguments) : (null, parseError);
        if (folder is not null && !Directory.Exists(folder))
        {
            problem = CliTexts.FolderMissing(folder);
        }
        if (problem is not null || folder is null)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(CliTexts.Usage);
            return UsageError;
        }
        return await ImportCommand.RunAsync(Path.GetFullPath(folder), arguments.HostArgs, settings, output, error, cancellationToken);
    }

    private static (string? Folder, string? Problem) ImportFolder(CliArguments args) => args.Positional switch
    {
        [] => (null, CliTexts.FolderRequired),
        [var folder] => (folder, null),
        [_, var extra, ..] => (null, CliTexts.ExtraArgument(extra)),
    };

    private static (string? Folder, string? Problem) DemoFolderOf(CliArguments args) => args.Positional switch
    {
        [var extra, ..] => (null, CliTexts.ExtraArgument(extra)),
        _ when args.Options.TryGetValue(DemoFolderOption, out var folder) => (folder, null),
        _ => DemoFolder.Locate() is { } found ? (found, null) : (null, CliTexts.DemoNotFound),
    };

    private sealed record Verb(IReadOnlySet<string> Options, Func<CliArguments, (string? Folder, string? Problem)> Folder);
}
