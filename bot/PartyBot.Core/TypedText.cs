namespace PartyBot.Core;

/// <summary>What a user typed, shown back to him or her: never so much that the answer outgrows a message or a card.</summary>
public static class TypedText
{
    /// <summary>The longest part of a typed value an answer quotes.</summary>
    public const int MaxEcho = 60;

    /// <summary>For quoting in an answer: at most <see cref="MaxEcho"/> characters, then "…".</summary>
    public static string Echo(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return typed.Length <= MaxEcho ? typed : string.Concat(Clip(typed, MaxEcho)!.TrimEnd(), "…");
    }

    /// <summary>For an input re-rendered with what was typed: at most <paramref name="maxLength"/> characters (the input's maxLength), whole characters only.</summary>
    public static string? Clip(string? typed, int maxLength)
    {
        if (typed is null || typed.Length <= maxLength)
        {
            return typed;
        }
        var length = char.IsHighSurrogate(typed[maxLength - 1]) ? maxLength - 1 : maxLength;
        return typed[..length];
    }
}
