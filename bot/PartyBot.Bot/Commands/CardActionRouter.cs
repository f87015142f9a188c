using System.Text.Json;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Organization;

namespace PartyBot.Bot.Commands;

/// <summary>Hands a card verb to its handler, for Action.Execute invokes and Action.Submit messages alike.</summary>
public sealed class CardActionRouter(IServiceProvider services, AskerOnlyReplies replies)
{
    private static readonly Dictionary<string, CardActionDefinition> ByVerb =
        CardActionTable.All.ToDictionary(a => a.Verb, StringComparer.Ordinal);

    /// <summary>The verb of an Action.Submit click (a message whose value carries "verb"), or null for a plain message.</summary>
    public static string? SubmittedVerb(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    public async Task<AdaptiveCardInvokeResponse> HandleExecuteAsync(TurnContext turn, string? verb, JsonElement? data, Caller? caller, CancellationToken cancellationToken)
    {
        if (verb is null || !ByVerb.TryGetValue(verb, out var definition))
        {
            return AdaptiveCardInvokeResponse.Error(400, "UnknownVerb", TurnTexts.UnknownCardAction);
        }
        if (definition.MembersOnly && caller is null)
        {
            return AdaptiveCardInvokeResponse.Error(403, "NotAMember", OrganizationTexts.NotAMember);
        }
        var handler = (ICardActionHandler)services.GetRequiredService(definition.Handler);
        return await handler.HandleAsync(new CardActionContext(turn, verb, data, caller), cancellationToken);
    }

    /// <summary>
    /// Older clients send Action.Submit as a message: the answer goes back as a message too; a refusal, like an invoke's
    /// error, only to the one who clicked (1:1 when the card is in a group chat or a channel).
    /// </summary>
    public async Task HandleSubmitAsync(TurnContext turn, string verb, Caller? caller, CancellationToken cancellationToken)
    {
        var response = await HandleExecuteAsync(turn, verb, turn.Activity.Value, caller, cancellationToken);
        var reply = response.Type switch
        {
            AdaptiveCardInvokeResponse.CardType when response.Value is JsonElement card => CommandReply.ToAll(CardReplies.Card(card)),
            AdaptiveCardInvokeResponse.MessageType when response.Value is string text => CommandReply.ToAll(CardReplies.Text(text)),
            AdaptiveCardInvokeResponse.ErrorType => CommandReply.Refusal(ErrorMessageOf(response)),
            _ => null,
        };
        if (reply is not null)
        {
            await replies.SendAsync(turn, reply, cancellationToken);
        }
    }

    private static string ErrorMessageOf(AdaptiveCardInvokeResponse response) =>
        JsonSerializer.SerializeToElement(response.Value, BotJson.Options) is { ValueKind: JsonValueKind.Object } error &&
        error.TryGetProperty("message", out var message) && message.GetString() is { } text
            ? text
            : TurnTexts.UnknownCardAction;
}
