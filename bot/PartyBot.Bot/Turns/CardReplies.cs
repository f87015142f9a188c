using System.Text.Json;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Bot.Turns;

/// <summary>Turns cards and texts into outgoing activities.</summary>
public static class CardReplies
{
    public static Activity Card(AdaptiveCard card) => Card(CardJson.ToJsonElement(card));

    public static Activity Card(JsonElement card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
    };

    public static Activity Text(string text) => Activity.CreateMessage(text);
}
