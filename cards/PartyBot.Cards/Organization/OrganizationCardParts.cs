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

    /// <summary>"Trang 2/8 · đảng viên 41–80 / 300" above a paged list, in bold under a line; nothing for a list of one page.</summary>
    public static IEnumerable<CardElement> PageLine<T>(ListPage<T> page, string what) =>
        page.IsPaged
            ? [CardLayout.Section(PagingTexts.Range(page.Index + 1, page.Count, what, page.FirstNumber, page.LastNumber, page.Total))]
            : [];

    /// <summary>"Trang trước / Trang sau" under a paged list; nothing for a list of one page.</summary>
    public static IEnumerable<CardElement> PageButtons<T>(ListPage<T> page, string verb, IReadOnlyDictionary<string, string> ids) =>
        CardPaging.Buttons(page, verb, ids) is { } buttons ? [buttons] : [];
}
