namespace PartyBot.Bot.Commands;

/// <summary>
/// One row of the command table: the words that call it (any of them, matched without diacritics), what
/// the help card says of it, the handler, whether only members of the organisation may use it, and whether
/// anything may follow the command words (a command without arguments is called by its words alone).
/// </summary>
public sealed record CommandDefinition(
    IReadOnlyList<string> Words,
    string Description,
    string? Example,
    Type Handler,
    bool MembersOnly,
    bool TakesArguments)
{
    public string DisplayName => Words[0];

    /// <summary>Its handler changes nothing (<see cref="IReadOnlyCommand"/>): its turn needs no redelivery claim in storage.</summary>
    public bool ReadOnly => typeof(IReadOnlyCommand).IsAssignableFrom(Handler);

    public static CommandDefinition For<THandler>(
        string[] words, string description, string? example = null, bool membersOnly = true, bool takesArguments = false)
        where THandler : ICommandHandler => new(words, description, example, typeof(THandler), membersOnly, takesArguments);
}
