namespace PartyBot.Bot.Cli;

/// <summary>
/// The host's command-line verbs, run instead of the web host: <c>import &lt;folder&gt;</c>, <c>seed-demo</c>
/// (the import of infra/local/demo), <c>calendar &lt;year&gt;</c>, <c>calendar-import &lt;file.csv&gt;</c> and <c>committee-report &lt;quarter&gt; &lt;file.csv&gt;</c>. Any other first argument (none, or ASP.NET's own such as --urls) starts the bot.
/// </summary>
public static class CliVerbs
{
    public const int Success = 0;
    public const int ValidationErrors = 1;
    public const int UsageError = 2;
    public const int Failure = 3;

    private const string DemoFolderOption = "--demo-folder";

    /// <summary>The verbs: the options each understands, how it finds what it works on, and what it runs.</summary>
    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["import"] = new(new HashSet<string>(), ImportFolder, RunImportAsync),
        ["seed-demo"] = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase) { DemoFolderOption }, DemoFolderOf, RunImportAsync),
        ["calendar"] = new(new HashSet<string>(), CalendarYearOf, RunCalendarAsync),
        ["calendar-import"] = new(new HashSet<string>(), CalendarFileOf, RunCalendarImportAsync),
        ["committee-report"] = new(new HashSet<string>(), ComplianceReportCommand.TargetOf, ComplianceReportCommand.RunAsync),
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
        var (target, problem) = parseError is null ? verb.Target(arguments) : (null, parseError);
        if (problem is not null || target is null)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(CliTexts.Usage);
            return UsageError;
        }
        return await verb.Run(target, arguments.HostArgs, settings, output, error, cancellationToken);
    }

    private static Task<int> RunImportAsync(
        string folder, IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        ImportCommand.RunAsync(Path.GetFullPath(folder), hostArgs, settings, output, error, cancellationToken);

    private static Task<int> RunCalendarAsync(
        string year, IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        CalendarCommand.ShowAsync(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), hostArgs, settings, output, error, cancellationToken);

    private static Task<int> RunCalendarImportAsync(
        string file, IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        CalendarCommand.ImportAsync(Path.GetFullPath(file), hostArgs, settings, output, error, cancellationToken);

    private static (string? Folder, string? Problem) ExistingFolder((string? Folder, string? Problem) found) =>
        found.Folder is not null && !Directory.Exists(found.Folder) ? (null, CliTexts.FolderMissing(found.Folder)) : found;

    private static (string? Year, string? Problem) CalendarYearOf(CliArguments args) => args.Positional switch
    {
        [] => (null, CliTexts.YearRequired),
        [var year] when CalendarCommand.TryYear(year, out _) => (year, null),
        [var year] => (null, CliTexts.NotAYear(year, CalendarCommand.MinYear, CalendarCommand.MaxYear - 1)),
        [_, var extra, ..] => (null, CliTexts.ExtraArgument(extra)),
    };

    private static (string? File, string? Problem) CalendarFileOf(CliArguments args) => args.Positional switch
    {
        [] => (null, CliTexts.CalendarFileRequired),
        [var file] when File.Exists(file) => (file, null),
        [var file] => (null, CliTexts.FileMissing(file)),
        [_, var extra, ..] => (null, CliTexts.ExtraArgument(extra)),
    };

    private static (string? Folder, string? Problem) ImportFolder(CliArguments args) => ExistingFolder(args.Positional switch
    {
        [] => (null, CliTexts.FolderRequired),
        [var folder] => (folder, null),
        [_, var extra, ..] => (null, CliTexts.ExtraArgument(extra)),
    });

    private static (string? Folder, string? Problem) DemoFolderOf(CliArguments args) => ExistingFolder(args.Positional switch
    {
        [var extra, ..] => (null, CliTexts.ExtraArgument(extra)),
        _ when args.Options.TryGetValue(DemoFolderOption, out var folder) => (folder, null),
        _ => DemoFolder.Locate() is { } found ? (found, null) : (null, CliTexts.DemoNotFound),
    });

    private delegate Task<int> VerbRun(
        string target, IReadOnlyList<string> hostArgs, IEnumerable<KeyValuePair<string, string?>>? settings, TextWriter output, TextWriter error, CancellationToken cancellationToken);

    private sealed record Verb(IReadOnlySet<string> Options, Func<CliArguments, (string? Target, string? Problem)> Target, VerbRun Run);
}
