using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBot.Cards.AdaptiveCards;

/// <summary>
/// Writes cards as Adaptive Card JSON: camelCase names, nulls and defaults omitted, Vietnamese kept
/// readable (not \u-escaped), and no card over <see cref="MaxSizeInBytes"/>.
/// </summary>
public static class CardJson
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>80 KB: Teams refuses a bot message over about 100 KB, and the activity needs room too.</summary>
    public const int MaxSizeInBytes = 80 * 1024;

    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);

    public static JsonElement ToJsonElement(AdaptiveCard card)
    {
        using var document = JsonDocument.Parse(ToUtf8Bytes(card));
        return document.RootElement.Clone();
    }

    public static string ToJson(AdaptiveCard card, bool indented = false)
    {
        var compact = ToUtf8Bytes(card);
        return indented ? JsonSerializer.Serialize(card, Indented) : System.Text.Encoding.UTF8.GetString(compact);
    }

    /// <summary>The size of the compact UTF-8 JSON, without the size check.</summary>
    public static int SizeInBytes(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Compact).Length;

    /// <summary>One element alone, as it appears in a card body (with its "type").</summary>
    public static JsonElement ToJsonElement(CardElement element) => JsonSerializer.SerializeToElement(element, Compact);

    /// <summary>One action alone, as it appears in a card (with its "type").</summary>
    public static JsonElement ToJsonElement(CardAction action) => JsonSerializer.SerializeToElement(action, Compact);

    private static byte[] ToUtf8Bytes(AdaptiveCard card)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(card, Compact);
        return bytes.Length <= MaxSizeInBytes ? bytes : throw new CardTooLargeException(bytes.Length, MaxSizeInBytes);
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>Thrown when a card's JSON exceeds <see cref="CardJson.MaxSizeInBytes"/>: split or page the card.</summary>
public sealed class CardTooLargeException(int sizeInBytes, int limitInBytes) : InvalidOperationException(
    $"The Adaptive Card is {sizeInBytes} bytes of JSON; Teams cards must stay under {limitInBytes} bytes. Split the card or page its list.")
{
    public int SizeInBytes { get; } = sizeInBytes;

    public int LimitInBytes { get; } = limitInBytes;
}
