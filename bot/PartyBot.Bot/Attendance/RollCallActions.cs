using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.BotFramework.Schema;
using PartyBot.Core;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;

namespace PartyBot.Bot.Attendance;

/// <summary>"Làm mới" on the roll call, and Teams' automatic refresh of it (rollcall.view): the roll call as this viewer should see it.</summary>
public sealed class ViewRollCallAction(AttendanceAccess access, AttendanceScreens screens, AttendanceService attendance) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Viewer, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        return await attendance.RollCallAsync(scope!.Meeting, cancellationToken) is { } rollCall
            ? MeetingAnswers.Card(await screens.RollCallAsync(scope, rollCall, new RollCallShown(null, CardData.Page(context.Data)), cancellationToken))
            : AdaptiveCardInvokeResponse.Error(409, "RollCallNotOpen", AttendanceTexts.RollCallNotOpen);
    }
}

/// <summary>
/// "Có mặt" (rollcall.checkin): the member's own check-in during the window. The first click counts; a double click,
/// a redelivered invoke or a stale card changes nothing. Refusals come back on the card. The meeting's upper-level
/// attendee (confirmed) checks in the same way, counted apart; anyone else who is not of the chi bộ is refused.
/// </summary>
public sealed class CheckInAction(AttendanceAccess access, AttendanceScreens screens, AttendanceService attendance) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Viewer, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        var upper = scope!.Self is null && scope.IsUpperAttendee;
        if (scope.Self is null && !upper)
        {
            return AdaptiveCardInvokeResponse.Error(403, "NotOfThisCell", AttendanceTexts.NotOfThisCell(scope.Unit.Name));
        }
        var refused = upper
            ? (await attendance.CheckInUpperAttendeeAsync(scope.Meeting, scope.Caller.Member, cancellationToken)).Error
            : (await attendance.CheckInAsync(scope.Meeting, scope.Self!, cancellationToken)).Error;
        if (await attendance.RollCallAsync(scope.Meeting, cancellationToken) is not { } rollCall)
        {
            return AdaptiveCardInvokeResponse.Error(409, "RollCallNotOpen", AttendanceTexts.RollCallNotOpen);
        }
        var notice = refused is { } refusal ? CardNotice.Error(refusal)
            : CardNotice.Done(upper ? AttendanceTexts.UpperAttendeeCheckedIn : AttendanceTexts.CheckedIn);
        return MeetingAnswers.Card(await screens.RollCallAsync(scope, rollCall, notice, cancellationToken));
    }
}

/// <summary>
/// "Ghi nhận" (rollcall.mark; inputs markMemberId, markState, markReason): the secretary marks or corrects one
/// member — for members without Teams, or a mistake. Every mark is logged with who and when.
/// </summary>
public sealed class MarkAttendanceAction(AttendanceAccess access, AttendanceScreens screens, AttendanceService attendance) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Manager, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        if (await attendance.RollCallAsync(scope!.Meeting, cancellationToken) is not { } rollCall)
        {
            return AdaptiveCardInvokeResponse.Error(409, "RollCallNotOpen", AttendanceTexts.RollCallNotOpen);
        }
        var notice = await MarkAsync(context, scope, cancellationToken);
        var current = await attendance.RollCallAsync(scope.Meeting, cancellationToken) ?? rollCall;
        // A refusal keeps what was chosen in the form (open), so the secretary corrects rather than starts again.
        var draft = notice.IsError && current.IsOpen ? Draft(context, scope) : null;
        return MeetingAnswers.Card(await screens.RollCallAsync(scope, current, new RollCallShown(notice, CardData.Page(context.Data), draft), cancellationToken));
    }

    /// <summary>The choices sent, as far as they are valid (untrusted input goes back into the card: bounded).</summary>
    private MarkDraft Draft(CardActionContext context, AttendanceScope scope)
    {
        var member = CardData.Trimmed(context.Data, AttendanceVerbs.MarkMemberInput) is { } id ? scope.FindMember(id)?.Id : null;
        var state = CardData.Trimmed(context.Data, AttendanceVerbs.MarkStateInput) is { } name
            && AttendanceVerbs.MarkStates.Any(s => s.ToString() == name) ? name : null;
        var reason = CardData.Text(context.Data, AttendanceVerbs.MarkReasonInput);
        return new MarkDraft(member, state, TypedText.Clip(reason, attendance.Options.ReasonMaxLength));
    }

    private async Task<CardNotice> MarkAsync(CardActionContext context, AttendanceScope scope, CancellationToken cancellationToken)
    {
        var memberId = CardData.Trimmed(context.Data, AttendanceVerbs.MarkMemberInput);
        if (memberId is null)
        {
            return CardNotice.Error(AttendanceTexts.PickMember);
        }
        if (scope.FindMember(memberId) is not { } target)
        {
            return CardNotice.Error(AttendanceTexts.UnknownMember);
        }
        if (!Enum.TryParse<AttendanceState>(CardData.Trimmed(context.Data, AttendanceVerbs.MarkStateInput), ignoreCase: false, out var state)
            || !AttendanceVerbs.MarkStates.Contains(state))
        {
            return CardNotice.Error(AttendanceTexts.MarkRefused(target.FullName, AttendanceTexts.PickState));
        }
        var result = await attendance.MarkAsync(scope.Meeting, target, state, CardData.Text(context.Data, AttendanceVerbs.MarkReasonInput), scope.Caller.Member, cancellationToken);
        return result.Error is { } refusal
            ? CardNotice.Error(refusal.Contains(target.FullName, StringComparison.Ordinal) ? refusal : AttendanceTexts.MarkRefused(target.FullName, refusal))
            : CardNotice.Done(AttendanceTexts.Marked(target.FullName, AttendanceCardTexts.StateName(result.Value!.Current.State)));
    }
}

/// <summary>
/// "Xác nhận có mặt" under "Có mặt cho những người còn lại" (rollcall.markrest): the secretary marks present every member
/// still without a state, each logged as a mark. Again, it marks nobody.
/// </summary>
public sealed class MarkRestPresentAction(AttendanceAccess access, AttendanceScreens screens, AttendanceService attendance) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Manager, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        var result = await attendance.MarkRestPresentAsync(scope!.Meeting, scope.Members, scope.Caller.Member, cancellationToken);
        if (await attendance.RollCallAsync(scope.Meeting, cancellationToken) is not { } rollCall)
        {
            return AdaptiveCardInvokeResponse.Error(409, "RollCallNotOpen", AttendanceTexts.RollCallNotOpen);
        }
        var notice = result.Error is { } refusal ? CardNotice.Error(refusal) : CardNotice.Done(AttendanceTexts.MarkedRest(result.Value));
        return MeetingAnswers.Card(await screens.RollCallAsync(scope, rollCall, new RollCallShown(notice, CardData.Page(context.Data)), cancellationToken));
    }
}

/// <summary>
/// "Xác nhận kết thúc" (rollcall.close): fixes every member's state, stores the record with the meeting, writes each
/// member's history, and through the outbox (the answer does not wait on the connector) updates the roll-call card
/// in place, posts the summary and warns the secretary of chronic absence. The card clicked becomes the closed roll call, with every member's line and check-in time: the summary is
/// posted once beside it, never in its place. Closing again changes nothing and answers with the same card.
/// </summary>
public sealed class CloseRollCallAction(AttendanceAccess access, AttendanceScreens screens, AttendanceService attendance, RollCallPublisher publisher) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Manager, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        var result = await attendance.CloseRollCallAsync(scope!.Meeting, scope.Members, scope.Caller.Member, cancellationToken);
        if (result.Error is { } refusal)
        {
            return AdaptiveCardInvokeResponse.Error(409, "RollCallNotOpen", refusal);
        }
        var (closed, _) = result.Value;
        await publisher.AfterCloseAsync(scope, closed, cancellationToken);
        return MeetingAnswers.Card(await screens.RollCallAsync(scope, closed, CardNotice.Done(AttendanceTexts.RollCallClosedNow), cancellationToken));
    }
}
