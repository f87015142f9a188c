using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Meetings;

/// <summary>
/// Upcoming meetings, one row each: time, kind (and topic), place, status, the planner's warning. For a chi bộ
/// ("lịch họp") whoever may manage it gets "Sửa" / "Hủy buổi họp" on each row and "Thêm buổi sinh hoạt chuyên đề";
/// a member's own "lịch" names the chi bộ on each row and has no buttons.
/// </summary>
public static class MeetingListCard
{
    /// <summary>At most this many rows; fewer if long texts would pass Teams' size limit.</summary>
    public const int MaxRows = 60;

    private static readonly ColumnWidth StatusWidth = ColumnWidth.Pixels(96);

    public static AdaptiveCard Build(MeetingListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rows = view.Rows.OrderBy(r => r.Meeting.StartsAt).ToList();
        var manage = view.CanManage && view.UnitId is not null;
        return WithinSizeLimit(rows, row => Row(row, manage ? view.UnitId : null), MaxRows, (shown, hidden) => Compose(view, manage, shown, hidden));
    }

    private static AdaptiveCard Compose(MeetingListView view, bool manage, IReadOnlyList<CardElement> shown, int hidden) => new()
    {
        FallbackText = MeetingTexts.ListFallback(view.Title, view.Rows.Count),
        Body =
        [
            Banner(view.Title, view.Subtitle),
            .. MissingRegular(view, manage),
            .. view.Rows.Count == 0
                ? [new TextBlock { Text = MeetingTexts.ListEmpty, IsSubtle = true, Spacing = Spacing.Large }]
                : (IEnumerable<CardElement>)
                [
                    .. shown,
                    .. hidden > 0
                        ? [new TextBlock { Text = MeetingTexts.MoreMeetings(hidden), IsSubtle = true, Separator = true }]
                        : Array.Empty<CardElement>(),
                ],
        ],
        Actions = manage
            ?
            [
                .. MissingRegular(view, manage).Any()
                    ? [NewAction(view.UnitId!, MeetingTexts.NewRegular, MeetingKind.Regular)]
                    : Array.Empty<CardAction>(),
                NewAction(view.UnitId!, MeetingTexts.NewThematic, MeetingKind.Thematic),
            ]
            : null,
    };

    /// <summary>The months without a regular meeting, told to whoever manages the chi bộ (Điều lệ Điều 24).</summary>
    private static IEnumerable<CardElement> MissingRegular(MeetingListView view, bool manage) =>
        manage && view.MonthsWithoutRegular is { Count: > 0 } months
            ?
            [
                new Container
                {
                    Style = ContainerStyle.Warning,
                    Spacing = Spacing.Medium,
                    Items = [new RichTextBlock { Inlines = [new TextRun { Text = MeetingTexts.WarningMark + MeetingTexts.NoRegularMeeting(months) }] }],
                },
            ]
            : [];

    private static ExecuteAction NewAction(string unitId, string title, MeetingKind kind) => new()
    {
        Title = title,
        Verb = MeetingVerbs.New,
        Data = new Dictionary<string, string> { [MeetingVerbs.UnitIdKey] = unitId, [MeetingVerbs.KindKey] = MeetingFormFields.KindValue(kind) },
        AssociatedInputs = AssociatedInputs.None,
    };

    /// <summary>One meeting; <paramref name="manageUnitId"/> set adds its buttons (not on a cancelled meeting).</summary>
    private static Container Row(MeetingListRow row, string? manageUnitId)
    {
        var meeting = row.Meeting;
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var kind = MeetingTexts.KindName(meeting.Kind);
        var what = meeting.Kind == MeetingKind.Thematic && !string.IsNullOrWhiteSpace(meeting.Topic) ? $"{kind}: {meeting.Topic.Trim()}" : kind;
        return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                new ColumnSet
                {
                    Columns =
                    [
                        new Column
                        {
                            Width = ColumnWidth.Stretch,
                            Items =
                            [
                                new RichTextBlock { Inlines = [new TextRun { Text = MeetingFormat.When(meeting), Weight = TextWeight.Bolder, Strikethrough = cancelled }] },
                                new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = what, Color = TextColor.Accent }] },
                                .. row.UnitName is { Length: > 0 } unit
                                    ? [new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = unit }] }]
                                    : Array.Empty<CardElement>(),
                                new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = MeetingFormat.Where(meeting), IsSubtle = true, Size = TextSize.Small }] },
                            ],
                        },
                        new Column
                        {
                            Width = StatusWidth,
                            Items =
                            [
                                new TextBlock
                                {
                                    Text = row.Held && !cancelled ? MeetingTexts.HeldStatus : MeetingTexts.StatusName(meeting.Status),
                                    Size = TextSize.Small,
                                    Weight = TextWeight.Bolder,
                                    Color = StatusColor(meeting.Status),
                                    HorizontalAlignment = HorizontalAlignment.Right,
                                },
                            ],
                        },
                    ],
                },
                .. cancelled && !string.IsNullOrWhiteSpace(meeting.CancelReason)
                    ? [new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = MeetingTexts.CancelReasonPrefix + meeting.CancelReason.Trim(), Size = TextSize.Small, Color = TextColor.Attention }] }]
                    : Array.Empty<CardElement>(),
                .. !cancelled && !string.IsNullOrWhiteSpace(meeting.Warning)
                    ? [new Container
                    {
                        Style = ContainerStyle.Warning,
                        Spacing = Spacing.Small,
                        Items = [new RichTextBlock { Inlines = [new TextRun { Text = MeetingTexts.WarningMark + meeting.Warning.Trim(), Size = TextSize.Small }] }],
                    }]
                    : Array.Empty<CardElement>(),
                .. manageUnitId is not null && !cancelled ? [Buttons(manageUnitId, meeting, row.Held)] : Array.Empty<CardElement>(),
            ],
        };
    }

    /// <summary>"Sửa" and "Hủy buổi họp"; a held meeting only "Sửa thông tin" (a correction of its record).</summary>
    private static ActionSet Buttons(string unitId, Meeting meeting, bool held)
    {
        var data = new Dictionary<string, string> { [MeetingVerbs.UnitIdKey] = unitId, [MeetingVerbs.MeetingIdKey] = meeting.Id };
        return new ActionSet
        {
            Spacing = Spacing.Small,
            Actions = held
                ? [new ExecuteAction { Title = MeetingTexts.EditRecord, Verb = MeetingVerbs.Edit, Data = data, AssociatedInputs = AssociatedInputs.None }]
                :
                [
                    new ExecuteAction { Title = MeetingTexts.Edit, Verb = MeetingVerbs.Edit, Data = data, AssociatedInputs = AssociatedInputs.None },
                    new ExecuteAction { Title = MeetingTexts.CancelMeeting, Verb = MeetingVerbs.Cancel, Data = data, AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive },
                ],
        };
    }

    private static TextColor StatusColor(MeetingStatus status) => status switch
    {
        MeetingStatus.Announced => TextColor.Good,
        MeetingStatus.Cancelled => TextColor.Attention,
        _ => TextColor.Default,
    };
}
