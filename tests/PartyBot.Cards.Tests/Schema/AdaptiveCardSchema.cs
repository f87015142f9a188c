using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.Schema;

/// <summary>The official Adaptive Card 1.5 schema (Schema/README.md says where it comes from).</summary>
internal static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "adaptive-card-1.5.json")))
            .GetAwaiter().GetResult());

    /// <summary>The schema's complaints about a card, empty when valid; Teams' msteams extension is set aside.</summary>
    public static IReadOnlyList<string> Errors(AdaptiveCard card) => Errors(CardJson.ToJsonElement(card));

    public static IReadOnlyList<string> Errors(JsonElement card)
    {
        var node = JsonNode.Parse(card.GetRawText())!.AsObject();
        node.Remove("msteams");
        return [.. Schema.Value.Validate(node.ToJsonString()).Select(error => error.ToString())];
    }

    public static void AssertValid(AdaptiveCard card)
    {
        var errors = Errors(card);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors) + Environment.NewLine + CardJson.ToJson(card, indented: true));
    }
}
