namespace PartyBot.Bot.Commands;

/// <summary>
/// Finds the command a text calls: the command words exactly (after <see cref="TextNormalizer"/>), then the
/// arguments, for a command that takes any. "lich hpo" calls nothing (not "lịch" with "hpo"); <see cref="Suggest"/>
/// then names the command it is one slip away from.
/// </summary>
public sealed class CommandRouter(IReadOnlyList<CommandDefinition> table)
{
    private readonly IReadOnlyList<(string Words, string Written, CommandDefinition Command)> index =
        [.. table.SelectMany(c => c.Words.Select(w => (TextNormalizer.ForMatching(w), w, c))).OrderByDescending(e => e.Item1.Length)];

    public IReadOnlyList<CommandDefinition> Commands { get; } = table;

    /// <summary>The command and the arguments (as typed, after the command words), or null when nothing matches.</summary>
    public (CommandDefinition Command, string Arguments)? Match(string text)
    {
        var normalized = TextNormalizer.ForMatching(text);
        foreach (var (words, _, command) in index)
        {
            if (normalized == words || (command.TakesArguments && normalized.StartsWith(words + " ", StringComparison.Ordinal)))
            {
                return (command, ArgumentsAfter(text, WordCount(words)));
            }
        }
        return null;
    }

    /// <summary>
    /// For a text that calls no command: the command it is a slip away from, as the user would type it (with its
    /// diacritics, and the arguments as typed), or null when no command is that close. Close means a few edits
    /// (<see cref="EditDistance"/>) on the command words: one per four letters, at least one.
    /// </summary>
    public string? Suggest(string text)
    {
        var normalized = TextNormalizer.ForMatching(text);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (words, written, command) in index)
        {
            var allowed = Math.Max(1, words.Length / 4);
            var whole = Distance(words, normalized, allowed);
            if (whole > 0 && whole <= allowed && whole < bestDistance)
            {
                (best, bestDistance) = (written, whole);
            }
            var arguments = ArgumentsAfter(text, WordCount(words));
            if (command.TakesArguments && arguments.Length > 0)
            {
                var head = string.Join(' ', normalized.Split(' ').Take(WordCount(words)));
                var distance = Distance(words, head, allowed);
                if (distance > 0 && distance <= allowed && distance < bestDistance)
                {
                    (best, bestDistance) = ($"{written} {arguments}", distance);
                }
            }
        }
        return best;
    }

    /// <summary>The edit distance, or int.MaxValue without computing it when the lengths alone are too far apart.</summary>
    private static int Distance(string words, string typed, int allowed) =>
        Math.Abs(words.Length - typed.Length) > allowed ? int.MaxValue : EditDistance.Between(words, typed);

    private static int WordCount(string words) => words.Split(' ').Length;

    private static string ArgumentsAfter(string text, int wordCount) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(wordCount));
}
