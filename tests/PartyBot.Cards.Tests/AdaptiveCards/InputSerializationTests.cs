using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.AdaptiveCards;

public sealed class InputSerializationTests
{
    private static JsonElement Json(CardElement element) => CardJson.ToJsonElement(element);

    [Fact]
    public void TextInput_AllProperties_WritesInputTextWithIdFirst()
    {
        var json = Json(new TextInput
        {
            Id = "reason", Label = "Lý do vắng", Placeholder = "Nhập lý do", IsMultiline = true, IsRequired = true,
            ErrorMessage = "Cần nêu lý do.", MaxLength = 200, Value = "Đi công tác",
        });

        Assert.Equal(["type", "id"], json.EnumerateObject().Take(2).Select(p => p.Name));
        Assert.Equal("Input.Text", json.GetProperty("type").GetString());
        Assert.Equal("Lý do vắng", json.GetProperty("label").GetString());
        Assert.Equal("Nhập lý do", json.GetProperty("placeholder").GetString());
        Assert.True(json.GetProperty("isMultiline").GetBoolean());
        Assert.True(json.GetProperty("isRequired").GetBoolean());
        Assert.Equal("Cần nêu lý do.", json.GetProperty("errorMessage").GetString());
        Assert.Equal(200, json.GetProperty("maxLength").GetInt32());
        Assert.Equal("Đi công tác", json.GetProperty("value").GetString());
    }

    [Fact]
    public void TextInput_OnlyId_OmitsNullsAndFalse()
    {
        var json = Json(new TextInput { Id = "note" });

        Assert.Equal(["type", "id"], json.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void DateInput_Dates_WritesIsoDates()
    {
        var json = Json(new DateInput { Id = "d", Value = new DateOnly(2026, 6, 1), Min = new DateOnly(2026, 1, 1), Max = new DateOnly(2026, 12, 31) });

        Assert.Equal("Input.Date", json.GetProperty("type").GetString());
        Assert.Equal("2026-06-01", json.GetProperty("value").GetString());
        Assert.Equal("2026-01-01", json.GetProperty("min").GetString());
        Assert.Equal("2026-12-31", json.GetProperty("max").GetString());
    }

    [Fact]
    public void TimeInput_Times_WritesHoursAndMinutesOnly()
    {
        var json = Json(new TimeInput { Id = "t", Value = new TimeOnly(8, 5), Min = new TimeOnly(7, 30), Max = new TimeOnly(17, 30) });

        Assert.Equal("Input.Time", json.GetProperty("type").GetString());
        Assert.Equal("08:05", json.GetProperty("value").GetString());
        Assert.Equal("07:30", json.GetProperty("min").GetString());
        Assert.Equal("17:30", json.GetProperty("max").GetString());
    }

    [Fact]
    public void NumberInput_ZeroMinimum_WritesZero()
    {
        var json = Json(new NumberInput { Id = "score", Min = 0, Max = 100 });

        Assert.Equal("Input.Number", json.GetProperty("type").GetString());
        Assert.Equal(0, json.GetProperty("min").GetDouble());
        Assert.Equal(100, json.GetProperty("max").GetDouble());
        Assert.False(json.TryGetProperty("value", out _));
    }

    [Fact]
    public void ChoiceSetInput_ExpandedMultiSelect_WritesStyleChoicesAndValue()
    {
        var json = Json(new ChoiceSetInput
        {
            Id = "who", Style = ChoiceInputStyle.Expanded, IsMultiSelect = true, Value = "a,b",
            Choices = [new Choice("Đồng chí A", "a"), new Choice("Đồng chí B", "b")],
        });

        Assert.Equal("Input.ChoiceSet", json.GetProperty("type").GetString());
        Assert.Equal("expanded", json.GetProperty("style").GetString());
        Assert.True(json.GetProperty("isMultiSelect").GetBoolean());
        Assert.Equal("a,b", json.GetProperty("value").GetString());
        Assert.Equal(["title", "value"], json.GetProperty("choices")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void ChoiceSetInput_Compact_OmitsStyle()
    {
        var json = Json(new ChoiceSetInput { Id = "x", Choices = [] });

        Assert.False(json.TryGetProperty("style", out _));
    }

    [Fact]
    public void ToggleInput_TitleAndValues_WritesThem()
    {
        var json = Json(new ToggleInput { Id = "ok", Title = "Đồng ý", ValueOn = "yes", ValueOff = "no" });

        Assert.Equal("Input.Toggle", json.GetProperty("type").GetString());
        Assert.Equal("Đồng ý", json.GetProperty("title").GetString());
        Assert.Equal("yes", json.GetProperty("valueOn").GetString());
        Assert.Equal("no", json.GetProperty("valueOff").GetString());
    }
}
