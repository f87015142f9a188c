using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Tests.Gallery;

namespace PartyBot.Cards.Tests.Schema;

public sealed class SchemaValidationTests
{
    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void BuiltCard_AgainstOfficialSchema_IsValid(string name)
    {
        AdaptiveCardSchema.AssertValid(SampleCards.All[name]);
    }

    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void BuiltCard_Size_StaysUnderTeamsLimit(string name)
    {
        Assert.InRange(CardJson.SizeInBytes(SampleCards.All[name]), 1, CardJson.MaxSizeInBytes);
    }

    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void BuiltCard_TeamsProperties_AreFullWidth(string name)
    {
        var json = CardJson.ToJsonElement(SampleCards.All[name]);

        Assert.Equal("Full", json.GetProperty("msteams").GetProperty("width").GetString());
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","weight":"heavy"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"good"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","label":"no id"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Execute","verb":"v","associatedInputs":"some"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"x","bogus":1}]}]}""")]
    public void Schema_BrokenCard_ReportsErrors(string card)
    {
        using var document = JsonDocument.Parse(card);

        Assert.NotEmpty(AdaptiveCardSchema.Errors(document.RootElement));
    }
}
