using System.Text.Json;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests;

/// <summary>Reads what the bot sent through the fake connector.</summary>
public static class RecordedCards
{
    public static bool IsActivityPost(this RecordedCall call) =>
        call.Method == "POST" && call.Path.Contains("/activities", StringComparison.Ordinal) && call.AnsweredStatus is >= 200 and < 300;

    /// <summary>The Adaptive Card of a sent activity, as JSON text (Vietnamese readable), or null.</summary>
    public static string? CardJson(this RecordedCall call)
    {
        if (call.Body is not { } body || !body.TryGetProperty("attachments", out var attachments) || attachments.GetArrayLength() == 0)
        {
            return null;
        }
        var attachment = attachments[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return attachment.GetProperty("content").GetRawText();
    }

    public static string? Text(this RecordedCall call) =>
        call.Body is { } body && body.TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>Every string in a card (text runs, titles…), joined, for content assertions.</summary>
    public static string CardText(this RecordedCall call)
    {
        var json = call.CardJson() ?? throw new InvalidOperationException("The call carried no card.");
        return TextOf(JsonDocument.Parse(json).RootElement);
    }

    /// <summary>Every string in a JSON value, joined.</summary>
    public static string TextOf(JsonElement element)
    {
        var texts = new List<string>();
        Collect(element, texts);
        return string.Join(" ", texts);
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }
                break;
        }
    }
}
