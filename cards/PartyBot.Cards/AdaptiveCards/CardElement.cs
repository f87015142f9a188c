using System.Text.Json.Serialization;

namespace PartyBot.Cards.AdaptiveCards;

/// <summary>An element of a card body; the JSON "type" discriminator is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
public abstract record CardElement
{
    [JsonPropertyOrder(100)]
    public Spacing Spacing { get; init; }

    [JsonPropertyOrder(101)]
    public bool Separator { get; init; }
}

/// <summary>Base of the Input.* elements: every input needs an id, the key of its value in the action data.</summary>
public abstract record CardInput : CardElement
{
    [JsonPropertyOrder(-10)]
    public required string Id { get; init; }

    public string? Label { get; init; }

    public bool IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
