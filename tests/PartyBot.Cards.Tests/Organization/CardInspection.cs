using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Tests.Welcome;

namespace PartyBot.Cards.Tests.Organization;

/// <summary>Reads a built card back the way a reader sees it: its text, its runs, its rows.</summary>
internal static class CardInspection
{
    public static string Text(AdaptiveCard card) => WelcomeCardTests.Text(card);

    /// <summary>Every TextRun of the card, in document order.</summary>
    public static IReadOnlyList<JsonElement> Runs(AdaptiveCard card)
    {
        var runs = new List<JsonElement>();
        Collect(CardJson.ToJsonElement(card), runs);
        return runs;
    }

    public static JsonElement Run(AdaptiveCard card, string text) =>
        Assert.Single(Runs(card), run => run.GetProperty("text").GetString() == text);

    public static bool IsBold(JsonElement run) => run.TryGetProperty("weight", out var weight) && weight.GetString() == "bolder";

    /// <summary>The positions of <paramref name="texts"/> in the card's text; each must be there.</summary>
    public static IReadOnlyList<int> Positions(AdaptiveCard card, IEnumerable<string> texts)
    {
        var all = Text(card);
        return [.. texts.Select(t =>
        {
            var at = all.IndexOf(t, StringComparison.Ordinal);
            Assert.True(at >= 0, $"“{t}” is not on the card.");
            return at;
        })];
    }

    /// <summary>The lines a reader sees (one per text block or paragraph).</summary>
    public static IReadOnlyList<string> Lines(AdaptiveCard card) => Text(card).Split('\n');

    /// <summary>The value beside a label of a fact row; fails if the label is absent.</summary>
    public static string Fact(AdaptiveCard card, string label)
    {
        var lines = Lines(card);
        var at = lines.ToList().IndexOf(label);
        Assert.True(at >= 0 && at + 1 < lines.Count, $"No fact “{label}” on the card.");
        return lines[at + 1];
    }

    public static bool HasFact(AdaptiveCard card, string label) => Lines(card).Contains(label);

    /// <summary>A tile of counts: its number line and its label line (the first line that is the label).</summary>
    public static string[] Tile(AdaptiveCard card, string label)
    {
        var lines = Lines(card).ToList();
        var at = lines.IndexOf(label, 1);
        Assert.True(at > 0, $"No tile “{label}”.");
        return [lines[at - 1], lines[at]];
    }

    private static void Collect(JsonElement json, List<JsonElement> runs)
    {
        if (json.ValueKind == JsonValueKind.Object)
        {
            if (json.TryGetProperty("type", out var type) && type.GetString() == "TextRun")
            {
                runs.Add(json);
                return;
            }
            foreach (var property in json.EnumerateObject())
            {
                Collect(property.Value, runs);
            }
        }
        else if (json.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in json.EnumerateArray())
            {
                Collect(item, runs);
            }
        }
    }
}
