namespace PartyBot.Cards.AdaptiveCards;

/// <summary>Name/value pairs shown as a two-column table.</summary>
public sealed record FactSet : CardElement
{
    public required IReadOnlyList<Fact> Facts { get; init; }
}

public sealed record Fact(string Title, string Value);
