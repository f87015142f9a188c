using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBot.Cards.AdaptiveCards;

/// <summary>A column width: "auto", "stretch", a relative weight (a number) or pixels ("50px").</summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int value) => (Keyword, Value) = (keyword, value);

    /// <summary>"auto", "stretch" or "NNpx"; null for a relative weight.</summary>
    internal string? Keyword { get; }

    internal int Value { get; }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    public static ColumnWidth Weight(int weight) =>
        weight > 0 ? new(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), "A column weight is positive.");

    public static ColumnWidth Pixels(int pixels) =>
        pixels > 0
            ? new(string.Create(CultureInfo.InvariantCulture, $"{pixels}px"), pixels)
            : throw new ArgumentOutOfRangeException(nameof(pixels), "A column width in pixels is positive.");
}

internal sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => ColumnWidth.Weight(reader.GetInt32()),
            JsonTokenType.String => reader.GetString() switch
            {
                "auto" => ColumnWidth.Auto,
                "stretch" => ColumnWidth.Stretch,
                var s when s is not null && s.EndsWith("px", StringComparison.Ordinal) =>
                    ColumnWidth.Pixels(int.Parse(s.AsSpan(0, s.Length - 2), CultureInfo.InvariantCulture)),
                var s when int.TryParse(s, CultureInfo.InvariantCulture, out var weight) => ColumnWidth.Weight(weight),
                var s => throw new JsonException($"Unknown column width \"{s}\"."),
            },
            _ => throw new JsonException("A column width is a string or a number."),
        };

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is { } keyword)
        {
            writer.WriteStringValue(keyword);
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }
}
