using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.Gallery;

/// <summary>
/// A sentence telling what happened sits on a box of its tone in the default colour: Teams' "good" and "warning" text
/// colours (light green, pale yellow) barely read on white. Only a refusal's text is coloured (red).
/// </summary>
public sealed class NoticeColourTests
{
    [Theory]
    [InlineData("survey-ballot-recorded", "good")]
    [InlineData("survey-ballot-reminder", "warning")]
    [InlineData("report-returned", "warning")]
    [InlineData("survey-results-not-rated", "warning")]
    public void Notice_OnItsCard_IsOnABoxOfItsToneInTheDefaultColour(string name, string style)
    {
        using var json = JsonDocument.Parse(CardJson.ToJson(SampleCards.All[name]));

        var box = Containers(json.RootElement).First(c => c.TryGetProperty("style", out var s) && s.GetString() == style);

        var colours = box.GetProperty("items")[0].GetProperty("inlines").EnumerateArray()
            .Select(run => run.TryGetProperty("color", out var c) ? c.GetString() : "default");
        Assert.All(colours, c => Assert.Equal("default", c));
        Assert.DoesNotContain("\"color\":\"good\"", json.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"color\":\"warning\"", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Containers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("type", out var t) && t.GetString() == "Container" ? [element] : Array.Empty<JsonElement>())
            .Concat(element.EnumerateObject().SelectMany(p => Containers(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Containers),
        _ => [],
    };
}
