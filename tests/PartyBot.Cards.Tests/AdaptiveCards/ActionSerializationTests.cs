using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.AdaptiveCards;

public sealed class ActionSerializationTests
{
    private static JsonElement Json(CardAction action) => CardJson.ToJsonElement(action);

    [Fact]
    public void ExecuteAction_VerbAndData_WritesActionExecute()
    {
        var json = Json(new ExecuteAction
        {
            Title = "Xác nhận", Verb = "rsvp", Style = ActionStyle.Positive,
            Data = new Dictionary<string, string> { ["meetingId"] = "m-1", ["answer"] = "yes" },
        });

        Assert.Equal("Action.Execute", json.GetProperty("type").GetString());
        Assert.Equal("Xác nhận", json.GetProperty("title").GetString());
        Assert.Equal("rsvp", json.GetProperty("verb").GetString());
        Assert.Equal("positive", json.GetProperty("style").GetString());
        Assert.Equal("m-1", json.GetProperty("data").GetProperty("meetingId").GetString());
        Assert.False(json.TryGetProperty("associatedInputs", out _));
    }

    [Fact]
    public void ExecuteAction_NoInputs_WritesAssociatedInputsNone()
    {
        var json = Json(new ExecuteAction { Verb = "cancel", AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive });

        Assert.Equal("none", json.GetProperty("associatedInputs").GetString());
        Assert.Equal("destructive", json.GetProperty("style").GetString());
        Assert.False(json.TryGetProperty("data", out _));
        Assert.False(json.TryGetProperty("title", out _));
    }

    [Fact]
    public void OpenUrlAction_Url_WritesActionOpenUrl()
    {
        var json = Json(new OpenUrlAction { Title = "Mở", Url = new Uri("https://example.org/tai-lieu?id=1") });

        Assert.Equal("Action.OpenUrl", json.GetProperty("type").GetString());
        Assert.Equal("https://example.org/tai-lieu?id=1", json.GetProperty("url").GetString());
    }

    [Fact]
    public void ShowCardAction_NestedCard_WritesAdaptiveCardWithoutTeamsProperties()
    {
        var json = Json(new ShowCardAction { Title = "Thêm", Card = new AdaptiveCard { MsTeams = null, Body = [new TextBlock { Text = "x" }] } });

        Assert.Equal("Action.ShowCard", json.GetProperty("type").GetString());
        var card = json.GetProperty("card");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("TextBlock", card.GetProperty("body")[0].GetProperty("type").GetString());
        Assert.False(card.TryGetProperty("msteams", out _));
    }

    [Fact]
    public void SubmitAction_Data_WritesActionSubmit()
    {
        var json = Json(new SubmitAction { Title = "Gửi", Data = new Dictionary<string, string> { ["verb"] = "help" } });

        Assert.Equal("Action.Submit", json.GetProperty("type").GetString());
        Assert.Equal("help", json.GetProperty("data").GetProperty("verb").GetString());
    }
}
