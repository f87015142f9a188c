using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Common;

/// <summary>
/// The few shapes every PartyBot card is made of. Text goes into TextRuns, which Teams shows as written
/// (no markdown), so a name or a command with * or _ in it cannot break the layout; **bold** in a text
/// constant marks the runs to show in bold.
/// </summary>
internal static class CardParts
{
    public static TextBlock Heading(string text) =>
        new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading };

    public static RichTextBlock Paragraph(string marked, bool subtle = false, Spacing spacing = Spacing.Default) =>
        new() { Inlines = Runs(marked, subtle), Spacing = spacing };

    /// <summary>A hanging-indent line: the marker ("•", "1.") in its own narrow column, the text wrapping beside it.</summary>
    public static ColumnSet Item(string marker, string marked, Spacing spacing = Spacing.Small) => Item(marker, Runs(marked), TextColor.Accent, spacing);

    /// <summary>A hanging-indent line of runs, with the marker in <paramref name="markerColor"/>.</summary>
    public static ColumnSet Item(string marker, IReadOnlyList<TextRun> inlines, TextColor markerColor, Spacing spacing = Spacing.Small) => new()
    {
        Spacing = spacing,
        Columns =
        [
            new Column { Width = ColumnWidth.Pixels(16), Items = [Marker(marker, markerColor)] },
            new Column { Width = ColumnWidth.Stretch, Spacing = Spacing.Small, Items = [new RichTextBlock { Inlines = inlines }] },
        ],
    };

    /// <summary>
    /// A list marker ("1.", "•"), bold. A number goes in a run, not a TextBlock: Teams reads a TextBlock "1." as
    /// markdown, an empty numbered-list item, and shows no number at all. A bullet stays a (smaller) TextBlock, which
    /// keeps long lists within the size limit.
    /// </summary>
    public static CardElement Marker(string marker, TextColor color = TextColor.Accent) =>
        marker.Length > 0 && char.IsAsciiDigit(marker[0])
            ? new RichTextBlock { Inlines = [new TextRun { Text = marker, Weight = TextWeight.Bolder, Color = color }] }
            : new TextBlock { Text = marker, Weight = TextWeight.Bolder, Color = color };

    public static IReadOnlyList<TextRun> Runs(string marked, bool subtle = false) =>
        [.. marked.Split("**")
            .Select((text, index) => (text, bold: index % 2 == 1))
            .Where(part => part.text.Length > 0)
            .Select(part => new TextRun { Text = part.text, Weight = part.bold ? TextWeight.Bolder : TextWeight.Default, IsSubtle = subtle })];
}
