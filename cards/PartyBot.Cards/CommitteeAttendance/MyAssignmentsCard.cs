using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Cards.Meetings;
using PartyBot.Core.CommitteeAttendance;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.CommitteeAttendance;

/// <param name="Assignments">By the meeting's start (<see cref="MyAssignments.ListAsync"/>).</param>
/// <param name="UnitNames">The chi bộ's names by id (an unknown id shows as itself).</param>
public sealed record MyAssignmentsView(
    string MemberName, Quarter Quarter, DateTimeOffset Now, IReadOnlyList<MyAssignment> Assignments, IReadOnlyDictionary<string, string> UnitNames, int Page = 0);

/// <summary>
/// "lịch dự họp": a committee member's assignments, <see cref="RowsPerPage"/> a page — the chi bộ, the meeting, its time and
/// place, the state, and for one still to answer the assigned member's own card buttons ("Xác nhận dự", "Không dự được"
/// with the one reason field of the card), which answer as <see cref="AssignmentCard"/> does.
/// </summary>
public static class MyAssignmentsCard
{
    public const int RowsPerPage = 10;

    public static AdaptiveCard Build(MyAssignmentsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var page = CardPaging.Page(view.Assignments, view.Page, RowsPerPage);
        var answerable = page.Items.Any(a => a.IsAnswerable(view.Now));
        return new AdaptiveCard
        {
            FallbackText = CommitteeViewTexts.MineFallback(view.Assignments.Count),
            Body =
            [
                Banner(CommitteeViewTexts.MineTitle, CommitteeViewTexts.MineSubtitle(view.MemberName, view.Quarter)),
                .. view.Assignments.Count == 0
                    ? [new TextBlock { Text = CommitteeViewTexts.MineEmpty, IsSubtle = true, Spacing = Spacing.Large }]
                    : (IEnumerable<CardElement>)
                    [
                        .. page.IsPaged
                            ? [Section(PagingTexts.Range(page.Index + 1, page.Count, CommitteeViewTexts.MinePaged, page.FirstNumber, page.LastNumber, page.Total))]
                            : Array.Empty<CardElement>(),
                        .. page.Items.Select(a => Row(a, view)),
                        .. answerable ? [AssignmentCard.ReasonInput(CommitteeViewTexts.ReasonLabel, Spacing.Large, separator: true)] : Array.Empty<CardElement>(),
                        .. CardPaging.Buttons(page, CommitteeAttendanceVerbs.MinePage, new Dictionary<string, string>()) is { } buttons ? [buttons] : Array.Empty<CardElement>(),
                    ],
            ],
        };
    }

    private static Container Row(MyAssignment item, MyAssignmentsView view)
    {
        var (meeting, assignment) = (item.Meeting, item.Assignment);
        var color = item.State switch
        {
            MyAssignmentState.Pending => TextColor.Default, // Teams' yellow on white barely reads; bold marks the one to answer
            MyAssignmentState.Declined => TextColor.Attention,
            _ => TextColor.Good,
        };
        return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                new RichTextBlock { Inlines = [new TextRun { Text = view.UnitNames.GetValueOrDefault(assignment.UnitId, assignment.UnitId), Weight = TextWeight.Bolder }] },
                Fact(AssignmentCardTexts.FactMeeting, MeetingFormat.Title(meeting)),
                Fact(AssignmentCardTexts.FactTime, MeetingFormat.When(meeting)),
                Fact(AssignmentCardTexts.FactPlace, MeetingFormat.Where(meeting)),
                Fact(CommitteeViewTexts.FactState, [new TextRun { Text = CommitteeViewTexts.State(item.State), Color = color, Weight = TextWeight.Bolder }]),
                .. item.IsAnswerable(view.Now) ? [new ActionSet { Actions = AssignmentCard.AnswerButtons(assignment) }] : Array.Empty<CardElement>(),
            ],
        };
    }
}
