namespace PartyBot.Cards.AdaptiveCards;

/// <summary>Buttons placed inside the body (rather than at the bottom of the card).</summary>
public sealed record ActionSet : CardElement
{
    public required IReadOnlyList<CardAction> Actions { get; init; }
}
