using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Organization;

/// <summary>
/// Layout pieces only the organisation cards use; the general ones (banner, fact rows, sections, size-limited
/// lists) are in <see cref="Common.CardLayout"/>.
/// </summary>
internal static class OrganizationCardParts
{
    /// <summary>Numbers side by side, each over its label ("24 / Tổng số"); padded with empty columns to <paramref name="columns"/> so that rows of tiles line up.</summary>
    public static ColumnSet Tiles(IReadOnlyList<(string Label, int Count)> tiles, Spacing spacing = Spacing.Medium, int columns = 0) => new()
    {
        Spacing = spacing,
        Columns =
        [
            .. tiles.Select(tile => new Column
            {
                Width = ColumnWidth.Weight(1),
                Items =
                [
                    new TextBlock { Text = OrganizationFormat.Count(tile.Count), Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Accent },
                    new TextBlock { Text = tile.Label, Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
                ],
            }),
            .. Enumerable.Range(0, Math.Max(0, columns - tiles.Count)).Select(_ => new Column { Width = ColumnWidth.Weight(1) }),
        ],
    };
}
