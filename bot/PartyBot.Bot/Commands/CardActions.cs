using System.Text.Json;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;

namespace PartyBot.Bot.Commands;

/// <summary>
/// A card button press: its verb and data, from an Action.Execute invoke or an Action.Submit message.
/// The data is untrusted input; handlers re-check every id in it against the caller's rights.
/// </summary>
public sealed record CardActionContext(TurnContext Turn, string Verb, JsonElement? Data);

public interface ICardActionHandler
{
    Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken);
}

public sealed record CardActionDefinition(string Verb, Type Handler)
{
    public static CardActionDefinition For<THandler>(string verb) where THandler : ICardActionHandler => new(verb, typeof(THandler));
}
