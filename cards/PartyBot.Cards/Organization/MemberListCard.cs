using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;
using PartyBot.Cards.Common;
using static PartyBot.Cards.Common.CardLayout;
using static PartyBot.Cards.Organization.OrganizationCardParts;

namespace PartyBot.Cards.Organization;

/// <summary>
/// The "thành viên" card for a secretary: the chi bộ's counts, then one row per member (leaders first, then by
/// given name), the member's code beside the name (what "chuyên cần &lt;mã&gt;" takes). A large chi bộ is shown
/// <see cref="RowsPerPage"/> members a page, with "Trang trước / Trang sau" (<see cref="OrganizationVerbs.MembersPage"/>).
/// </summary>
public static class MemberListCard
{
    /// <summary>Member rows a page: small enough that the card fits Teams' size limit whatever the names.</summary>
    public const int RowsPerPage = 40;

    private static readonly ColumnWidth NameWidth = ColumnWidth.Weight(1);
    private static readonly ColumnWidth StatusWidth = ColumnWidth.Weight(1);
    private static readonly ColumnWidth TeamsWidth = ColumnWidth.Pixels(48);

    public static AdaptiveCard Build(MemberListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var page = PageOf(view.Members, view.Page);
        return WithinSizeLimit(
            page.Items, member => Row(member, view.AsOf, view.Unreachable?.GetValueOrDefault(member.Id)), RowsPerPage, (shown, hidden) => Compose(view, page, shown, hidden));
    }

    /// <summary>The members the card shows on page <paramref name="page"/> (clamped), in list order: what the caller looks up per member.</summary>
    public static IReadOnlyList<Member> MembersOnPage(IReadOnlyList<Member> members, int page) => PageOf(members, page).Items;

    private static ListPage<Member> PageOf(IReadOnlyList<Member> members, int page) =>
        CardPaging.Page([.. OrganizationFormat.InListOrder(members)], page, RowsPerPage);

    private static AdaptiveCard Compose(MemberListView view, ListPage<Member> page, IReadOnlyList<CardElement> shown, int hidden)
    {
        var counts = view.Counts;
        return new AdaptiveCard
        {
            FallbackText = OrganizationTexts.MemberListFallback(view.Unit.Name, counts.Members, counts.Summoned),
            Body =
            [
                Banner(OrganizationTexts.MemberListTitle, view.UnitPath),
                Subtle(OrganizationTexts.AsOfPrefix + OrganizationFormat.Date(view.AsOf), Spacing.Medium),
                Tiles(
                [
                    (OrganizationTexts.TileTotal, counts.Members),
                    (OrganizationTexts.TileSummoned, counts.Summoned),
                    (OrganizationTexts.TileFull, counts.FullSummoned),
                    (OrganizationTexts.TileProbationary, counts.Probationary),
                ], Spacing.Small),
                Tiles(
                [
                    (OrganizationTexts.TileExempt, counts.Exempt),
                    (OrganizationTexts.TileSuspended, counts.Suspended),
                    (OrganizationTexts.TileTransferred, counts.Transferred),
                ], Spacing.Small, columns: 4),
                Subtle(OrganizationTexts.SummonedExplained),
                .. view.Members.Count == 0
                    ? [new TextBlock { Text = OrganizationTexts.NoMembers, IsSubtle = true, Spacing = Spacing.Large, Separator = true }]
                    : (IEnumerable<CardElement>)
                    [
                        .. PageLine(page, OrganizationTexts.MembersPaged),
                        Header(underPageLine: page.IsPaged),
                        .. shown,
                        .. hidden > 0
                            ? [new TextBlock { Text = OrganizationTexts.MoreMembers(hidden), IsSubtle = true, Separator = true }]
                            : Array.Empty<CardElement>(),
                        .. PageButtons(page, OrganizationVerbs.MembersPage, new Dictionary<string, string> { [OrganizationVerbs.UnitIdKey] = view.Unit.Id }),
                        Subtle(OrganizationTexts.TeamsLegend, Spacing.Medium),
                        new RichTextBlock { Spacing = Spacing.Small, Inlines = [new TextRun { Text = OrganizationTexts.CodeLegend, IsSubtle = true, Size = TextSize.Small }] },
                    ],
            ],
        };
    }

    private static ColumnSet Header(bool underPageLine) => new()
    {
        Spacing = underPageLine ? Spacing.Small : Spacing.Large,
        Separator = !underPageLine,
        Columns =
        [
            new Column { Width = NameWidth, Items = [HeaderCell(OrganizationTexts.ColumnMember)] },
            new Column { Width = StatusWidth, Items = [HeaderCell(OrganizationTexts.ColumnStatus)] },
            new Column { Width = TeamsWidth, Items = [HeaderCell(OrganizationTexts.ColumnTeams, HorizontalAlignment.Center)] },
        ],
    };

    private static ColumnSet Row(Member member, DateOnly asOf, Unreachability? unreachable)
    {
        var roles = OrganizationFormat.Roles(member);
        var linked = OrganizationFormat.IsTeamsLinked(member);
        var (mark, markColor) = unreachable is not null ? (ReachabilityTexts.UnreachableMark, TextColor.Attention)
            : linked ? (OrganizationTexts.LinkedMark, TextColor.Good)
            : (OrganizationTexts.NotLinkedMark, TextColor.Default);
        return new ColumnSet
        {
            Separator = true,
            Columns =
            [
                new Column
                {
                    Width = NameWidth,
                    Items =
                    [
                        new RichTextBlock
                        {
                            Inlines =
                            [
                                new TextRun { Text = member.FullName, Weight = OrganizationFormat.IsLeader(member) ? TextWeight.Bolder : TextWeight.Default },
                                new TextRun { Text = OrganizationTexts.CodeSeparator + member.Id, IsSubtle = true },
                            ],
                        },
                        .. roles is null
                            ? Array.Empty<CardElement>()
                            : [new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = roles, Size = TextSize.Small, Color = TextColor.Accent }] }],
                        .. unreachable is null
                            ? Array.Empty<CardElement>()
                            : [new TextBlock { Text = ReachabilityTexts.MemberListLine(unreachable), Size = TextSize.Small, Color = TextColor.Attention, Spacing = Spacing.None }],
                    ],
                },
                new Column
                {
                    Width = StatusWidth,
                    Items = [new TextBlock { Text = OrganizationFormat.Status(member), IsSubtle = !member.IsSummonedOn(asOf) }],
                },
                new Column
                {
                    Width = TeamsWidth,
                    Items =
                    [
                        new TextBlock
                        {
                            Text = mark,
                            Color = markColor,
                            IsSubtle = true,
                            Wrap = false,
                            HorizontalAlignment = HorizontalAlignment.Center,
                        },
                    ],
                },
            ],
        };
    }
}
