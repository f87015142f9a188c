using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Common;

/// <summary>
/// Layout pieces shared by the feature cards: title band, label–value rows, section headings, small print, and
/// long lists cut to Teams' size limit. Names and places go into TextRuns (never markdown), so an address like
/// nguyen_van_an@… or a name with * in it shows as written.
/// </summary>
internal static class CardLayout
{
    private static readonly ColumnWidth LabelWidth = ColumnWidth.Weight(2);
    private static readonly ColumnWidth ValueWidth = ColumnWidth.Weight(5);

    /// <summary>Room for rounding: a few hundred bytes (UTF-16, as Teams counts).</summary>
    private const int SafetyBytes = 512;

    /// <summary>A title band: heading, then a subtle line under it.</summary>
    public static Container Banner(string title, string subtitle) => new()
    {
        Style = ContainerStyle.Emphasis,
        Bleed = true,
        Items =
        [
            CardParts.Heading(title),
            new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = subtitle, IsSubtle = true }] },
        ],
    };

    /// <summary>What a notice says about what happened: done, to mind, refused.</summary>
    public enum NoticeTone { Good, Warning, Attention }

    /// <summary>
    /// A sentence about what happened, on a box of its tone, bold in the default colour: Teams' good and warning text
    /// colours (light green, yellow) barely read on white, and not at all on their own box. A refusal stays red.
    /// </summary>
    public static Container Notice(string text, NoticeTone tone) => new()
    {
        Style = tone switch { NoticeTone.Good => ContainerStyle.Good, NoticeTone.Warning => ContainerStyle.Warning, _ => ContainerStyle.Attention },
        Spacing = Spacing.Medium,
        Items =
        [
            new RichTextBlock
            {
                Inlines = [new TextRun { Text = text.Trim(), Weight = TextWeight.Bolder, Color = tone == NoticeTone.Attention ? TextColor.Attention : TextColor.Default }],
            },
        ],
    };

    /// <summary>The viewer's notice at the top of a card (a confirmation, or a refusal when <paramref name="isError"/>); nothing when empty.</summary>
    public static CardElement[] Notice(string? text, bool isError, string confirmMark = "") =>
        string.IsNullOrWhiteSpace(text) ? [] : [Notice((isError ? "" : confirmMark) + text.Trim(), isError ? NoticeTone.Attention : NoticeTone.Good)];

    /// <summary>A label and its value side by side (a FactSet that renders its value verbatim).</summary>
    public static ColumnSet Fact(string label, string value, bool strong = false, Spacing spacing = Spacing.Small) =>
        Fact(label, [new TextRun { Text = value, Weight = strong ? TextWeight.Bolder : TextWeight.Default }], spacing);

    public static ColumnSet Fact(string label, IReadOnlyList<TextRun> value, Spacing spacing = Spacing.Small) => new()
    {
        Spacing = spacing,
        Columns =
        [
            new Column { Width = LabelWidth, Items = [new RichTextBlock { Inlines = [new TextRun { Text = label, IsSubtle = true }] }] },
            new Column { Width = ValueWidth, Items = [new RichTextBlock { Inlines = value }] },
        ],
    };

    /// <summary>A number over its label, coloured by meaning.</summary>
    public sealed record Tile(string Label, int Count, TextColor Color = TextColor.Accent);

    /// <summary>Numbers side by side, each over its label; padded to <paramref name="columns"/> so that rows of tiles line up.</summary>
    public static ColumnSet Tiles(IReadOnlyList<Tile> tiles, int columns, Spacing spacing = Spacing.Medium) => new()
    {
        Spacing = spacing,
        Columns =
        [
            .. tiles.Select(tile => new Column
            {
                Width = ColumnWidth.Weight(1),
                Items =
                [
                    new TextBlock { Text = Organization.OrganizationFormat.Count(tile.Count), Size = TextSize.Large, Weight = TextWeight.Bolder, Color = tile.Color },
                    new TextBlock { Text = tile.Label, Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
                ],
            }),
            .. Enumerable.Range(0, Math.Max(0, columns - tiles.Count)).Select(_ => new Column { Width = ColumnWidth.Weight(1) }),
        ],
    };

    /// <summary>A bold sub-heading with a separator line above it.</summary>
    public static TextBlock Section(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true };

    public static TextBlock Subtle(string text, Spacing spacing = Spacing.Small) =>
        new() { Text = text, IsSubtle = true, Size = TextSize.Small, Spacing = spacing };

    public static TextBlock HeaderCell(string text, HorizontalAlignment? alignment = null) =>
        new() { Text = text, Weight = TextWeight.Bolder, Size = TextSize.Small, IsSubtle = true, HorizontalAlignment = alignment };

    /// <summary>
    /// A card with a long list, as long as fits: at most <paramref name="maxRows"/> rows, and no more than keep the
    /// whole card under <see cref="CardJson.MaxSizeInBytes"/> however long the names are. <paramref name="compose"/>
    /// builds the card from the rows shown and the number left out (it says "… và N khác" when that is positive).
    /// </summary>
    public static AdaptiveCard WithinSizeLimit<T>(
        IReadOnlyList<T> items, Func<T, CardElement> row, int maxRows, Func<IReadOnlyList<CardElement>, int, AdaptiveCard> compose)
    {
        // The card without rows but with the longest possible "and N more" line: what the rows must leave room for.
        var frame = CardJson.SizeInBytes(compose([], items.Count));
        var budget = CardJson.MaxSizeInBytes - frame - SafetyBytes;
        var rows = new List<CardElement>();
        var bytes = 0;
        foreach (var item in items.Take(maxRows))
        {
            var element = row(item);
            bytes += CardJson.SizeInBytes(element) + 2;
            if (bytes > budget)
            {
                break;
            }
            rows.Add(element);
        }
        return compose(rows, items.Count - rows.Count);
    }
}
