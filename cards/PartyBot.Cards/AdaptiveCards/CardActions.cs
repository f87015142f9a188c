using System.Text.Json.Serialization;

namespace PartyBot.Cards.AdaptiveCards;

/// <summary>A button; the JSON "type" discriminator is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
public abstract record CardAction
{
    [JsonPropertyOrder(-10)]
    public string? Title { get; init; }

    [JsonPropertyOrder(-9)]
    public string? Id { get; init; }

    public ActionStyle Style { get; init; }

    public string? Tooltip { get; init; }
}

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke carrying
/// <see cref="Verb"/>, <see cref="Data"/> and the inputs; the bot answers with the updated card.
/// The data comes back from the client: the server must re-check every id in it.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    public required string Verb { get; init; }

    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public AssociatedInputs AssociatedInputs { get; init; }
}

/// <summary>Action.Submit, for clients without Universal Actions: arrives as a message whose value is the data.</summary>
public sealed record SubmitAction : CardAction
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public AssociatedInputs AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction : CardAction
{
    public required Uri Url { get; init; }
}

/// <summary>Action.ShowCard: unfolds <see cref="Card"/> under the button (give it no <c>msteams</c>).</summary>
public sealed record ShowCardAction : CardAction
{
    public required AdaptiveCard Card { get; init; }
}
