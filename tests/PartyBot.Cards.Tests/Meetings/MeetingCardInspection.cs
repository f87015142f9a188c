using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.Meetings;

/// <summary>Finds the buttons and inputs of a built card, wherever they are (card actions, ActionSets, columns).</summary>
internal static class MeetingCardInspection
{
    public static IReadOnlyList<JsonElement> Actions(AdaptiveCard card) => Objects(card, type => type.StartsWith("Action.", StringComparison.Ordinal));

    public static IReadOnlyList<JsonElement> Inputs(AdaptiveCard card) => Objects(card, type => type.StartsWith("Input.", StringComparison.Ordinal));

    public static JsonElement Input(AdaptiveCard card, string id) =>
        Assert.Single(Inputs(card), input => input.GetProperty("id").GetString() == id);

    public static JsonElement Action(AdaptiveCard card, string title) =>
        Assert.Single(Actions(card), action => action.GetProperty("title").GetString() == title);

    public static IReadOnlyDictionary<string, string> Data(JsonElement action) =>
        action.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    public static string? Str(JsonElement json, string property) =>
        json.TryGetProperty(property, out var value) ? value.ToString() : null;

    private static List<JsonElement> Objects(AdaptiveCard card, Func<string, bool> typeMatches)
    {
        var found = new List<JsonElement>();
        Collect(CardJson.ToJsonElement(card), typeMatches, found, isRoot: true);
        return found;
    }

    private static void Collect(JsonElement json, Func<string, bool> typeMatches, List<JsonElement> found, bool isRoot = false)
    {
        if (json.ValueKind == JsonValueKind.Object)
        {
            if (!isRoot && json.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && typeMatches(type.GetString()!))
            {
                found.Add(json);
            }
            foreach (var property in json.EnumerateObject())
            {
                Collect(property.Value, typeMatches, found);
            }
        }
        else if (json.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in json.EnumerateArray())
            {
                Collect(item, typeMatches, found);
            }
        }
    }
}
