using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Organization;
using PartyBot.Cards.Common;
using static PartyBot.Cards.Common.CardLayout;
using static PartyBot.Cards.Organization.OrganizationCardParts;

namespace PartyBot.Cards.Organization;

/// <summary>
/// The "thành viên" card for an administrator: totals first, then the tree, one row per unit indented by its
/// depth, with its code (what "thành viên &lt;mã&gt;" takes), the counts of each chi bộ and tổ đảng and a mark on each
/// chi bộ that has no Teams conversation yet. A large tree is shown <see cref="RowsPerPage"/> units a page in tree
/// order, with "Trang trước / Trang sau" (<see cref="OrganizationVerbs.UnitsPage"/>); a page that starts inside a
/// đảng bộ says first which units it continues.
/// </summary>
public static class UnitTreeCard
{
    /// <summary>Unit rows a page: small enough that the card fits Teams' size limit whatever the names.</summary>
    public const int RowsPerPage = 50;

    /// <summary>Indent per level, and the deepest level indented further (so that a deep tree keeps room for names).</summary>
    private const int IndentPixels = 20;
    private const int MaxIndentLevels = 6;

    private static readonly ColumnWidth CountWidth = ColumnWidth.Pixels(64);

    public static AdaptiveCard Build(UnitTreeView view)
    {
        var page = CardPaging.Page(view.Rows, view.Page, RowsPerPage);
        return WithinSizeLimit(page.Items, Row, RowsPerPage, (shown, hidden) => Compose(view, page, shown, hidden));
    }

    private static AdaptiveCard Compose(UnitTreeView view, ListPage<UnitTreeRow> page, IReadOnlyList<CardElement> shown, int hidden)
    {
        var rows = view.Rows;
        var cells = rows.Count(r => r.Unit.IsCell);
        var totals = Totals(rows);
        return new AdaptiveCard
        {
            FallbackText = OrganizationTexts.TreeFallback(rows.Count, cells, totals.Members),
            Body =
            [
                Banner(OrganizationTexts.TreeTitle, OrganizationTexts.AsOfPrefix + OrganizationFormat.Date(view.AsOf)),
                Tiles(
                [
                    (OrganizationTexts.TreeUnits, rows.Count),
                    (OrganizationTexts.TreeCells, cells),
                    (OrganizationTexts.TreeUnlinkedCells, rows.Count(r => IsUnlinkedCell(r.Unit))),
                ], Spacing.Medium),
                Tiles(
                [
                    (OrganizationTexts.TreeMembers, totals.Members),
                    (OrganizationTexts.TileSummoned, totals.Summoned),
                    (OrganizationTexts.TileFull, totals.FullSummoned),
                ], Spacing.Small),
                .. rows.Count == 0
                    ? [new TextBlock { Text = OrganizationTexts.NoUnits, IsSubtle = true, Spacing = Spacing.Large, Separator = true }]
                    : (IEnumerable<CardElement>)
                    [
                        .. PageLine(page, OrganizationTexts.UnitsPaged),
                        .. Continued(rows, page.Offset),
                        Header(underPageLine: page.IsPaged),
                        .. shown,
                        .. hidden > 0
                            ? [new TextBlock { Text = OrganizationTexts.MoreUnits(hidden), IsSubtle = true, Separator = true }]
                            : Array.Empty<CardElement>(),
                        .. PageButtons(page, OrganizationVerbs.UnitsPage, new Dictionary<string, string>()),
                        Subtle(OrganizationTexts.TreeLegend, Spacing.Medium),
                        Subtle(OrganizationTexts.TreeCodeLegend),
                    ],
            ],
        };
    }

    /// <summary>
    /// A page that starts below the top: the units its first row belongs to, nearest first (rows are in tree order, so
    /// each ancestor is the nearest row above at one level less).
    /// </summary>
    private static IEnumerable<CardElement> Continued(IReadOnlyList<UnitTreeRow> rows, int first)
    {
        if (first <= 0 || first >= rows.Count)
        {
            yield break;
        }
        var ancestors = new List<string>();
        var depth = rows[first].Depth;
        for (var i = first - 1; i >= 0 && depth > 0; i--)
        {
            if (rows[i].Depth < depth)
            {
                ancestors.Add(rows[i].Unit.Name);
                depth = rows[i].Depth;
            }
        }
        if (ancestors.Count > 0)
        {
            yield return Subtle(OrganizationTexts.TreeContinued(string.Join(" › ", ancestors)));
        }
    }

    /// <summary>
    /// The counts of a row cover its whole subtree (see <see cref="UnitTreeRow"/>), so the totals are the sum of
    /// the top rows: those at the smallest depth.
    /// </summary>
    private static UnitCounts Totals(IReadOnlyList<UnitTreeRow> rows)
    {
        if (rows.Count == 0)
        {
            return new UnitCounts(0, 0, 0, 0, 0, 0, 0);
        }
        var top = rows.Min(r => r.Depth);
        var tops = rows.Where(r => r.Depth == top).Select(r => r.Counts).ToList();
        return new UnitCounts(
            tops.Sum(c => c.Members), tops.Sum(c => c.Summoned), tops.Sum(c => c.FullSummoned), tops.Sum(c => c.Probationary),
            tops.Sum(c => c.Exempt), tops.Sum(c => c.Suspended), tops.Sum(c => c.Transferred));
    }

    private static bool IsUnlinkedCell(Unit unit) => unit.IsCell && string.IsNullOrEmpty(unit.ConversationId);

    private static bool HoldsMembers(Unit unit) => unit.Kind is UnitKind.Cell or UnitKind.Group;

    private static ColumnSet Header(bool underPageLine) => new()
    {
        Spacing = underPageLine ? Spacing.Small : Spacing.Large,
        Separator = !underPageLine,
        Columns =
        [
            new Column { Width = ColumnWidth.Stretch, Items = [HeaderCell(OrganizationTexts.TreeColumnUnit)] },
            new Column { Width = CountWidth, Items = [HeaderCell(OrganizationTexts.TreeColumnSummoned, HorizontalAlignment.Right)] },
            new Column { Width = CountWidth, Items = [HeaderCell(OrganizationTexts.TreeColumnFull, HorizontalAlignment.Right)] },
        ],
    };

    private static CardElement Row(UnitTreeRow row)
    {
        var unit = row.Unit;
        var depth = Math.Clamp(row.Depth, 0, MaxIndentLevels);
        var counted = HoldsMembers(unit);
        var notes = Notes(unit).ToList();
        return new ColumnSet
        {
            Separator = true,
            Columns =
            [
                .. depth == 0 ? Array.Empty<Column>() : [new Column { Width = ColumnWidth.Pixels(depth * IndentPixels) }],
                new Column
                {
                    Width = ColumnWidth.Stretch,
                    Spacing = depth == 0 ? Spacing.Default : Spacing.None,
                    Items =
                    [
                        new RichTextBlock
                        {
                            Inlines =
                            [
                                new TextRun { Text = unit.Name, Weight = counted ? TextWeight.Default : TextWeight.Bolder },
                                new TextRun { Text = OrganizationTexts.CodeSeparator + unit.Id, IsSubtle = true },
                            ],
                        },
                        .. notes.Count == 0 ? Array.Empty<CardElement>() : [new RichTextBlock { Spacing = Spacing.None, Inlines = notes }],
                    ],
                },
                CountColumn(counted ? row.Counts.Summoned : null),
                CountColumn(counted ? row.Counts.FullSummoned : null),
            ],
        };
    }

    /// <summary>
    /// The small line under a unit's name: its kind, unless the name already says it ("Chi bộ Báo tỉnh" is
    /// plainly a chi bộ), and the mark of a chi bộ without a Teams conversation.
    /// </summary>
    private static IEnumerable<TextRun> Notes(Unit unit)
    {
        var kind = OrganizationTexts.KindName(unit.Kind);
        var saysKind = unit.Name.Normalize().StartsWith(kind, StringComparison.OrdinalIgnoreCase);
        if (!saysKind)
        {
            yield return new TextRun { Text = kind, Size = TextSize.Small, IsSubtle = true };
        }
        if (IsUnlinkedCell(unit))
        {
            yield return new TextRun { Text = (saysKind ? "" : OrganizationTexts.NoteSeparator) + OrganizationTexts.TreeUnlinked, Size = TextSize.Small, Color = TextColor.Attention };
        }
    }

    private static Column CountColumn(int? count) => new()
    {
        Width = CountWidth,
        Items = count is { } n ? [new TextBlock { Text = OrganizationFormat.Count(n), Wrap = false, HorizontalAlignment = HorizontalAlignment.Right }] : [],
    };
}
