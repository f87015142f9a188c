using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Attendance.AttendanceCardParts;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Attendance;

/// <summary>
/// "Kết quả điểm danh": the record of a closed roll call, posted when the secretary closes it — what the minutes (biên
/// bản) need: the meeting, who closed it and when, the counts with the rate, band and vote validity (the roll call's
/// counts block), then who was absent with or without a reason and who was not summoned. Probationary members are
/// marked "(dự bị)": they count as summoned but not in the vote figures.
/// </summary>
public static class RollCallSummaryCard
{
    /// <summary>At most this many names per list (fewer if the card would pass Teams' size limit).</summary>
    public const int MaxListed = 100;

    public static AdaptiveCard Build(RollCallSummaryView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Fit(MaxListed, cap => Compose(view, cap));
    }

    private static AdaptiveCard Compose(RollCallSummaryView view, int cap)
    {
        var meeting = view.Meeting;
        var record = view.Record;
        var tally = record.Tally;
        var title = MeetingFormat.Title(meeting);
        var excused = record.Lines.Where(l => l.State == AttendanceState.Excused).ToList();
        var unexcused = record.Lines.Where(l => l.State == AttendanceState.Unexcused).ToList();
        var exempt = record.Exempt.ToList();
        return new AdaptiveCard
        {
            FallbackText = AttendanceCardTexts.SummaryFallback(
                title, view.UnitName, tally.Present, tally.Summoned, AttendanceFormat.Percent(tally.RatePercent), tally.Excused, tally.Unexcused),
            Body =
            [
                Header(CardParts.Heading(AttendanceCardTexts.SummaryTitle), view.UnitName, view.UnitPath),
                new RichTextBlock { Spacing = Spacing.Medium, Inlines = [new TextRun { Text = title, Weight = TextWeight.Bolder, Color = TextColor.Accent }] },
                Fact(MeetingTexts.FactTime, MeetingFormat.When(meeting), spacing: Spacing.Small),
                Fact(MeetingTexts.FactPlace, MeetingFormat.Where(meeting)),
                Fact(AttendanceCardTexts.FactClosed, AttendanceCardTexts.ClosedBy(MeetingFormat.At(view.ClosedAt), view.ClosedByName.Trim())),
                .. view.UpperAttendee is { } upper ? [RollCallCard.UpperAttendeeFact(upper, meeting, closed: true)] : Array.Empty<CardElement>(),
                .. Counts(AttendanceCardTexts.SummaryCountsHeading, tally, view.Band, live: false),
                .. excused.Count + unexcused.Count == 0
                    ? [new TextBlock { Text = AttendanceCardTexts.NobodyAbsent, Spacing = Spacing.Large, Separator = true }]
                    : Array.Empty<CardElement>(),
                .. excused.Count > 0
                    ?
                    [
                        Section(AttendanceCardTexts.AbsentExcusedHeading(excused.Count)),
                        .. NamesWithReasons([.. excused.Select(l => (AttendanceFormat.Name(l), l.Reason ?? AttendanceCardTexts.ReasonMissing))], cap),
                    ]
                    : Array.Empty<CardElement>(),
                .. unexcused.Count > 0
                    ? [Section(AttendanceCardTexts.AbsentUnexcusedHeading(unexcused.Count)), Names([.. unexcused.Select(AttendanceFormat.Name)], cap)]
                    : Array.Empty<CardElement>(),
                .. exempt.Count > 0
                    ?
                    [
                        Section(AttendanceCardTexts.ExemptHeading(exempt.Count)),
                        .. NamesWithReasons([.. exempt.Select(l => (AttendanceFormat.Name(l), l.Reason))], cap),
                    ]
                    : Array.Empty<CardElement>(),
                Subtle(AttendanceCardTexts.SummaryFootnote, Spacing.Large),
            ],
            // The draft's link goes to the leader who clicks (the bot re-checks); anyone else is refused.
            Actions = [Button(Minutes.MinutesCardTexts.SummaryButton, Minutes.MinutesVerbs.Link, meeting)],
        };
    }
}
