using PartyBot.Bot.Help;
using PartyBot.Cards.Common;

namespace PartyBot.Bot.Commands;

/// <summary>Every card verb the bot answers (Action.Execute and Action.Submit alike).</summary>
public static class CardActionTable
{
    public static IReadOnlyList<CardActionDefinition> All { get; } =
    [
        CardActionDefinition.For<HelpCardAction>(CardVerbs.Help, membersOnly: false),
    ];
}
