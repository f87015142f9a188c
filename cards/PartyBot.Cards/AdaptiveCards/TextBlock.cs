namespace PartyBot.Cards.AdaptiveCards;

/// <summary>A block of text (a subset of markdown). Wraps by default: Vietnamese lines are long.</summary>
public sealed record TextBlock : CardElement
{
    public required string Text { get; init; }

    public TextSize Size { get; init; }

    public TextWeight Weight { get; init; }

    public TextColor Color { get; init; }

    public bool IsSubtle { get; init; }

    public bool Wrap { get; init; } = true;

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public int? MaxLines { get; init; }

    public TextBlockStyle Style { get; init; }
}
