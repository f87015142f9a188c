using System.Runtime.CompilerServices;
using System.Text.Json;
using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Help;

namespace PartyBot.Bot.Help;

/// <summary>"trợ giúp" / "help": the help card listing every command that exists.</summary>
public sealed class HelpCommand(CommandRouter router) : IReadOnlyCommand
{
    private static readonly ConditionalWeakTable<CommandRouter, StrongBox<JsonElement>> BuiltCards = [];

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.Turn.SendActivityAsync(CardReplies.Card(CardOf(router)), cancellationToken);

    /// <summary>The help card as JSON, built once per command table: the most frequent turn does not build it again.</summary>
    internal static JsonElement CardOf(CommandRouter router) =>
        BuiltCards.GetValue(router, r => new StrongBox<JsonElement>(CardJson.ToJsonElement(HelpCard.Build(Describe(r))))).Value;

    internal static IReadOnlyList<CommandHelp> Describe(CommandRouter router) =>
        [.. router.Commands.Select(c => new CommandHelp(c.DisplayName, c.Description, c.Example))];
}

/// <summary>The "Xem trợ giúp" button: the help card arrives as a new message; the pressed card stays.</summary>
public sealed class HelpCardAction(CommandRouter router) : ICardActionHandler
{
    public async Task<BotFramework.Schema.AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        await context.Turn.SendActivityAsync(CardReplies.Card(HelpCommand.CardOf(router)), cancellationToken);
        // An Action.Execute click shows this line under the button; after an Action.Submit the card itself is the answer.
        return context.IsSubmit ? new() { Value = null } : BotFramework.Schema.AdaptiveCardInvokeResponse.Message(HelpTexts.HelpSent);
    }
}
