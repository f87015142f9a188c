using System.Text.Json;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;

namespace PartyBot.Bot.Commands;

/// <summary>Hands a card verb to its handler, for Action.Execute invokes and Action.Submit messages alike.</summary>
public sealed class CardActionRouter(IServiceProvider services)
{
    private static readonly Dictionary<string, CardActionDefinition> ByVerb =
        CardActionTable.All.ToDictionary(a => a.Verb, StringComparer.Ordinal);

    /// <summary>The verb of an Action.Submit click (a message whose value carries "verb"), or null for a plain message.</summary>
    public static string? SubmittedVerb(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    public async Task<AdaptiveCardInvokeResponse> HandleExecuteAsync(TurnContext turn, string? verb, JsonElement? data, CancellationToken cancellationToken)
    {
        if (verb is null || !ByVerb.TryGetValue(verb, out var definition))
        {
            return AdaptiveCardInvokeResponse.Error(400, "UnknownVerb", TurnTexts.UnknownCardAction);
        }
        var handler = (ICardActionHandler)services.GetRequiredService(definition.Handler);
        return await handler.HandleAsync(new CardActionContext(turn, verb, data), cancellationToken);
    }

    /// <summary>Older clients send Action.Submit as a message: the answer goes back as a message too.</summary>
    public async Task HandleSubmitAsync(TurnContext turn, string verb, CancellationToken cancellationToken)
    {
        var response = await HandleExecuteAsync(turn, verb, turn.Activity.Value, cancellationToken);
        var reply = response.Value switch
        {
            string text => CardReplies.Text(text),
            JsonElement card when response.Type == AdaptiveCardInvokeResponse.CardType => CardReplies.Card(card),
            _ when response.Type == AdaptiveCardInvokeResponse.ErrorType => CardReplies.Text(TurnTexts.UnknownCardAction),
            _ => null,
        };
        if (reply is not null)
        {
            await turn.SendActivityAsync(reply, cancellationToken);
        }
    }
}
