using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBot.BotFramework.Schema;

public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    /// <summary>The card or file content; any JSON-serialisable object.</summary>
    public object? Content { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>An Adaptive Card attachment; <paramref name="card"/> is any JSON-serialisable card object.</summary>
    public static Attachment AdaptiveCardAttachment(object card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = AdaptiveCardContentType, Content = card };
    }
}
