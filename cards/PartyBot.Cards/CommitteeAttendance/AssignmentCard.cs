using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.CommitteeAttendance;

/// <summary>What the assigned member sees: the meeting, who to contact, why him or her, and the state of the answer.</summary>
/// <param name="Notice">After an answer, what it did (shown instead of the buttons), or a refused answer's reason (with them).</param>
/// <param name="Moved">Sent because the meeting moved: the card says the new time, and whether the assignment stands.</param>
/// <param name="Now">When the card is built: from the meeting's start it asks for the outcome ("Đã dự" / "Không dự được") instead of an answer. Null: before the start.</param>
public sealed record AssignmentView(
    string UnitName,
    string UnitPath,
    Meeting Meeting,
    CommitteeAssignment Assignment,
    string? SecretaryName,
    string? Notice = null,
    bool NoticeIsError = false,
    bool Moved = false,
    DateTimeOffset? Now = null);

/// <summary>
/// The 1:1 card of a committee member assigned to attend a chi bộ meeting: "Xác nhận dự" and "Không dự được" (with a
/// reason) while the assignment waits for an answer; the answer's outcome afterwards; from the meeting's start,
/// "Đã dự" and "Không dự được" with a short note (the ý kiến chỉ đạo), which can be given again to correct it.
/// </summary>
public static class AssignmentCard
{
    private const int MaxAgendaItems = 10;

    public static AdaptiveCard Build(AssignmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var meeting = view.Meeting;
        var assignment = view.Assignment;
        var when = MeetingFormat.When(meeting);
        var started = view.Now is { } now && now >= meeting.StartsAt;
        var open = assignment.State == AssignmentState.Pending && !started;
        var recordable = started && meeting.Status != MeetingStatus.Cancelled && assignment.MemberId is not null
            && assignment.State is AssignmentState.Pending or AssignmentState.Confirmed or AssignmentState.Attended or AssignmentState.Missed;
        var waiting = !started && assignment.State == AssignmentState.Confirmed;
        var data = DataOf(assignment);
        var notice = view.Notice ?? (view.Moved
            ? assignment.State == AssignmentState.Released ? AssignmentCardTexts.MovedAndReleased(when, assignment.Reason) : AssignmentCardTexts.Moved(when)
            : null) ?? assignment.State switch
        {
            AssignmentState.Confirmed => AssignmentCardTexts.Confirmed,
            AssignmentState.Released => AssignmentCardTexts.Closed,
            AssignmentState.Attended => AssignmentCardTexts.RecordedAttended(assignment.Note),
            AssignmentState.Missed => AssignmentCardTexts.RecordedMissed(assignment.Note),
            _ => null,
        };
        return new AdaptiveCard
        {
            FallbackText = AssignmentCardTexts.Fallback(view.UnitName, when),
            Body =
            [
                Banner(AssignmentCardTexts.Title, view.UnitPath),
                new RichTextBlock { Spacing = Spacing.Medium, Inlines = [new TextRun { Text = AssignmentCardTexts.Lead(view.UnitName) }] },
                Fact(AssignmentCardTexts.FactUnit, view.UnitName, strong: true, spacing: Spacing.Medium),
                Fact(AssignmentCardTexts.FactMeeting, MeetingFormat.Title(meeting)),
                Fact(AssignmentCardTexts.FactTime, when, strong: true),
                Fact(AssignmentCardTexts.FactPlace, MeetingFormat.Where(meeting)),
                .. string.IsNullOrWhiteSpace(meeting.Topic) ? Array.Empty<CardElement>() : [Fact(AssignmentCardTexts.FactTopic, meeting.Topic.Trim())],
                Fact(AssignmentCardTexts.FactContact, view.SecretaryName is { } secretary ? AssignmentCardTexts.Contact(secretary) : AssignmentCardTexts.NoContact),
                Fact(AssignmentCardTexts.FactReason, assignment.Reason),
                .. Agenda(meeting),
                .. Notice(notice, view.NoticeIsError),
                .. open ? [ReasonInput(AssignmentCardTexts.DeclineLabel, Spacing.Medium)] : Array.Empty<CardElement>(),
                .. recordable ? RecordSection(assignment) : [],
                .. waiting ? [Subtle(AssignmentCardTexts.AfterStartHint)] : Array.Empty<CardElement>(),
            ],
            Actions = open
                ? AnswerButtons(assignment)
                : recordable
                    ?
                    [
                        new ExecuteAction { Title = AssignmentCardTexts.Attended, Verb = CommitteeAttendanceVerbs.Attended, Data = data, AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Positive },
                        new ExecuteAction { Title = AssignmentCardTexts.Missed, Verb = CommitteeAttendanceVerbs.Missed, Data = data, AssociatedInputs = AssociatedInputs.Auto },
                    ]
                    : waiting
                        ? [new ExecuteAction { Title = AssignmentCardTexts.Refresh, Verb = CommitteeAttendanceVerbs.View, Data = data, AssociatedInputs = AssociatedInputs.None }]
                        : null,
        };
    }

    private static IEnumerable<CardElement> RecordSection(CommitteeAssignment assignment)
    {
        yield return Section(AssignmentCardTexts.RecordHeading);
        yield return Subtle(AssignmentCardTexts.RecordLead);
        yield return new TextInput
        {
            Id = CommitteeAttendanceVerbs.NoteInput,
            Label = AssignmentCardTexts.NoteLabel,
            Placeholder = AssignmentCardTexts.NotePlaceholder,
            Value = assignment.Note,
            MaxLength = RotationLimits.RecordNoteMaxLength,
            IsMultiline = true,
            Spacing = Spacing.Small,
        };
    }

    /// <summary>"Xác nhận dự" and "Không dự được" of one assignment (the decline takes the card's <see cref="ReasonInput"/>).</summary>
    internal static IReadOnlyList<CardAction> AnswerButtons(CommitteeAssignment assignment)
    {
        var data = DataOf(assignment);
        return
        [
            new ExecuteAction { Title = AssignmentCardTexts.Confirm, Verb = CommitteeAttendanceVerbs.Confirm, Data = data, AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Positive },
            new ExecuteAction { Title = AssignmentCardTexts.Decline, Verb = CommitteeAttendanceVerbs.Decline, Data = data, AssociatedInputs = AssociatedInputs.Auto },
        ];
    }

    private static Dictionary<string, string> DataOf(CommitteeAssignment assignment) => new()
    {
        [CommitteeAttendanceVerbs.QuarterKey] = assignment.Quarter.Key,
        [CommitteeAttendanceVerbs.UnitIdKey] = assignment.UnitId,
        [CommitteeAttendanceVerbs.MeetingIdKey] = assignment.MeetingId,
        [CommitteeAttendanceVerbs.RoundKey] = assignment.Round.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The one reason field of a card (its id is the decline's input).</summary>
    internal static TextInput ReasonInput(string label, Spacing spacing, bool separator = false) => new()
    {
        Id = CommitteeAttendanceVerbs.ReasonInput,
        Label = label,
        Placeholder = AssignmentCardTexts.DeclinePlaceholder,
        MaxLength = RotationLimits.DeclineReasonMaxLength,
        Spacing = spacing,
        Separator = separator,
    };

    private static IEnumerable<CardElement> Agenda(Meeting meeting)
    {
        if (meeting.Agenda.Count == 0)
        {
            yield break;
        }
        yield return Section(AssignmentCardTexts.AgendaHeading);
        foreach (var item in meeting.Agenda.Take(MaxAgendaItems))
        {
            yield return Subtle("• " + item.Title);
        }
    }
}
