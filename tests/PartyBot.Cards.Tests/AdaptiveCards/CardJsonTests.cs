using System.Text;
using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Tests.AdaptiveCards;

public sealed class CardJsonTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void ToJsonElement_EmptyCard_WritesTypeSchemaVersionBodyAndTeamsWidth()
    {
        var json = CardJson.ToJsonElement(new AdaptiveCard());

        Assert.Equal(["type", "$schema", "version", "body", "msteams"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("AdaptiveCard", json.GetProperty("type").GetString());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", json.GetProperty("$schema").GetString());
        Assert.Equal("1.5", json.GetProperty("version").GetString());
        Assert.Equal("Full", json.GetProperty("msteams").GetProperty("width").GetString());
    }

    [Fact]
    public void ToJsonElement_BodyAndActions_WritesEachWithItsType()
    {
        var json = CardJson.ToJsonElement(new AdaptiveCard
        {
            FallbackText = "Thông báo",
            Body = [new TextBlock { Text = "a" }, new FactSet { Facts = [] }],
            Actions = [new ExecuteAction { Title = "b", Verb = "v" }],
        });

        Assert.Equal("TextBlock", json.GetProperty("body")[0].GetProperty("type").GetString());
        Assert.Equal("FactSet", json.GetProperty("body")[1].GetProperty("type").GetString());
        Assert.Equal("Action.Execute", json.GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.Equal("Thông báo", json.GetProperty("fallbackText").GetString());
    }

    [Fact]
    public void ToJsonElement_Refresh_WritesExecuteActionWithTypeAndUserIds()
    {
        var json = CardJson.ToJsonElement(new AdaptiveCard
        {
            Refresh = new CardRefresh { Action = new ExecuteAction { Verb = "refreshRsvp" }, UserIds = ["29:a", "29:b"] },
        });

        var refresh = json.GetProperty("refresh");
        Assert.Equal("Action.Execute", refresh.GetProperty("action").GetProperty("type").GetString());
        Assert.Equal("refreshRsvp", refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal(["29:a", "29:b"], refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public void CardRefresh_MoreThanSixtyUserIds_Throws()
    {
        var ids = Enumerable.Range(0, 61).Select(i => $"29:{i}").ToList();

        var error = Assert.Throws<ArgumentException>(() => new CardRefresh { Action = new ExecuteAction { Verb = "r" }, UserIds = ids });
        Assert.Contains("60", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Vietnamese_WritesReadableCharactersAndValidJson()
    {
        const string text = "Chi bộ “Văn phòng” sinh hoạt: điểm danh <đầy đủ> & \"đúng giờ\"\\";
        var json = CardJson.ToJson(new AdaptiveCard { Body = [new TextBlock { Text = text }] });

        Assert.Contains("Chi bộ “Văn phòng” sinh hoạt: điểm danh", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(text, parsed.RootElement.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void ToJson_Indented_HasNewLinesAndSameContent()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Đảng viên" }] };

        var indented = CardJson.ToJson(card, indented: true);

        Assert.Contains('\n', indented);
        Assert.Equal(CardJson.ToJson(card), JsonSerializer.Serialize(JsonDocument.Parse(indented).RootElement, Relaxed));
    }

    [Fact]
    public void SizeInBytes_Vietnamese_CountsUtf16AsTeamsDoes()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Đảng" }] };

        Assert.Equal(2 * CardJson.ToJson(card).Length, CardJson.SizeInBytes(card));
        Assert.Equal(Encoding.Unicode.GetByteCount(CardJson.ToJson(card)), CardJson.SizeInBytes(card));
    }

    [Fact]
    public void ToJson_AsciiCardOverLimitInUtf16ButNotInUtf8_ThrowsCardTooLarge()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('a', 50 * 1024) }] };

        Assert.Throws<CardTooLargeException>(() => CardJson.ToJson(card));
    }

    [Fact]
    public void ToJson_HugeBody_ThrowsCardTooLarge()
    {
        var card = HugeCard();

        var error = Assert.Throws<CardTooLargeException>(() => CardJson.ToJson(card));
        Assert.Equal(CardJson.MaxSizeInBytes, error.LimitInBytes);
        Assert.True(error.SizeInBytes > CardJson.MaxSizeInBytes);
        Assert.Contains("81920", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonElement_HugeBody_ThrowsCardTooLarge()
    {
        Assert.Throws<CardTooLargeException>(() => CardJson.ToJsonElement(HugeCard()));
    }

    [Fact]
    public void SizeInBytes_HugeBody_ReportsWithoutThrowing()
    {
        Assert.True(CardJson.SizeInBytes(HugeCard()) > CardJson.MaxSizeInBytes);
    }

    [Fact]
    public void ToJson_JustUnderLimit_Succeeds()
    {
        var empty = CardJson.SizeInBytes(new AdaptiveCard { Body = [new TextBlock { Text = "" }] });
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('a', (CardJson.MaxSizeInBytes - empty) / 2) }] };

        Assert.Equal(CardJson.MaxSizeInBytes, CardJson.SizeInBytes(card));
        Assert.NotEmpty(CardJson.ToJson(card));
    }

    private static AdaptiveCard HugeCard() => new()
    {
        Body = [.. Enumerable.Range(0, 2000).Select(i => new TextBlock { Text = $"Đảng viên số {i}: Nguyễn Văn Một, chi bộ Văn phòng" })],
    };
}
