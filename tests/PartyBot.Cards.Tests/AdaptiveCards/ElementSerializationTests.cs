using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.AdaptiveCards;

public sealed class ElementSerializationTests
{
    private static JsonElement Json(CardElement element) => CardJson.ToJsonElement(element);

    private static string[] Names(JsonElement json) => [.. json.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void TextBlock_OnlyText_WritesTypeTextAndWrapOnly()
    {
        var json = Json(new TextBlock { Text = "Xin chào" });

        Assert.Equal(["type", "text", "wrap"], Names(json));
        Assert.Equal("TextBlock", json.GetProperty("type").GetString());
        Assert.True(json.GetProperty("wrap").GetBoolean());
    }

    [Fact]
    public void TextBlock_AllProperties_WritesSchemaNamesAndCamelCaseValues()
    {
        var json = Json(new TextBlock
        {
            Text = "Tiêu đề", Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention,
            IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Center, MaxLines = 2, Style = TextBlockStyle.Heading,
            Spacing = Spacing.ExtraLarge, Separator = true,
        });

        Assert.Equal("extraLarge", json.GetProperty("size").GetString());
        Assert.Equal("bolder", json.GetProperty("weight").GetString());
        Assert.Equal("attention", json.GetProperty("color").GetString());
        Assert.True(json.GetProperty("isSubtle").GetBoolean());
        Assert.Equal("center", json.GetProperty("horizontalAlignment").GetString());
        Assert.Equal(2, json.GetProperty("maxLines").GetInt32());
        Assert.Equal("heading", json.GetProperty("style").GetString());
        Assert.Equal("extraLarge", json.GetProperty("spacing").GetString());
        Assert.True(json.GetProperty("separator").GetBoolean());
    }

    [Fact]
    public void TextBlock_WrapOff_OmitsWrap()
    {
        Assert.False(Json(new TextBlock { Text = "x", Wrap = false }).TryGetProperty("wrap", out _));
    }

    [Fact]
    public void RichTextBlock_Runs_WritesTextRunTypeAndFormatting()
    {
        var json = Json(new RichTextBlock
        {
            Inlines = [new TextRun { Text = "đậm", Weight = TextWeight.Bolder }, new TextRun { Text = "nghiêng", Italic = true, IsSubtle = true }],
        });

        Assert.Equal("RichTextBlock", json.GetProperty("type").GetString());
        var runs = json.GetProperty("inlines");
        Assert.Equal("TextRun", runs[0].GetProperty("type").GetString());
        Assert.Equal(["type", "text", "weight"], Names(runs[0]));
        Assert.True(runs[1].GetProperty("italic").GetBoolean());
        Assert.True(runs[1].GetProperty("isSubtle").GetBoolean());
    }

    [Fact]
    public void FactSet_Facts_WritesTitleAndValue()
    {
        var json = Json(new FactSet { Facts = [new Fact("Địa điểm", "Hội trường")] });

        Assert.Equal("FactSet", json.GetProperty("type").GetString());
        var fact = json.GetProperty("facts")[0];
        Assert.Equal(["title", "value"], Names(fact));
        Assert.Equal("Hội trường", fact.GetProperty("value").GetString());
    }

    [Fact]
    public void ColumnSet_ColumnWidths_WritesKeywordsNumbersAndPixels()
    {
        var json = Json(new ColumnSet
        {
            Style = ContainerStyle.Emphasis,
            Columns =
            [
                new Column { Width = ColumnWidth.Auto },
                new Column { Width = ColumnWidth.Stretch },
                new Column { Width = ColumnWidth.Weight(3) },
                new Column { Width = ColumnWidth.Pixels(50) },
                new Column(),
            ],
        });

        var columns = json.GetProperty("columns");
        Assert.Equal("ColumnSet", json.GetProperty("type").GetString());
        Assert.Equal("emphasis", json.GetProperty("style").GetString());
        Assert.Equal("Column", columns[0].GetProperty("type").GetString());
        Assert.Equal("auto", columns[0].GetProperty("width").GetString());
        Assert.Equal("stretch", columns[1].GetProperty("width").GetString());
        Assert.Equal(3, columns[2].GetProperty("width").GetInt32());
        Assert.Equal("50px", columns[3].GetProperty("width").GetString());
        Assert.False(columns[4].TryGetProperty("width", out _));
    }

    [Fact]
    public void ColumnWidth_NotPositive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weight(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(-1));
    }

    [Fact]
    public void Container_StyleAndBleed_WritesThemAndItems()
    {
        var json = Json(new Container { Id = "header", Style = ContainerStyle.Accent, Bleed = true, Items = [new TextBlock { Text = "x" }] });

        Assert.Equal("Container", json.GetProperty("type").GetString());
        Assert.Equal("header", json.GetProperty("id").GetString());
        Assert.Equal("accent", json.GetProperty("style").GetString());
        Assert.True(json.GetProperty("bleed").GetBoolean());
        Assert.Equal("TextBlock", json.GetProperty("items")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Container_DefaultStyle_OmitsStyleAndBleed()
    {
        var json = Json(new Container { Items = [] });

        Assert.Equal(["type", "items"], Names(json));
    }

    [Fact]
    public void Image_SmallPerson_WritesUrlSizeAndStyle()
    {
        var json = Json(new Image { Url = new Uri("https://example.org/a.png"), AltText = "Ảnh", Size = ImageSize.Small, Style = ImageStyle.Person });

        Assert.Equal("Image", json.GetProperty("type").GetString());
        Assert.Equal("https://example.org/a.png", json.GetProperty("url").GetString());
        Assert.Equal("small", json.GetProperty("size").GetString());
        Assert.Equal("person", json.GetProperty("style").GetString());
    }

    [Fact]
    public void ActionSet_Actions_WritesActionTypes()
    {
        var json = Json(new ActionSet { Actions = [new ExecuteAction { Title = "Có mặt", Verb = "rsvp" }] });

        Assert.Equal("ActionSet", json.GetProperty("type").GetString());
        Assert.Equal("Action.Execute", json.GetProperty("actions")[0].GetProperty("type").GetString());
    }
}
