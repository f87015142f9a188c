namespace PartyBot.Cards.AdaptiveCards;

/// <summary>Columns side by side.</summary>
public sealed record ColumnSet : CardElement
{
    public required IReadOnlyList<Column> Columns { get; init; }

    public ContainerStyle Style { get; init; }

    public bool Bleed { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

public sealed record Column
{
    public string Type { get; } = "Column";

    public IReadOnlyList<CardElement> Items { get; init; } = [];

    public ColumnWidth? Width { get; init; }

    public ContainerStyle Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public Spacing Spacing { get; init; }

    public bool Separator { get; init; }
}
