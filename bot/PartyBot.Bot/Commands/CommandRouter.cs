namespace PartyBot.Bot.Commands;

/// <summary>Finds the command a text calls: the longest matching command words at the start of the text.</summary>
public sealed class CommandRouter(IReadOnlyList<CommandDefinition> table)
{
    private readonly IReadOnlyList<(string Words, CommandDefinition Command)> index =
        [.. table.SelectMany(c => c.Words.Select(w => (TextNormalizer.ForMatching(w), c))).OrderByDescending(e => e.Item1.Length)];

    public IReadOnlyList<CommandDefinition> Commands { get; } = table;

    /// <summary>The command and the arguments (as typed, after the command words), or null when nothing matches.</summary>
    public (CommandDefinition Command, string Arguments)? Match(string text)
    {
        var normalized = TextNormalizer.ForMatching(text);
        foreach (var (words, command) in index)
        {
            if (normalized == words || normalized.StartsWith(words + " ", StringComparison.Ordinal))
            {
                return (command, ArgumentsAfter(text, words.Split(' ').Length));
            }
        }
        return null;
    }

    private static string ArgumentsAfter(string text, int wordCount) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(wordCount));
}
