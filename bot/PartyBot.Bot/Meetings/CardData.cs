using System.Text.Json;

namespace PartyBot.Bot.Meetings;

/// <summary>Reads values from a card action's data (untrusted): only strings count, anything else is as if absent.</summary>
internal static class CardData
{
    public static string? Text(JsonElement? data, string key) =>
        data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(key, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    /// <summary>A trimmed value, null when absent or blank.</summary>
    public static string? Trimmed(JsonElement? data, string key) => Text(data, key)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The page of a list a button asks for (<see cref="Cards.Common.CardPaging.PageKey"/>); the card clamps it.</summary>
    public static int Page(JsonElement? data) => Cards.Common.CardPaging.ParseIndex(Trimmed(data, Cards.Common.CardPaging.PageKey));
}
