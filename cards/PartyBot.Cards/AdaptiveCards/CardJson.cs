using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBot.Cards.AdaptiveCards;

/// <summary>
/// Writes cards as Adaptive Card JSON: camelCase names, nulls and defaults omitted, Vietnamese kept
/// readable (not \u-escaped, as the activity is sent), and no card over <see cref="MaxSizeInBytes"/> as Teams counts it.
/// </summary>
public static class CardJson
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// 80 KB as Teams counts a message: encoded as UTF-16, two bytes for each UTF-16 code unit of the JSON as sent.
    /// Teams refuses a bot message over about 100 KB and recommends keeping it within 80 KB.
    /// </summary>
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

    /// <summary>The size of the compact JSON as Teams counts it (UTF-16 bytes), without the size check.</summary>
    public static int SizeInBytes(AdaptiveCard card) => Utf16Bytes(JsonSerializer.Serialize(card, Compact));

    /// <summary>The size of one element's JSON in a card body as Teams counts it (UTF-16 bytes).</summary>
    public static int SizeInBytes(CardElement element) => Utf16Bytes(ToJsonElement(element).GetRawText());

    /// <summary>Two bytes for each UTF-16 code unit: the string's length, not its UTF-8 length.</summary>
    public static int Utf16Bytes(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return System.Text.Encoding.Unicode.GetByteCount(json);
    }

    /// <summary>One element alone, as it appears in a card body (with its "type").</summary>
    public static JsonElement ToJsonElement(CardElement element) => JsonSerializer.SerializeToElement(element, Compact);

    /// <summary>One action alone, as it appears in a card (with its "type").</summary>
    public static JsonElement ToJsonElement(CardAction action) => JsonSerializer.SerializeToElement(action, Compact);

    private static byte[] ToUtf8Bytes(AdaptiveCard card)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(card, Compact);
        var size = Utf16Bytes(System.Text.Encoding.UTF8.GetString(bytes));
        return size <= MaxSizeInBytes ? bytes : throw new CardTooLargeException(size, MaxSizeInBytes);
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
    $"The Adaptive Card is {sizeInBytes} bytes of JSON as Teams counts it (UTF-16); Teams cards must stay under {limitInBytes} bytes. Split the card or page its list.")
{
    public int SizeInBytes { get; } = sizeInBytes;

    public int LimitInBytes { get; } = limitInBytes;
}
