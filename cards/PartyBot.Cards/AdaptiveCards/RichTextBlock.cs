namespace PartyBot.Cards.AdaptiveCards;

/// <summary>A paragraph of differently formatted runs (no markdown).</summary>
public sealed record RichTextBlock : CardElement
{
    public required IReadOnlyList<TextRun> Inlines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

public sealed record TextRun
{
    public string Type { get; } = "TextRun";

    public required string Text { get; init; }

    public TextSize Size { get; init; }

    public TextWeight Weight { get; init; }

    public TextColor Color { get; init; }

    public bool IsSubtle { get; init; }

    public bool Italic { get; init; }

    public bool Strikethrough { get; init; }

    public bool Highlight { get; init; }
}
