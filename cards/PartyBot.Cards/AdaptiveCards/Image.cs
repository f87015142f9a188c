namespace PartyBot.Cards.AdaptiveCards;

/// <summary>An image from a URL (https or a data URI).</summary>
public sealed record Image : CardElement
{
    public required Uri Url { get; init; }

    public string? AltText { get; init; }

    public ImageSize Size { get; init; }

    public ImageStyle Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
