namespace PartyBot.Bot.Cli;

/// <summary>
/// The arguments after a verb: its own positional values and options, and everything else for the host's
/// configuration (--key=value or --key value, as for the bot itself).
/// </summary>
internal sealed record CliArguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> HostArgs)
{
    /// <param name="verbOptions">The options the verb understands, each taking a value (e.g. --demo-folder).</param>
    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> verbOptions, out string? error)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var hostArgs = new List<string>();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                positional.Add(arg);
                continue;
            }
            var (name, value) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            var takesNext = value is null && i + 1 < args.Count && !args[i + 1].StartsWith('-');
            if (verbOptions.Contains(name))
            {
                value ??= takesNext ? args[++i] : null;
                if (value is null)
                {
                    error = CliTexts.OptionNeedsValue(name);
                }
                else
                {
                    options[name] = value;
                }
                continue;
            }
            hostArgs.Add(arg);
            if (takesNext)
            {
                hostArgs.Add(args[++i]);
            }
        }
        return new CliArguments(positional, options, hostArgs);
    }
}
