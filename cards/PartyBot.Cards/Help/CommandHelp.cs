namespace PartyBot.Cards.Help;

/// <summary>One line of the help card: the command as typed, what it does, and an optional example.</summary>
public sealed record CommandHelp(string Command, string Description, string? Example = null);
