using System.Text.Json.Serialization;

namespace PartyBot.Cards.AdaptiveCards;

/// <summary>
/// <c>refresh</c> of a card: Teams runs <see cref="Action"/> for each viewer listed in <see cref="UserIds"/>
/// (at most 60), or for everyone in a conversation of at most 60 people when the list is absent.
/// </summary>
public sealed record CardRefresh
{
    public const int MaxUserIds = 60;

    [JsonIgnore]
    public required ExecuteAction Action { get; init; }

    /// <summary>Serialised through the base type so that the "type": "Action.Execute" discriminator is written.</summary>
    [JsonInclude, JsonPropertyName("action")]
    private CardAction SerializedAction => Action;

    public IReadOnlyList<string>? UserIds
    {
        get;
        init => field = value is { Count: > MaxUserIds }
            ? throw new ArgumentException($"refresh.userIds holds at most {MaxUserIds} ids; got {value.Count}.", nameof(value))
            : value;
    }
}
