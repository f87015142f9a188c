using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Cards.Meetings;
using PartyBot.Core;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Attendance.AttendanceCardParts;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Attendance;

/// <summary>
/// The roll call (điểm danh) posted in the chi bộ's conversation: the meeting, a status that says whether members can
/// check in now (or from when), the counts so far, and "Có mặt" while check-in is open. A member's view adds his or her
/// own line; the secretary's the member list (one line each, <see cref="LinesPerPage"/> a page) and, folded behind
/// buttons, the form to mark or correct one member, "mark the rest present" and "Kết thúc điểm danh". A closed roll call
/// keeps the list with each member's state and check-in time for everyone, the final counts and band, and no buttons
/// but the pages. Until closed, the card refreshes per viewer and has "Làm mới".
/// </summary>
public static class RollCallCard
{
    /// <summary>Member lines a page: small enough that the card fits Teams' size limit whatever the chi bộ's size.</summary>
    public const int LinesPerPage = 40;

    /// <summary>A reason in the list is cut to this many characters (the summary has it whole).</summary>
    public const int ListedReasonLength = 80;

    public static AdaptiveCard Build(RollCallView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var page = CardPaging.Page(view.Lines ?? [], view.Page, LinesPerPage);
        return WithinSizeLimit(page.Items, l => Line(l, view.Speaking?.Spoke), LinesPerPage, (shown, hidden) => Compose(view, page, shown, hidden));
    }

    private static AdaptiveCard Compose(RollCallView view, ListPage<RollCallLine> page, IReadOnlyList<CardElement> shown, int hidden)
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
                .. Notice(view.Notice, view.NoticeIsError, AttendanceCardTexts.NoticeConfirmMark),
                Header(CardParts.Heading(AttendanceCardTexts.RollCallTitlePrefix + title), view.UnitName, view.UnitPath, Opened(view)),
                Fact(MeetingTexts.FactTime, MeetingFormat.When(meeting), spacing: Spacing.Medium),
                Fact(MeetingTexts.FactPlace, MeetingFormat.Where(meeting)),
                Fact(AttendanceCardTexts.FactStatus, Status(view)),
                .. view.UpperAttendee is { } upper ? [UpperAttendeeFact(upper, view.Meeting, closed)] : Array.Empty<CardElement>(),
                .. !closed && view.Mine is null && view.Now < rollCall.CheckInOpensAt
                    ? [Subtle(AttendanceCardTexts.NotYetHint(AttendanceFormat.TimeOn(rollCall.CheckInOpensAt, meeting.StartsAt)))]
                    : Array.Empty<CardElement>(),
                // With the list shown, the viewer's own line is in it: no box of its own (the card stays short).
                .. view.Mine is { } mine && view.Lines is null ? [Mine(view, mine)] : Array.Empty<CardElement>(),
                .. closed ? FinalCounts(view) : LiveCounts(view.Tally),
                .. view.Lines is { } lines ? Lines(view, lines, page, shown, hidden) : [],
                .. view.Lines is { } all && !closed ? SecretaryActions(view, all, page.Index) : [],
                .. SpeakingCardPart.Build(view, page.Index),
            ],
            // Closed: "Làm mới" while who spoke may still be ticked, so the thư ký can reach the form from the posted card.
            Actions = !closed ? Actions(view)
                : view.Speaking is { Correctable: true } ? [Button(AttendanceCardTexts.Refresh, AttendanceVerbs.ViewRollCall, meeting)]
                : null,
        };
    }

    /// <summary>"Đại biểu cấp trên: đồng chí X — có mặt (lúc 08:05)": apart from the chi bộ's counts.</summary>
    internal static ColumnSet UpperAttendeeFact(UpperAttendeeStatus upper, Core.Meetings.Meeting meeting, bool closed) =>
        Fact(AttendanceCardTexts.FactUpperAttendee, AttendanceCardTexts.UpperAttendeeValue(
            upper.FullName.Trim(),
            upper.CheckedInAt is not null ? AttendanceCardTexts.UpperPresent : closed ? AttendanceCardTexts.UpperAbsent : AttendanceCardTexts.UpperNotYet,
            upper.CheckedInAt is { } at ? AttendanceFormat.TimeOn(at, meeting.StartsAt) : null));

    private static string Opened(RollCallView view)
    {
        var at = AttendanceFormat.TimeOn(view.RollCall.OpenedAt, view.Meeting.StartsAt);
        return string.IsNullOrWhiteSpace(view.SecretaryName)
            ? AttendanceCardTexts.OpenedAt(at)
            : AttendanceCardTexts.OpenedBy(view.SecretaryName.Trim(), at);
    }

    /// <summary>One status, never two that disagree: not yet (from when), open (until when), over (the secretary finishes), closed.</summary>
    private static IReadOnlyList<TextRun> Status(RollCallView view)
    {
        var rollCall = view.RollCall;
        var from = AttendanceFormat.TimeOn(rollCall.CheckInOpensAt, view.Meeting.StartsAt);
        var to = AttendanceFormat.TimeOn(rollCall.CheckInClosesAt, view.Meeting.StartsAt);
        return rollCall.IsClosed
            ?
            [
                new TextRun { Text = AttendanceCardTexts.StatusClosed, Weight = TextWeight.Bolder },
                .. rollCall.ClosedAt is { } at ? [new TextRun { Text = AttendanceCardTexts.ClosedAtSuffix(MeetingFormat.At(at)) }] : Array.Empty<TextRun>(),
            ]
            : view.Now < rollCall.CheckInOpensAt
                ? [new TextRun { Text = AttendanceCardTexts.StatusNotYet(from), Weight = TextWeight.Bolder }]
                : rollCall.IsCheckInOpen(view.Now)
                    ? [new TextRun { Text = AttendanceCardTexts.StatusOpen(to), Weight = TextWeight.Bolder, Color = TextColor.Good }]
                    : [new TextRun { Text = AttendanceCardTexts.StatusOver(to), Weight = TextWeight.Bolder }];
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

    /// <summary>
    /// While open: the counts so far in one row and the rate marked provisional; no band (a band rates a held meeting,
    /// not one under way), and the vote condition only once somebody is present.
    /// </summary>
    private static IEnumerable<CardElement> LiveCounts(AttendanceTally tally)
    {
        yield return Section(AttendanceCardTexts.LiveCountsHeading(tally.Summoned));
        yield return CountTiles(tally, AttendanceCardTexts.TilePending, tally.Pending);
        if (tally.Present == 0)
        {
            yield break;
        }
        var vote = tally.Validity;
        yield return new RichTextBlock
        {
            Spacing = Spacing.Small,
            Inlines =
            [
                new TextRun { Text = AttendanceCardTexts.FactRate + ": " },
                new TextRun { Text = AttendanceCardTexts.RateValue(AttendanceFormat.Percent(tally.RatePercent), tally.Present, tally.Summoned), Weight = TextWeight.Bolder },
                new TextRun { Text = AttendanceCardTexts.Provisional, IsSubtle = true },
            ],
        };
        if (vote.FullSummoned > 0)
        {
            yield return new RichTextBlock
            {
                Spacing = Spacing.None,
                Inlines =
                [
                    new TextRun { Text = AttendanceCardTexts.ResolutionLead },
                    new TextRun
                    {
                        Text = vote.ResolutionCanPass ? AttendanceCardTexts.VoteCan : AttendanceCardTexts.VoteCannot,
                        Weight = TextWeight.Bolder,
                        Color = vote.ResolutionCanPass ? TextColor.Good : TextColor.Default,
                    },
                    new TextRun { Text = AttendanceCardTexts.ResolutionNeeds(vote.ResolutionNeeded, vote.FullSummoned, vote.FullPresent, live: true) },
                ],
            };
        }
    }

    /// <summary>Present, excused, unexcused, then <paramref name="lastLabel"/> (not yet marked while open, exempt once closed).</summary>
    private static ColumnSet CountTiles(AttendanceTally tally, string lastLabel, int last) => Tiles(
    [
        new(AttendanceCardTexts.TilePresent, tally.Present, TextColor.Good),
        new(AttendanceCardTexts.TileExcusedAbsent, tally.Excused, tally.Excused > 0 ? TextColor.Accent : TextColor.Default),
        new(AttendanceCardTexts.TileUnexcused, tally.Unexcused, tally.Unexcused > 0 ? TextColor.Attention : TextColor.Default),
        new(lastLabel, last, TextColor.Default),
    ], columns: 4, Spacing.Small);

    /// <summary>Closed: the final counts and the band in two lines (the summary card has the vote conditions and the absent).</summary>
    private static IEnumerable<CardElement> FinalCounts(RollCallView view)
    {
        var tally = view.Tally;
        yield return Section(AttendanceCardTexts.FinalCountsHeading);
        yield return CountTiles(tally, AttendanceCardTexts.TileExempt, tally.Exempt);
        yield return new RichTextBlock
        {
            Spacing = Spacing.Small,
            Inlines =
            [
                new TextRun { Text = AttendanceCardTexts.FactRate + ": " },
                new TextRun { Text = AttendanceCardTexts.RateValue(AttendanceFormat.Percent(tally.RatePercent), tally.Present, tally.Summoned), Weight = TextWeight.Bolder },
                new TextRun { Text = " · " + AttendanceCardTexts.FactBand + ": " },
                new TextRun { Text = AttendanceCardTexts.BandName(view.Band), Weight = TextWeight.Bolder, Color = BandColor(view.Band) },
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
            var reason = line.Reason.Trim();
            yield return new TextRun { Text = AttendanceCardTexts.ReasonSeparator + (reason.Length > ListedReasonLength ? TypedText.Clip(reason, ListedReasonLength) + "…" : reason) };
        }
        if (line.MarkedBy is not null)
        {
            yield return new TextRun { Text = AttendanceCardTexts.MarkedBySecretary, IsSubtle = true, Italic = true };
        }
    }

    private static IEnumerable<CardElement> Lines(RollCallView view, IReadOnlyList<RollCallLine> lines, ListPage<RollCallLine> page, IReadOnlyList<CardElement> shown, int hidden)
    {
        yield return Section(page.IsPaged ? AttendanceCardTexts.LinesHeadingPaged(lines.Count, page.Index + 1, page.Count) : AttendanceCardTexts.LinesHeading(lines.Count));
        foreach (var row in shown)
        {
            yield return row;
        }
        if (hidden > 0)
        {
            yield return new TextBlock { Text = AttendanceCardTexts.MoreNames(hidden) + ".", IsSubtle = true, Spacing = Spacing.Small };
        }
        if (CardPaging.Buttons(page, AttendanceVerbs.ViewRollCall, Ids(view.Meeting)) is { } buttons)
        {
            yield return buttons;
        }
    }

    /// <summary>One member in one line: "Nguyễn Văn An (dự bị) — Có mặt (lúc 08:05) (bí thư ghi)"; grey for a member not summoned.</summary>
    private static RichTextBlock Line(RollCallLine line, IReadOnlySet<string>? spoke) => new()
    {
        Spacing = Spacing.None,
        Inlines =
        [
            new TextRun { Text = line.FullName, IsSubtle = line.State == AttendanceState.Exempt },
            .. line.Status == Core.Organization.MemberStatus.Probationary ? [new TextRun { Text = AttendanceCardTexts.ProbationaryMark, IsSubtle = true }] : Array.Empty<TextRun>(),
            new TextRun { Text = AttendanceCardTexts.ReasonSeparator, IsSubtle = true },
            .. StateRuns(line, bold: false),
            .. spoke?.Contains(line.MemberId) == true ? [new TextRun { Text = SpeakingCardTexts.SpokeMark, Italic = true }] : Array.Empty<TextRun>(),
        ],
    };

    /// <summary>
    /// The secretary's buttons, each folding out its form: mark or correct one member (open at once, with what was
    /// chosen, after a refusal), mark every member still without a state present, close the roll call.
    /// </summary>
    private static IEnumerable<CardElement> SecretaryActions(RollCallView view, IReadOnlyList<RollCallLine> lines, int page)
    {
        var pending = lines.Where(l => l.State == AttendanceState.Pending).ToList();
        var form = MarkForm(view, lines, page);
        if (view.Draft is not null)
        {
            yield return Section(AttendanceCardTexts.MarkHeading);
            foreach (var element in form.Body)
            {
                yield return element;
            }
        }
        yield return new ActionSet
        {
            Spacing = Spacing.Large,
            Separator = view.Draft is null,
            Actions =
            [
                .. view.Draft is null ? [new ShowCardAction { Title = AttendanceCardTexts.MarkOne, Card = form }] : form.Actions ?? [],
                .. pending.Count > 0
                    ?
                    [
                        new ShowCardAction
                        {
                            Title = AttendanceCardTexts.MarkRest,
                            Card = new AdaptiveCard
                            {
                                MsTeams = null,
                                Body =
                                [
                                    new RichTextBlock { Inlines = [new TextRun { Text = AttendanceCardTexts.MarkRestExplained(pending.Count) }] },
                                    Names([.. pending.Select(AttendanceFormat.Name)], LinesPerPage),
                                ],
                                Actions =
                                [
                                    new ExecuteAction
                                    {
                                        Title = AttendanceCardTexts.MarkRestConfirm(pending.Count),
                                        Verb = AttendanceVerbs.MarkRest,
                                        Data = Ids(view.Meeting, (AttendanceVerbs.PageKey, Page(page))),
                                        AssociatedInputs = AssociatedInputs.None,
                                        Style = ActionStyle.Positive,
                                    },
                                ],
                            },
                        },
                    ]
                    : Array.Empty<CardAction>(),
                new ShowCardAction
                {
                    Title = AttendanceCardTexts.CloseShort,
                    Card = new AdaptiveCard
                    {
                        MsTeams = null,
                        Body = [Paragraph(AttendanceCardTexts.CloseExplained)],
                        Actions = [Button(AttendanceCardTexts.CloseConfirm, AttendanceVerbs.Close, view.Meeting, ActionStyle.Destructive)],
                    },
                },
            ],
        };
    }

    /// <summary>The form to mark one member: the members of this page, a state, a reason, "Ghi nhận"; filled with <see cref="RollCallView.Draft"/>.</summary>
    private static AdaptiveCard MarkForm(RollCallView view, IReadOnlyList<RollCallLine> lines, int page)
    {
        var draft = view.Draft;
        var choices = lines.Skip(page * LinesPerPage).Take(LinesPerPage).Where(l => l.State != AttendanceState.Exempt).ToList();
        if (draft?.MemberId is { } chosen && !choices.Any(l => string.Equals(l.MemberId, chosen, StringComparison.OrdinalIgnoreCase))
            && lines.FirstOrDefault(l => string.Equals(l.MemberId, chosen, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            choices.Insert(0, other);
        }
        return new AdaptiveCard
        {
            MsTeams = null,
            Body =
            [
                new ChoiceSetInput
                {
                    Id = AttendanceVerbs.MarkMemberInput,
                    Label = AttendanceCardTexts.MarkMemberLabel,
                    Placeholder = AttendanceCardTexts.MarkMemberPlaceholder,
                    Style = ChoiceInputStyle.Compact,
                    IsRequired = true,
                    ErrorMessage = AttendanceCardTexts.MarkMemberRequired,
                    Choices = [.. choices.Select(l => new Choice(l.FullName, l.MemberId))],
                    Value = draft?.MemberId,
                    Spacing = Spacing.Small,
                },
                new ChoiceSetInput
                {
                    Id = AttendanceVerbs.MarkStateInput,
                    Label = AttendanceCardTexts.MarkStateLabel,
                    Style = ChoiceInputStyle.Expanded,
                    IsRequired = true,
                    ErrorMessage = AttendanceCardTexts.MarkStateRequired,
                    Choices = [.. AttendanceVerbs.MarkStates.Select(s => new Choice(AttendanceCardTexts.MarkStateTitle(s), s.ToString()))],
                    Value = draft?.State,
                },
                new TextInput
                {
                    Id = AttendanceVerbs.MarkReasonInput,
                    Label = AttendanceCardTexts.MarkReasonLabel,
                    Placeholder = AttendanceCardTexts.MarkReasonPlaceholder,
                    MaxLength = view.ReasonMaxLength,
                    Value = draft?.Reason,
                },
            ],
            Actions =
            [
                new ExecuteAction
                {
                    Title = AttendanceCardTexts.MarkSave,
                    Verb = AttendanceVerbs.Mark,
                    Data = Ids(view.Meeting, (AttendanceVerbs.PageKey, Page(page))),
                    AssociatedInputs = AssociatedInputs.Auto,
                    Style = ActionStyle.Positive,
                },
            ],
        };
    }

    private static string Page(int page) => page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// "Có mặt" while check-in is open, not for who is already present or not summoned; before it opens the status says
    /// from when (the card refreshes, or "Làm mới" brings the button). And "Làm mới".
    /// </summary>
    private static List<CardAction> Actions(RollCallView view)
    {
        var meeting = view.Meeting;
        var canCheckIn = view.RollCall.IsCheckInOpen(view.Now) && (view.ViewerIsUpperAttendee
            ? view.UpperAttendee?.CheckedInAt is null
            : view.Mine?.State is not (AttendanceState.Present or AttendanceState.Exempt));
        return
        [
            .. canCheckIn ? [Button(AttendanceCardTexts.CheckIn, AttendanceVerbs.CheckIn, meeting, ActionStyle.Positive)] : Array.Empty<CardAction>(),
            Button(AttendanceCardTexts.Refresh, AttendanceVerbs.ViewRollCall, meeting),
        ];
    }
}
