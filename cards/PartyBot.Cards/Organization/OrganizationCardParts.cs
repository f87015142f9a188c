using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;

namespace PartyBot.Cards.Organization;

/// <summary>
/// Layout pieces only the organisation cards use; the general ones (banner, fact rows, sections, size-limited
/// lists) are in <see cref="Common.CardLayout"/>.
/// </summary>
internal static class OrganizationCardParts
{
    /// <summary>Numbers side by side, each over its label ("24 / Tổng số"); padded with empty columns to <paramref name="columns"/> so that rows of tiles line up.</summary>
    public static ColumnSet Tiles(IReadOnlyList<(string Label, int Count)> tiles, Spacing spacing = Spacing.Medium, int columns = 0) =>
        CardLayout.Tiles([.. tiles.Select(t => new CardLayout.Tile(t.Label, t.Count))], columns, spacing);
}
