using System.Globalization;
using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.CommitteeAttendance;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Bot.CommitteeAttendance;

/// <summary>The ids a button of the assignment card carries (untrusted), read once.</summary>
internal sealed record AssignmentRef(Quarter Quarter, string UnitId, string MeetingId, int Round)
{
    public static AssignmentRef? From(CardActionContext context) =>
        Quarter.TryParse(CardData.Trimmed(context.Data, CommitteeAttendanceVerbs.QuarterKey), out var quarter)
        && CardData.Trimmed(context.Data, CommitteeAttendanceVerbs.UnitIdKey) is { } unitId
        && CardData.Trimmed(context.Data, CommitteeAttendanceVerbs.MeetingIdKey) is { } meetingId
        && int.TryParse(CardData.Trimmed(context.Data, CommitteeAttendanceVerbs.RoundKey), NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            ? new AssignmentRef(quarter, unitId, meetingId, round)
            : null;
}

/// <summary>Turns an answer into the invoke's reply: the card as it now stands, or a refusal that shows nothing of the assignment.</summary>
public sealed class AssignmentScreens(MeetingStore meetings, OrganizationStore organization, TimeProvider time)
{
    internal static AdaptiveCardInvokeResponse BadPayload() => AdaptiveCardInvokeResponse.Error(400, "BadPayload", AssignmentCardTexts.BadPayload);

    /// <param name="declineReason">The reason a decline was stored with (shown back).</param>
    public async Task<AdaptiveCardInvokeResponse> AnswerAsync(AnswerResult result, OrganizationTree tree, CancellationToken cancellationToken, string? declineReason = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (view, _, refused) = await LoadAsync(result.Outcome == AnswerOutcome.NotYours, result.Assignment, tree, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        view = result.Outcome switch
        {
            AnswerOutcome.ReasonRequired => view with { Notice = AssignmentCardTexts.ReasonRequired, NoticeIsError = true },
            AnswerOutcome.ReasonTooLong => view with { Notice = AssignmentCardTexts.ReasonTooLong, NoticeIsError = true },
            AnswerOutcome.Declined => view with { Notice = AssignmentCardTexts.Declined(declineReason?.Trim() ?? "") },
            _ => view,
        };
        return AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(AssignmentCard.Build(view)));
    }

    /// <summary>After "Đã dự" / "Không dự được": the card as it now stands with what was recorded, or why nothing was.</summary>
    public async Task<AdaptiveCardInvokeResponse> RecordAsync(RecordResult result, OrganizationTree tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (view, meeting, refused) = await LoadAsync(result.Outcome == RecordOutcome.NotYours, result.Assignment, tree, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        var refusal = result.Outcome switch
        {
            RecordOutcome.NotAssigned => RecordTexts.NotAssigned,
            RecordOutcome.MeetingCancelled => RecordTexts.MeetingCancelled,
            RecordOutcome.TooEarly => RecordTexts.TooEarly(RotationTexts.MeetingLabel(meeting.Kind, meeting.StartsAt)),
            RecordOutcome.NoteTooLong => RecordTexts.NoteTooLong,
            _ => null,
        };
        view = refusal is null ? view : view with { Notice = refusal, NoticeIsError = true };
        return AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(AssignmentCard.Build(view)));
    }

    /// <summary>The assignment's card as it stands, or the refusal that shows nothing of it (not the caller's, or gone).</summary>
    private async Task<(AssignmentView View, Meeting Meeting, AdaptiveCardInvokeResponse? Refused)> LoadAsync(
        bool notYours, CommitteeAssignment? assignment, OrganizationTree tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (notYours)
        {
            return (null!, null!, AdaptiveCardInvokeResponse.Error(403, "NotYourAssignment", AssignmentCardTexts.NotYours));
        }
        if (assignment is null || await meetings.GetAsync(assignment.UnitId, assignment.MeetingId, cancellationToken) is not { } meeting)
        {
            return (null!, null!, AdaptiveCardInvokeResponse.Error(404, "AssignmentNotFound", AssignmentCardTexts.NotFound));
        }
        return (await ViewAsync(assignment, meeting, tree, cancellationToken), meeting, null);
    }

    private async Task<AssignmentView> ViewAsync(CommitteeAssignment assignment, Meeting meeting, OrganizationTree tree, CancellationToken cancellationToken)
    {
        var cellMembers = await organization.MembersOfAsync(assignment.UnitId, cancellationToken);
        return AssignmentNotifier.ViewOf(assignment, meeting, tree, cellMembers) with { Now = time.GetUtcNow() };
    }
}

/// <summary>
/// "Xác nhận dự" (committee.confirm): only the member of the assignment's current round may confirm it; the chi bộ's
/// secretary (or deputy) is then told who is coming, once per round, through the outbox, and the announced agenda card
/// is refreshed so its step 1 introduces the attendee.
/// </summary>
public sealed class ConfirmAttendanceAction(
    AssignmentAnswers answers, AssignmentScreens screens, OrganizationStore organization, MeetingStore meetings, MemberOutbox outbox,
    MeetingPublisher publisher) : ICardActionHandler
{
    public const string ComingKind = "committee-coming";

    public static string ComingKey(CommitteeAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return $"{ComingKind}/{assignment.Quarter.Key}/{assignment.UnitId}/{assignment.MeetingId}/{assignment.Round}";
    }

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AssignmentRef.From(context) is not { } target)
        {
            return AssignmentScreens.BadPayload();
        }
        var result = await answers.ConfirmAsync(target.Quarter, target.UnitId, target.MeetingId, target.Round, context.Member.Member, cancellationToken);
        if (result is { Outcome: AnswerOutcome.Confirmed, Assignment: { } confirmed }
            && await organization.SecretaryOfAsync(confirmed.UnitId, cancellationToken) is { } secretary
            && await meetings.GetAsync(confirmed.UnitId, confirmed.MeetingId, cancellationToken) is { } meeting)
        {
            var text = RotationTexts.AttendeeComing(context.Member.Member.FullName, context.Member.Tree.Find(confirmed.UnitId)?.Name ?? confirmed.UnitId,
                RotationTexts.MeetingLabel(meeting.Kind, meeting.StartsAt));
            await outbox.EnqueueAsync(ComingKey(confirmed), ComingKind, secretary, Activity.CreateMessage(text), cancellationToken);
        }
        if (result.AttendeeChanged is { } changed)
        {
            await publisher.RefreshCardAsync(changed, cancellationToken);
        }
        return await screens.AnswerAsync(result, context.Member.Tree, cancellationToken);
    }
}

/// <summary>
/// "Không dự được" (committee.decline, with a reason): the meeting is released, the member never chosen again for it,
/// and the assignment job is started at once to choose and tell someone else. A decline after a confirmation takes the
/// member off the announced agenda card.
/// </summary>
public sealed partial class DeclineAttendanceAction(
    AssignmentAnswers answers, AssignmentScreens screens, AssignmentTrigger trigger, MeetingPublisher publisher, ILogger<DeclineAttendanceAction> logger) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AssignmentRef.From(context) is not { } target)
        {
            return AssignmentScreens.BadPayload();
        }
        var reason = CardData.Text(context.Data, CommitteeAttendanceVerbs.ReasonInput);
        var result = await answers.DeclineAsync(target.Quarter, target.UnitId, target.MeetingId, target.Round, context.Member.Member, reason, cancellationToken);
        if (result.AttendeeChanged is { } changed)
        {
            await publisher.RefreshCardAsync(changed, cancellationToken);
        }
        if (result.Outcome == AnswerOutcome.Declined)
        {
            try
            {
                await trigger.TriggerAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTriggerFailed(logger, ex, target.UnitId, target.MeetingId); // the daily run reassigns it
            }
        }
        return await screens.AnswerAsync(result, context.Member.Tree, cancellationToken, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting the assignment job after a decline of {UnitId}/{MeetingId} failed; its next scheduled run reassigns the meeting")]
    private static partial void LogTriggerFailed(ILogger logger, Exception exception, string unitId, string meetingId);
}
