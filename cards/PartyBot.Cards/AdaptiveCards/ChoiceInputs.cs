namespace PartyBot.Cards.AdaptiveCards;

/// <summary>Input.ChoiceSet: a drop-down (compact) or radio buttons / check boxes (expanded).</summary>
public sealed record ChoiceSetInput : CardInput
{
    public required IReadOnlyList<Choice> Choices { get; init; }

    public ChoiceInputStyle Style { get; init; }

    public bool IsMultiSelect { get; init; }

    /// <summary>The selected value; several are comma-separated, so a choice value never holds a comma.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool Wrap { get; init; } = true;
}

/// <summary>An Input.Choice: the <see cref="Title"/> shown and the <see cref="Value"/> sent.</summary>
public sealed record Choice(string Title, string Value);

/// <summary>Input.Toggle: a check box sending <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed record ToggleInput : CardInput
{
    public required string Title { get; init; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool Wrap { get; init; } = true;
}
