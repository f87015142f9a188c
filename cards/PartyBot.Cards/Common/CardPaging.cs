using System.Globalization;
using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Common;

/// <summary>One page of a long list: its items, its index (0-based, clamped), how many pages, where it starts in the list.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Index, int Count, int Offset, int Total)
{
    public bool IsPaged => Count > 1;

    /// <summary>1-based positions of the first and last item on the page ("41–80").</summary>
    public int FirstNumber => Items.Count == 0 ? 0 : Offset + 1;

    public int LastNumber => Offset + Items.Count;
}

/// <summary>
/// Long lists a page at a time, so that every card fits Teams' size limit however large the chi bộ: the page a
/// button asked for (clamped), and "Trang trước / Trang sau" — Action.Execute buttons of the card's own verb carrying
/// its ids and the page index under <see cref="PageKey"/>. The index comes back untrusted: <see cref="ParseIndex"/>.
/// </summary>
public static class CardPaging
{
    /// <summary>The page index in a button's data (0-based; the server clamps it).</summary>
    public const string PageKey = "page";

    /// <summary>Anything above this is not a page a card offered: it reads as the first page.</summary>
    private const int MaxIndex = 10_000;

    public static ListPage<T> Page<T>(IReadOnlyList<T> items, int requested, int perPage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perPage, 1);
        var count = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var index = Math.Clamp(requested, 0, count - 1);
        return new ListPage<T>([.. items.Skip(index * perPage).Take(perPage)], index, count, index * perPage, items.Count);
    }

    /// <summary>"Trang trước" and "Trang sau" as far as there are pages that way; null on a list of one page.</summary>
    public static ActionSet? Buttons<T>(ListPage<T> page, string verb, IReadOnlyDictionary<string, string> ids)
    {
        if (!page.IsPaged)
        {
            return null;
        }
        return new ActionSet
        {
            Actions =
            [
                .. page.Index > 0 ? [Button(PagingTexts.PreviousPage, verb, ids, page.Index - 1)] : Array.Empty<CardAction>(),
                .. page.Index < page.Count - 1 ? [Button(PagingTexts.NextPage, verb, ids, page.Index + 1)] : Array.Empty<CardAction>(),
            ],
        };
    }

    /// <summary><paramref name="ids"/> with the page index added, for any button that should bring the viewer back to this page.</summary>
    public static Dictionary<string, string> WithPage(IReadOnlyDictionary<string, string> ids, int index) =>
        new(ids) { [PageKey] = index.ToString(CultureInfo.InvariantCulture) };

    /// <summary>The page a button asks for: untrusted, so anything but a small non-negative number is the first page.</summary>
    public static int ParseIndex(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index <= MaxIndex ? index : 0;

    private static ExecuteAction Button(string title, string verb, IReadOnlyDictionary<string, string> ids, int index) => new()
    {
        Title = title,
        Verb = verb,
        Data = WithPage(ids, index),
        AssociatedInputs = AssociatedInputs.None,
    };
}
