using System.Text.Json;
using System.Text.RegularExpressions;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.Gallery;

/// <summary>
/// Teams (and the Agents Playground) run every TextBlock's text through markdown; a TextRun is shown as written.
/// A TextBlock "1." is an empty ordered-list item there: the number disappears. So no TextBlock may start with a
/// list marker, a heading or a quote mark.
/// </summary>
public sealed partial class MarkdownSafetyTests
{
    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void TextBlocks_EverySampleCard_NoneReadAsMarkdownBlock(string name)
    {
        var texts = new List<string>();
        Collect(CardJson.ToJsonElement(SampleCards.All[name]), texts);

        Assert.DoesNotContain(texts, text => MarkdownBlock().IsMatch(text));
    }

    [Theory]
    [InlineData("1.")]
    [InlineData("10. Biểu quyết")]
    [InlineData("- mục")]
    [InlineData("# tiêu đề")]
    public void MarkdownBlock_ListOrHeading_Matches(string text) => Assert.Matches(MarkdownBlock(), text);

    [GeneratedRegex(@"^\s{0,3}(\d{1,9}[.)]|[-+*]|#{1,6}|>)(\s|$)")]
    private static partial Regex MarkdownBlock();

    private static void Collect(JsonElement json, List<string> texts)
    {
        if (json.ValueKind == JsonValueKind.Object)
        {
            if (json.TryGetProperty("type", out var type) && type.GetString() == "TextBlock" && json.TryGetProperty("text", out var text))
            {
                texts.Add(text.GetString() ?? "");
            }
            foreach (var property in json.EnumerateObject())
            {
                Collect(property.Value, texts);
            }
        }
        else if (json.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in json.EnumerateArray())
            {
                Collect(item, texts);
            }
        }
    }
}
