using PartyBot.Bot.Commands;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;

namespace PartyBot.Bot.Meetings;

/// <summary>"Hủy buổi họp" (meeting.cancel; data unitId, meetingId): the card asking the reason. A held meeting is not cancelled.</summary>
public sealed class CancelMeetingAction(MeetingAccess access, HeldMeetings held, MonthlyMeetingCheck monthly) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var checkedAccess = await access.CheckAsync(context, needsMeeting: true, cancellationToken);
        if (checkedAccess.Error is { } error)
        {
            return error;
        }
        return checkedAccess.Meeting!.Status == MeetingStatus.Cancelled ? MeetingAnswers.Cancelled()
            : await held.IsHeldAsync(checkedAccess.Meeting, cancellationToken) ? MeetingAnswers.Held()
            : await monthly.CancelProblemAsync(checkedAccess.Meeting, cancellationToken) is { } problem ? MeetingAnswers.NotCancellable(problem)
            : MeetingAnswers.Card(CancelMeetingCard.Build(new CancelMeetingView(checkedAccess.Unit!.Name, checkedAccess.Meeting)));
    }
}

/// <summary>
/// "Xác nhận hủy" (meeting.cancelConfirm; data unitId, meetingId, reason): the meeting becomes Cancelled with the
/// reason, its announced card is marked cancelled in place, and the answer is the chi bộ's list. Cancelling twice
/// changes nothing more. A held meeting (<see cref="HeldMeetings"/>) is refused: its record stays as it is; so is the
/// month's only regular meeting (<see cref="MonthlyMeetingCheck"/>), which is moved instead.
/// </summary>
public sealed class ConfirmCancelMeetingAction(
    MeetingAccess access, MeetingScreens screens, MeetingStore meetings, HeldMeetings held, MonthlyMeetingCheck monthly, MeetingChanges changes) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var checkedAccess = await access.CheckAsync(context, needsMeeting: true, cancellationToken);
        if (checkedAccess.Error is { } error)
        {
            return error;
        }
        var (unit, meeting) = (checkedAccess.Unit!, checkedAccess.Meeting!);
        if (meeting.Status != MeetingStatus.Cancelled)
        {
            if (await held.IsHeldAsync(meeting, cancellationToken))
            {
                return MeetingAnswers.Held();
            }
            if (await monthly.CancelProblemAsync(meeting, cancellationToken) is { } notCancellable)
            {
                return MeetingAnswers.NotCancellable(notCancellable);
            }
            var reason = CardData.Trimmed(context.Data, CancelMeetingCard.ReasonInput);
            var problem = reason is null ? MeetingFormTexts.CancelReasonRequired
                : reason.Length > MeetingFormTexts.CancelReasonMaxLength ? MeetingFormTexts.CancelReasonTooLong
                : null;
            if (problem is not null)
            {
                return MeetingAnswers.Card(CancelMeetingCard.Build(
                    new CancelMeetingView(unit.Name, meeting, TypedText.Clip(reason, MeetingFormTexts.CancelReasonMaxLength), problem)));
            }
            var cancelled = await meetings.UpdateAsync(unit.Id, meeting.Id, m => m with { Status = MeetingStatus.Cancelled, CancelReason = reason }, cancellationToken);
            if (cancelled is null)
            {
                return AdaptiveCardInvokeResponse.Error(404, "MeetingNotFound", MeetingFormTexts.MeetingNotFound);
            }
            await changes.PublishChangeAsync(cancelled, cancellationToken);
            await changes.RecheckAssignmentAsync(meeting, cancelled, cancellationToken);
        }
        return MeetingAnswers.Card(await screens.UnitListAsync(context.Member, unit, cancellationToken));
    }
}
