using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Attendance.AttendanceCardParts;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Attendance;

/// <summary>
/// The roll call (điểm danh) posted in the chi bộ's conversation: the meeting, the check-in window and whether it is
/// open now, the counts (with the attendance rate, its band and whether a vote can pass), and while check-in is open
/// "Có mặt". A member's view adds his or her own line; the secretary's every member's line, then a form to mark or
/// correct one member and "Kết thúc điểm danh" (a table of lines; a chi bộ too large for the table under Teams' size
/// limit gets one line of text per member, cut with "… và N đồng chí khác" if even that is too long). Until closed, the card refreshes per viewer and has "Làm mới"; a
/// closed roll call shows the final counts and no buttons.
/// </summary>
public static class RollCallCard
{
    /// <summary>At most this many member lines in the secretary's view (fewer if long names would pass Teams' size limit).</summary>
    public const int MaxRows = 250;

    private static readonly ColumnWidth NameWidth = ColumnWidth.Weight(1);
    private static readonly ColumnWidth StateWidth = ColumnWidth.Weight(1);

    public static AdaptiveCard Build(RollCallView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = view.Lines ?? [];
        var left = 0;
        var table = WithinSizeLimit(lines, Line, MaxRows, (shown, hidden) => Compose(view, shown, left = hidden));
        return left == 0 ? table : WithinSizeLimit(lines, CompactLine, MaxRows, (shown, hidden) => Compose(view, shown, hidden));
    }

    private static AdaptiveCard Compose(RollCallView view, IReadOnlyList<CardElement> shown, int hidden)
    {
        var meeting = view.Meeting;
        var rollCall = view.RollCall;
        var closed = rollCall.IsClosed;
        var title = MeetingFormat.Title(meeting);
        return new AdaptiveCard
        {
            FallbackText = AttendanceCardTexts.RollCallFallback(title, view.UnitName, closed, view.Tally.Present, view.Tally.Summoned),
            Refresh = closed ? null : Refresh(AttendanceVerbs.ViewRollCall, meeting, view.RefreshUserIds),
            Body =
            [
                .. Notice(view.Notice, view.NoticeIsError),
                Header(CardParts.Heading(AttendanceCardTexts.RollCallTitlePrefix + title), view.UnitName, view.UnitPath, Opened(view)),
                Fact(MeetingTexts.FactTime, MeetingFormat.When(meeting), spacing: Spacing.Medium),
                Fact(MeetingTexts.FactPlace, MeetingFormat.Where(meeting)),
                Fact(AttendanceCardTexts.FactStatus, Status(rollCall)),
                .. closed ? Array.Empty<CardElement>() : [Window(view)],
                .. view.Mine is { } mine ? [Mine(view, mine)] : Array.Empty<CardElement>(),
                .. Counts(closed ? AttendanceCardTexts.FinalCountsHeading : AttendanceCardTexts.LiveCountsHeading, view.Tally, view.Band, live: !closed),
                .. view.Lines is { } lines ? Lines(lines, shown, hidden) : [],
                .. view.Lines is { } all && !closed ? MarkForm(view, all) : [],
            ],
            Actions = closed ? null : Actions(view),
        };
    }

    private static string Opened(RollCallView view)
    {
        var at = AttendanceFormat.TimeOn(view.RollCall.OpenedAt, view.Meeting.StartsAt);
        return string.IsNullOrWhiteSpace(view.SecretaryName)
            ? AttendanceCardTexts.OpenedAt(at)
            : AttendanceCardTexts.OpenedBy(view.SecretaryName.Trim(), at);
    }

    private static IReadOnlyList<TextRun> Status(RollCall rollCall) => rollCall.IsClosed
        ?
        [
            new TextRun { Text = AttendanceCardTexts.StatusClosed, Weight = TextWeight.Bolder },
            .. rollCall.ClosedAt is { } at ? [new TextRun { Text = AttendanceCardTexts.ClosedAtSuffix(MeetingFormat.At(at)) }] : Array.Empty<TextRun>(),
        ]
        : [new TextRun { Text = AttendanceCardTexts.StatusOpen, Weight = TextWeight.Bolder, Color = TextColor.Good }];

    /// <summary>"Đồng chí tự điểm danh từ 08:00 đến 08:30." and whether that is now.</summary>
    private static RichTextBlock Window(RollCallView view)
    {
        var rollCall = view.RollCall;
        var from = AttendanceFormat.TimeOn(rollCall.CheckInOpensAt, view.Meeting.StartsAt);
        var to = AttendanceFormat.TimeOn(rollCall.CheckInClosesAt, view.Meeting.StartsAt);
        var (text, color) = rollCall.IsCheckInOpen(view.Now) ? (AttendanceCardTexts.WindowOpen, TextColor.Good)
            : view.Now < rollCall.CheckInOpensAt ? (AttendanceCardTexts.WindowNotYet, TextColor.Default)
            : (AttendanceCardTexts.WindowOver, TextColor.Default);
        return new RichTextBlock
        {
            Spacing = Spacing.Medium,
            Inlines =
            [
                new TextRun { Text = AttendanceCardTexts.Window(from, to) },
                new TextRun { Text = text, Weight = TextWeight.Bolder, Color = color },
            ],
        };
    }

    /// <summary>"Điểm danh của đồng chí: Có mặt (lúc 08:05)" on the state's colour, with what to do next.</summary>
    private static Container Mine(RollCallView view, RollCallLine mine)
    {
        var rollCall = view.RollCall;
        var hint = rollCall.IsClosed ? null : mine.State switch
        {
            AttendanceState.Pending when rollCall.IsCheckInOpen(view.Now) => AttendanceCardTexts.MineCheckInHint,
            AttendanceState.Pending when view.Now < rollCall.CheckInOpensAt =>
                AttendanceCardTexts.MineNotYet(AttendanceFormat.TimeOn(rollCall.CheckInOpensAt, view.Meeting.StartsAt)),
            AttendanceState.Pending => AttendanceCardTexts.MineOverHint,
            AttendanceState.Exempt => AttendanceCardTexts.MineExemptHint,
            _ => null,
        };
        return new Container
        {
            Style = mine.State switch
            {
                AttendanceState.Present => ContainerStyle.Good,
                AttendanceState.Excused => ContainerStyle.Warning,
                AttendanceState.Unexcused => ContainerStyle.Attention,
                _ => ContainerStyle.Accent,
            },
            Spacing = Spacing.Medium,
            Items =
            [
                new RichTextBlock { Inlines = [new TextRun { Text = AttendanceCardTexts.MineLead }, .. StateRuns(mine, bold: true, coloured: false)] },
                .. hint is null ? Array.Empty<CardElement>() : [Subtle(hint)],
            ],
        };
    }

    /// <summary>The state in its colour, then the time, the reason, and who marked it: "Có mặt (lúc 08:05) (bí thư ghi)".</summary>
    private static IEnumerable<TextRun> StateRuns(RollCallLine line, bool bold, bool coloured = true)
    {
        var exempt = line.State == AttendanceState.Exempt;
        yield return new TextRun
        {
            Text = exempt && !string.IsNullOrWhiteSpace(line.Reason) ? line.Reason.Trim() : AttendanceCardTexts.StateName(line.State),
            Weight = bold ? TextWeight.Bolder : TextWeight.Default,
            Color = coloured ? StateColor(line.State) : TextColor.Default,
            IsSubtle = coloured && StateIsSubtle(line.State),
        };
        if (line.State == AttendanceState.Present && line.At is { } at)
        {
            yield return new TextRun { Text = AttendanceCardTexts.AtTime(AttendanceFormat.Time(at)), IsSubtle = true };
        }
        if (line.State == AttendanceState.Excused && !string.IsNullOrWhiteSpace(line.Reason))
        {
            yield return new TextRun { Text = AttendanceCardTexts.ReasonSeparator + line.Reason.Trim() };
        }
        if (line.MarkedBy is not null)
        {
            yield return new TextRun { Text = AttendanceCardTexts.MarkedBySecretary, IsSubtle = true, Italic = true };
        }
    }

    private static IEnumerable<CardElement> Lines(IReadOnlyList<RollCallLine> lines, IReadOnlyList<CardElement> shown, int hidden)
    {
        yield return Section(AttendanceCardTexts.LinesHeading(lines.Count));
        foreach (var row in shown)
        {
            yield return row;
        }
        if (hidden > 0)
        {
            yield return new TextBlock { Text = AttendanceCardTexts.MoreNames(hidden) + ".", IsSubtle = true, Spacing = Spacing.Small };
        }
    }

    /// <summary>The name, and "(dự bị)" for a probationary member; grey for a member not summoned.</summary>
    private static IEnumerable<TextRun> NameRuns(RollCallLine line)
    {
        yield return new TextRun { Text = line.FullName, IsSubtle = line.State == AttendanceState.Exempt };
        if (line.Status == Core.Organization.MemberStatus.Probationary)
        {
            yield return new TextRun { Text = AttendanceCardTexts.ProbationaryMark, IsSubtle = true };
        }
    }

    /// <summary>
    /// One member in a line of text, "Nguyễn Văn An — Có mặt (lúc 08:05)": a third of the bytes of a table row, for a
    /// chi bộ whose table would not fit Teams' size limit.
    /// </summary>
    private static RichTextBlock CompactLine(RollCallLine line) => new()
    {
        Spacing = Spacing.Small,
        Inlines = [.. NameRuns(line), new TextRun { Text = AttendanceCardTexts.ReasonSeparator, IsSubtle = true }, .. StateRuns(line, bold: false)],
    };

    /// <summary>One member: the name (and "(dự bị)") on the left, the state in words and colour on the right.</summary>
    private static ColumnSet Line(RollCallLine line) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column
            {
                Width = NameWidth,
                Items = [new RichTextBlock { Inlines = [.. NameRuns(line)] }],
            },
            new Column { Width = StateWidth, Items = [new RichTextBlock { Inlines = [.. StateRuns(line, bold: false)] }] },
        ],
    };

    /// <summary>The secretary's form: one member, a state, a reason; "Ghi nhận"; "Kết thúc điểm danh" with its confirmation.</summary>
    private static IEnumerable<CardElement> MarkForm(RollCallView view, IReadOnlyList<RollCallLine> lines)
    {
        var meeting = view.Meeting;
        yield return Section(AttendanceCardTexts.MarkHeading);
        yield return new ChoiceSetInput
        {
            Id = AttendanceVerbs.MarkMemberInput,
            Label = AttendanceCardTexts.MarkMemberLabel,
            Placeholder = AttendanceCardTexts.MarkMemberPlaceholder,
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = AttendanceCardTexts.MarkMemberRequired,
            Choices = [.. lines.Where(l => l.State != AttendanceState.Exempt).Select(l => new Choice(l.FullName, l.MemberId))],
            Spacing = Spacing.Small,
        };
        yield return new ChoiceSetInput
        {
            Id = AttendanceVerbs.MarkStateInput,
            Label = AttendanceCardTexts.MarkStateLabel,
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = AttendanceCardTexts.MarkStateRequired,
            Choices = [.. AttendanceVerbs.MarkStates.Select(s => new Choice(AttendanceCardTexts.MarkStateTitle(s), s.ToString()))],
        };
        yield return new TextInput
        {
            Id = AttendanceVerbs.MarkReasonInput,
            Label = AttendanceCardTexts.MarkReasonLabel,
            Placeholder = AttendanceCardTexts.MarkReasonPlaceholder,
            MaxLength = view.ReasonMaxLength,
        };
        yield return new ActionSet
        {
            Actions =
            [
                new ExecuteAction
                {
                    Title = AttendanceCardTexts.MarkSave,
                    Verb = AttendanceVerbs.Mark,
                    Data = Ids(meeting),
                    AssociatedInputs = AssociatedInputs.Auto,
                    Style = ActionStyle.Positive,
                },
                new ShowCardAction
                {
                    Title = AttendanceCardTexts.CloseRollCall,
                    Card = new AdaptiveCard
                    {
                        MsTeams = null,
                        Body = [Paragraph(AttendanceCardTexts.CloseExplained)],
                        Actions = [Button(AttendanceCardTexts.CloseConfirm, AttendanceVerbs.Close, meeting, ActionStyle.Destructive)],
                    },
                },
            ],
        };
    }

    /// <summary>
    /// "Có mặt" until check-in closes — also before it opens, since the card posted before the start is not refreshed for
    /// everyone (a click then says from when) — not for who is already present or not summoned; and "Làm mới".
    /// </summary>
    private static List<CardAction> Actions(RollCallView view)
    {
        var meeting = view.Meeting;
        var canCheckIn = !view.RollCall.IsClosed && view.Now <= view.RollCall.CheckInClosesAt && view.Mine?.State is not (AttendanceState.Present or AttendanceState.Exempt);
        return
        [
            .. canCheckIn ? [Button(AttendanceCardTexts.CheckIn, AttendanceVerbs.CheckIn, meeting, ActionStyle.Positive)] : Array.Empty<CardAction>(),
            Button(AttendanceCardTexts.Refresh, AttendanceVerbs.ViewRollCall, meeting),
        ];
    }
}
