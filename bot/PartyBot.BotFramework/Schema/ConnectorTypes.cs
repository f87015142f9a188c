using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBot.BotFramework.Schema;

/// <summary>The connector's answer to a send, reply or update.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Body of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }

    /// <summary>A proactive 1:1 with one user; Teams wants the tenant both as <c>tenantId</c> and in <c>channelData.tenant</c>.</summary>
    public static ConversationParameters Personal(string? botId, string? userId, string? tenantId) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = botId },
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = tenantId is null ? null : JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
    };
}

/// <summary>Answer of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}

/// <summary>Answer of <c>GET v3/conversations/{id}/pagedmembers</c>.</summary>
public sealed class PagedMembersResult
{
    public IList<ChannelAccount> Members { get; set; } = [];
    public string? ContinuationToken { get; set; }
}

/// <summary>The HTTP answer to an invoke activity (e.g. <c>adaptiveCard/action</c>).</summary>
public sealed record InvokeResponse(int Status, object? Body);

/// <summary>Body of an <c>adaptiveCard/action</c> invoke answer.</summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;
    public string Type { get; set; } = MessageType;
    public object? Value { get; set; }

    public static AdaptiveCardInvokeResponse Card(object card) => new() { Type = CardType, Value = card };
    public static AdaptiveCardInvokeResponse Message(string text) => new() { Type = MessageType, Value = text };
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = ErrorType, Value = new { code, message } };
}

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonElement? Data { get; set; }
}
