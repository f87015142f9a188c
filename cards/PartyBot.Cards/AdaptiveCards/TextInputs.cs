using System.Text.Json.Serialization;

namespace PartyBot.Cards.AdaptiveCards;

/// <summary>Input.Text.</summary>
public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }

    public bool IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Regex { get; init; }

    public string? Value { get; init; }
}

/// <summary>Input.Number; <see cref="Min"/> and <see cref="Max"/> are hints that some clients ignore.</summary>
public sealed record NumberInput : CardInput
{
    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public double? Value { get; init; }
}

/// <summary>Input.Date; dates are written as YYYY-MM-DD.</summary>
public sealed record DateInput : CardInput
{
    public string? Placeholder { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    public DateOnly? Value { get; init; }
}

/// <summary>Input.Time; times are written as HH:mm.</summary>
public sealed record TimeInput : CardInput
{
    public string? Placeholder { get; init; }

    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Min { get; init; }

    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Max { get; init; }

    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Value { get; init; }
}
