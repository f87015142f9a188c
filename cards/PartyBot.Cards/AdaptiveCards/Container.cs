namespace PartyBot.Cards.AdaptiveCards;

/// <summary>Groups items, optionally on a coloured background (<see cref="Style"/>).</summary>
public sealed record Container : CardElement
{
    public string? Id { get; init; }

    public required IReadOnlyList<CardElement> Items { get; init; }

    public ContainerStyle Style { get; init; }

    public bool Bleed { get; init; }
}
