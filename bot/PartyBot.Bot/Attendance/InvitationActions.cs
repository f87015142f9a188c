using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// "Làm mới" on the invitation, and Teams' automatic refresh of it (attendance.view; data unitId, meetingId): the
/// invitation as this viewer should see it.
/// </summary>
public sealed class ViewInvitationAction(AttendanceAccess access, AttendanceScreens screens) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Viewer, cancellationToken);
        return error ?? MeetingAnswers.Card(await screens.InvitationAsync(scope!, notice: null, cancellationToken));
    }
}

/// <summary>
/// "Tham dự" / "Vắng có lý do" (attendance.rsvp; data unitId, meetingId, answer; input rsvpReason): records the
/// member's answer (one row per member: a repeated click changes nothing) and answers with his or her own card. A
/// refusal (started, cancelled, no reason, not summoned) comes back on the card and changes nothing.
/// </summary>
public sealed class RsvpAction(AttendanceAccess access, AttendanceScreens screens, AttendanceService attendance) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Member, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        var self = scope!.Self!;
        CardNotice notice;
        var answer = CardData.Trimmed(context.Data, AttendanceVerbs.AnswerKey) switch
        {
            AttendanceVerbs.Attending => RsvpAnswer.Attending,
            AttendanceVerbs.Excused => RsvpAnswer.Excused,
            _ => RsvpAnswer.None,
        };
        if (answer == RsvpAnswer.None)
        {
            notice = CardNotice.Error(AttendanceTexts.UnknownAnswer);
        }
        else
        {
            var result = await attendance.RsvpAsync(scope.Meeting, self, answer, CardData.Text(context.Data, AttendanceVerbs.ReasonInput), cancellationToken);
            notice = result.Error is { } refusal ? CardNotice.Error(refusal) : CardNotice.Done(AttendanceTexts.RsvpSaved(answer == RsvpAnswer.Attending));
        }
        return MeetingAnswers.Card(await screens.InvitationAsync(scope, notice, cancellationToken));
    }
}
