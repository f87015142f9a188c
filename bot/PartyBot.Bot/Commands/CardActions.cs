using System.Text.Json;
using PartyBot.Bot.Organization;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;

namespace PartyBot.Bot.Commands;

/// <summary>
/// A card button press: its verb and data, from an Action.Execute invoke or an Action.Submit message.
/// The data is untrusted input; handlers re-check every id in it against the caller's rights.
/// </summary>
public sealed record CardActionContext(TurnContext Turn, string Verb, JsonElement? Data, Caller? Caller)
{
    public Caller Member => Caller ?? throw new InvalidOperationException("This verb is for members only; the router checks membership first.");

    /// <summary>True for an Action.Submit click (a message), false for an Action.Execute invoke.</summary>
    public bool IsSubmit => Turn.Activity.Type == ActivityTypes.Message;
}

public interface ICardActionHandler
{
    Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken);
}

public sealed record CardActionDefinition(string Verb, Type Handler, bool MembersOnly)
{
    public static CardActionDefinition For<THandler>(string verb, bool membersOnly = true) where THandler : ICardActionHandler =>
        new(verb, typeof(THandler), membersOnly);
}
