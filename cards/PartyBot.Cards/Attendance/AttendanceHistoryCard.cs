using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Attendance.AttendanceCardParts;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Attendance;

/// <summary>
/// A member's attendance in a calendar year ("chuyên cần"): the counts, the months with an unexcused absence out of
/// the three that may lead to striking off (Điều lệ Điều 8), warned from the first configured number of months (two by
/// default), then one row per meeting, oldest first.
/// </summary>
public static class AttendanceHistoryCard
{
    /// <summary>At most this many meeting rows (a year has about 16); fewer if long texts would pass Teams' size limit.</summary>
    public const int MaxRows = 60;

    private static readonly ColumnWidth DateWidth = ColumnWidth.Pixels(84);
    private static readonly ColumnWidth MeetingWidth = ColumnWidth.Weight(3);
    private static readonly ColumnWidth StateWidth = ColumnWidth.Weight(2);

    public static AdaptiveCard Build(AttendanceHistoryView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rows = view.Rows.OrderBy(r => r.StartsAt).ToList();
        return WithinSizeLimit(rows, Row, MaxRows, (shown, hidden) => Compose(view, shown, hidden));
    }

    private static AdaptiveCard Compose(AttendanceHistoryView view, IReadOnlyList<CardElement> shown, int hidden)
    {
        int Count(AttendanceState state) => view.Rows.Count(r => r.State == state);
        var present = Count(AttendanceState.Present);
        var excused = Count(AttendanceState.Excused);
        var unexcused = Count(AttendanceState.Unexcused);
        var title = new RichTextBlock
        {
            Inlines =
            [
                new TextRun { Text = AttendanceCardTexts.HistoryTitle(view.Year), Size = TextSize.Large, Weight = TextWeight.Bolder },
                new TextRun { Text = view.MemberName, Size = TextSize.Large, Weight = TextWeight.Bolder },
            ],
        };
        return new AdaptiveCard
        {
            FallbackText = AttendanceCardTexts.HistoryFallback(view.Year, view.MemberName, present, excused, unexcused),
            Body =
            [
                Header(title, view.UnitName, null),
                Tiles(
                [
                    new(AttendanceCardTexts.TilePresent, present, TextColor.Good),
                    new(AttendanceCardTexts.TileExcusedAbsent, excused, excused > 0 ? TextColor.Accent : TextColor.Default),
                    new(AttendanceCardTexts.TileUnexcused, unexcused, unexcused > 0 ? TextColor.Attention : TextColor.Default),
                    new(AttendanceCardTexts.StateName(AttendanceState.Exempt), Count(AttendanceState.Exempt), TextColor.Default),
                ], columns: 4),
                new RichTextBlock
                {
                    Spacing = Spacing.Medium,
                    Inlines =
                    [
                        new TextRun { Text = AttendanceCardTexts.UnexcusedMonthsLead },
                        new TextRun
                        {
                            Text = AttendanceCardTexts.UnexcusedMonthsValue(view.UnexcusedMonths),
                            Weight = TextWeight.Bolder,
                            Color = view.UnexcusedMonths >= view.WarnFrom ? TextColor.Attention : TextColor.Default,
                        },
                        new TextRun { Text = AttendanceCardTexts.UnexcusedMonthsOutOf, IsSubtle = true },
                    ],
                },
                new RichTextBlock
                {
                    Spacing = Spacing.Small,
                    Inlines = [new TextRun { Text = SpeakingCardTexts.HistorySpoke(present, view.Rows.Count(r => r.State == AttendanceState.Present && r.Spoke)) }],
                },
                .. Warning(view),
                .. view.Rows.Count == 0
                    ? [new TextBlock { Text = AttendanceCardTexts.HistoryEmpty(view.Year), IsSubtle = true, Spacing = Spacing.Large, Separator = true }]
                    : (IEnumerable<CardElement>)
                    [
                        Section(AttendanceCardTexts.HistoryHeading),
                        ColumnHeaders(),
                        .. shown,
                        .. hidden > 0
                            ? [new TextBlock { Text = AttendanceCardTexts.MoreMeetings(hidden), IsSubtle = true, Separator = true }]
                            : Array.Empty<CardElement>(),
                    ],
            ],
        };
    }

    /// <summary>From the configured number of months: a reminder (warning colour); from three: the Điều lệ Điều 8 consequence (red).</summary>
    private static IEnumerable<CardElement> Warning(AttendanceHistoryView view)
    {
        var months = view.UnexcusedMonths;
        if (months == 0 || months < view.WarnFrom)
        {
            yield break;
        }
        var strikeOff = months >= AttendanceCardTexts.StrikeOffMonths;
        yield return new Container
        {
            Style = strikeOff ? ContainerStyle.Attention : ContainerStyle.Warning,
            Spacing = Spacing.Small,
            Items =
            [
                new RichTextBlock
                {
                    Inlines =
                    [
                        new TextRun
                        {
                            Text = strikeOff ? AttendanceCardTexts.HistoryStrikeOff(months, view.Year) : AttendanceCardTexts.HistoryReminder(months, view.Year),
                            Color = strikeOff ? TextColor.Attention : TextColor.Default,
                        },
                    ],
                },
            ],
        };
    }

    private static ColumnSet ColumnHeaders() => new()
    {
        Spacing = Spacing.Medium,
        Columns =
        [
            new Column { Width = DateWidth, Items = [HeaderCell(AttendanceCardTexts.ColumnDate)] },
            new Column { Width = MeetingWidth, Items = [HeaderCell(AttendanceCardTexts.ColumnMeeting)] },
            new Column { Width = StateWidth, Items = [HeaderCell(AttendanceCardTexts.ColumnState)] },
        ],
    };

    private static ColumnSet Row(AttendanceHistoryRow row) => new()
    {
        Separator = true,
        Columns =
        [
            new Column { Width = DateWidth, Items = [new TextBlock { Text = AttendanceFormat.Date(row.StartsAt), Weight = TextWeight.Bolder }] },
            new Column
            {
                Width = MeetingWidth,
                Items =
                [
                    new TextBlock { Text = MeetingTexts.KindName(row.Kind) },
                    new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = row.UnitName, IsSubtle = true, Size = TextSize.Small }] },
                ],
            },
            new Column
            {
                Width = StateWidth,
                Items =
                [
                    new RichTextBlock
                    {
                        Inlines =
                        [
                            new TextRun
                            {
                                Text = row.State == AttendanceState.Exempt && !string.IsNullOrWhiteSpace(row.Reason) ? row.Reason.Trim() : AttendanceCardTexts.StateName(row.State),
                                Color = StateColor(row.State),
                                IsSubtle = StateIsSubtle(row.State),
                                Weight = row.State == AttendanceState.Unexcused ? TextWeight.Bolder : TextWeight.Default,
                            },
                            .. row.Spoke && row.State == AttendanceState.Present ? [new TextRun { Text = SpeakingCardTexts.SpokeMark, Italic = true }] : Array.Empty<TextRun>(),
                        ],
                    },
                    .. row.State != AttendanceState.Exempt && !string.IsNullOrWhiteSpace(row.Reason)
                        ? [new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = row.Reason.Trim(), IsSubtle = true, Size = TextSize.Small }] }]
                        : Array.Empty<CardElement>(),
                ],
            },
        ],
    };
}
