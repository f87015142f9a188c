using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Attendance.AttendanceCardParts;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Attendance;

/// <summary>
/// The invitation: the agenda card (<see cref="AgendaCard"/>) with the RSVP buttons and a Universal Actions refresh,
/// so that each viewer sees his or her own answer. The answer block sits before the agenda: the viewer's answer (or,
/// on the shared card, how to answer), then before the start "Tham dự", "Vắng có lý do" (unfolds a reason box and
/// "Gửi") and always "Làm mới", because Teams refreshes a card automatically for at most 60 people. These buttons are
/// in the body, not among the card's actions, which keep the agenda's links ("Vào phòng họp trực tuyến", "Xem tài
/// liệu"): five buttons in one row would be cut off. The secretary's view adds the tally at the end (who is excused
/// and why, who has not answered). A cancelled meeting stays the agenda card's "ĐÃ HỦY", with no buttons and no refresh.
/// </summary>
public static class InvitationCard
{
    /// <summary>At most this many names per list of the tally (fewer if the card would pass Teams' size limit).</summary>
    public const int MaxListed = 100;

    public static AdaptiveCard Build(InvitationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var meeting = view.Meeting;
        var agenda = AgendaCard.Build(view.Agenda with { RsvpActions = null });
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return agenda with { Body = [.. Notice(view.Notice, view.NoticeIsError, AttendanceCardTexts.NoticeConfirmMark), .. agenda.Body] };
        }
        return Fit(MaxListed, cap => agenda with
        {
            Body = Body(view, agenda.Body, cap),
            Refresh = Refresh(AttendanceVerbs.ViewInvitation, meeting, view.RefreshUserIds),
        });
    }

    /// <summary>"Tham dự" and "Vắng có lý do" (with its reason box, unfolding under the buttons).</summary>
    private static List<CardAction> RsvpActions(InvitationView view)
    {
        var meeting = view.Meeting;
        var reason = view.Mine is { Answer: RsvpAnswer.Excused, Reason: { Length: > 0 } given } ? given : null;
        return
        [
            new ExecuteAction
            {
                Title = AttendanceCardTexts.Attend,
                Verb = AttendanceVerbs.Rsvp,
                Data = Ids(meeting, (AttendanceVerbs.AnswerKey, AttendanceVerbs.Attending)),
                AssociatedInputs = AssociatedInputs.None,
                Style = ActionStyle.Positive,
            },
            new ShowCardAction
            {
                Title = AttendanceCardTexts.Excuse,
                Card = new AdaptiveCard
                {
                    MsTeams = null,
                    Body =
                    [
                        new TextInput
                        {
                            Id = AttendanceVerbs.ReasonInput,
                            Label = AttendanceCardTexts.ReasonLabel,
                            Placeholder = AttendanceCardTexts.ReasonPlaceholder,
                            Value = reason,
                            IsMultiline = true,
                            IsRequired = true,
                            MaxLength = view.ReasonMaxLength,
                            ErrorMessage = AttendanceCardTexts.ReasonRequired,
                        },
                        Subtle(AttendanceCardTexts.ReasonHint(view.ReasonMaxLength)),
                    ],
                    Actions =
                    [
                        new ExecuteAction
                        {
                            Title = AttendanceCardTexts.Send,
                            Verb = AttendanceVerbs.Rsvp,
                            Data = Ids(meeting, (AttendanceVerbs.AnswerKey, AttendanceVerbs.Excused)),
                            AssociatedInputs = AssociatedInputs.Auto,
                            Style = ActionStyle.Positive,
                        },
                    ],
                },
            },
        ];
    }

    /// <summary>The notice first; the viewer's answer (or the hint of the shared card) before the agenda; the tally last.</summary>
    private static List<CardElement> Body(InvitationView view, IReadOnlyList<CardElement> agenda, int cap)
    {
        var agendaAt = agenda.ToList().FindIndex(e => e is TextBlock { Text: MeetingTexts.AgendaHeading });
        if (agendaAt < 0)
        {
            agendaAt = agenda.Count;
        }
        return
        [
            .. Notice(view.Notice, view.NoticeIsError, AttendanceCardTexts.NoticeConfirmMark),
            .. agenda.Take(agendaAt),
            .. view.Mine is { } mine ? [Mine(view, mine)] : SharedHint(view),
            new ActionSet
            {
                Spacing = Spacing.Small,
                Actions = [.. view.Answerable ? RsvpActions(view) : [], Button(AttendanceCardTexts.Refresh, AttendanceVerbs.ViewInvitation, view.Meeting)],
            },
            .. agenda.Skip(agendaAt),
            .. view.Tally is { } tally ? Tally(tally, cap) : [],
        ];
    }

    private static IEnumerable<CardElement> SharedHint(InvitationView view)
    {
        var start = MeetingFormat.At(view.Meeting.StartsAt);
        yield return Paragraph(view.Answerable ? AttendanceCardTexts.SharedHint : AttendanceCardTexts.AnswersClosed(start), subtle: true, spacing: Spacing.Medium);
    }

    /// <summary>"Trả lời của đồng chí: Tham dự" on the answer's colour (dark text: coloured text is pale on a coloured box), with when and until when.</summary>
    private static Container Mine(InvitationView view, RsvpStatus mine)
    {
        var start = MeetingFormat.At(view.Meeting.StartsAt);
        var style = mine.Answer switch
        {
            RsvpAnswer.Attending => ContainerStyle.Good,
            RsvpAnswer.Excused => ContainerStyle.Warning,
            _ => ContainerStyle.Accent,
        };
        var hint = !view.Answerable ? (view.Tally is null ? AttendanceCardTexts.AnswersClosed(start) : AttendanceCardTexts.AnswersClosedForLeader(start))
            : mine.Answer == RsvpAnswer.None ? AttendanceCardTexts.AnswerBefore(start)
            : AttendanceCardTexts.ChangeBefore(start);
        return new Container
        {
            Style = style,
            Spacing = Spacing.Medium,
            Items =
            [
                new RichTextBlock
                {
                    Inlines =
                    [
                        new TextRun { Text = AttendanceCardTexts.MyAnswerLead },
                        new TextRun { Text = AttendanceCardTexts.AnswerName(mine.Answer), Weight = TextWeight.Bolder },
                        .. mine.Answer == RsvpAnswer.Excused && !string.IsNullOrWhiteSpace(mine.Reason)
                            ? [new TextRun { Text = AttendanceCardTexts.ReasonSeparator + mine.Reason.Trim() }]
                            : Array.Empty<TextRun>(),
                    ],
                },
                .. mine.Answer != RsvpAnswer.None && mine.AnsweredAt is { } at
                    ? [Subtle(AttendanceCardTexts.AnsweredAt(MeetingFormat.At(at)), Spacing.None)]
                    : Array.Empty<CardElement>(),
                Subtle(hint),
            ],
        };
    }

    /// <summary>The secretary's tally: counts, then the excused with their reasons and who has not answered, cut at <paramref name="cap"/>.</summary>
    private static IEnumerable<CardElement> Tally(RsvpTally tally, int cap)
    {
        yield return Section(AttendanceCardTexts.TallyHeading(tally.Summoned));
        yield return Tiles(
        [
            new(AttendanceCardTexts.TileAttending, tally.Attending.Count, TextColor.Good),
            new(AttendanceCardTexts.TileExcused, tally.Excused.Count, tally.Excused.Count > 0 ? TextColor.Accent : TextColor.Default),
            new(AttendanceCardTexts.TileNoAnswer, tally.NoAnswer.Count, TextColor.Default),
        ], columns: 3, Spacing.Small);
        if (tally.Excused.Count > 0)
        {
            yield return SubHeading(AttendanceCardTexts.ExcusedHeading(tally.Excused.Count));
            foreach (var row in NamesWithReasons([.. tally.Excused.Select(e => (e.Name, e.Reason ?? AttendanceCardTexts.ReasonMissing))], cap))
            {
                yield return row;
            }
        }
        if (tally.NoAnswer.Count > 0)
        {
            yield return SubHeading(AttendanceCardTexts.NoAnswerHeading(tally.NoAnswer.Count));
            yield return Names(tally.NoAnswer, cap);
        }
    }
}
