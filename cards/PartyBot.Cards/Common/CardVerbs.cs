namespace PartyBot.Cards.Common;

/// <summary>The verbs that cards put on their Action.Execute buttons; the bot routes on them.</summary>
public static class CardVerbs
{
    public const string Help = "help";
}
