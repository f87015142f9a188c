using PartyBot.Bot.Commands;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;

namespace PartyBot.Bot.Meetings;

/// <summary>The card answer, as JSON: the invoke response's card (Action.Execute) or the message's card (Action.Submit).</summary>
internal static class MeetingAnswers
{
    public static AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(card));

    public static AdaptiveCardInvokeResponse Cancelled() =>
        AdaptiveCardInvokeResponse.Error(409, "MeetingCancelled", MeetingFormTexts.MeetingAlreadyCancelled);

    public static AdaptiveCardInvokeResponse Held() =>
        AdaptiveCardInvokeResponse.Error(409, "MeetingHeld", MeetingFormTexts.HeldCannotCancel);

    public static AdaptiveCardInvokeResponse NotCancellable(string reason) => AdaptiveCardInvokeResponse.Error(409, "OnlyRegularOfMonth", reason);
}

/// <summary>"Thêm buổi sinh hoạt chuyên đề" (meeting.new; data unitId, kind): the empty form.</summary>
public sealed class NewMeetingAction(MeetingAccess access, MeetingScreens screens) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var checkedAccess = await access.CheckAsync(context, needsMeeting: false, cancellationToken);
        if (checkedAccess.Error is { } error)
        {
            return error;
        }
        var kind = Enum.TryParse<MeetingKind>(CardData.Trimmed(context.Data, MeetingVerbs.KindKey), out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : MeetingKind.Thematic;
        return MeetingAnswers.Card(await screens.NewFormAsync(checkedAccess.Unit!, kind, cancellationToken));
    }
}

/// <summary>"Sửa" (meeting.edit; data unitId, meetingId): the form filled with the meeting; for a held one, its record without the time.</summary>
public sealed class EditMeetingAction(MeetingAccess access, MeetingScreens screens, HeldMeetings held) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var checkedAccess = await access.CheckAsync(context, needsMeeting: true, cancellationToken);
        if (checkedAccess.Error is { } error)
        {
            return error;
        }
        return checkedAccess.Meeting!.Status == MeetingStatus.Cancelled
            ? MeetingAnswers.Cancelled()
            : MeetingAnswers.Card(await screens.EditFormAsync(
                checkedAccess.Unit!, checkedAccess.Meeting, await held.IsHeldAsync(checkedAccess.Meeting, cancellationToken), cancellationToken));
    }
}

/// <summary>"Hủy bỏ" on the form, "Quay lại" on the cancel card (meeting.cancelForm; data unitId): back to the chi bộ's list.</summary>
public sealed class CloseMeetingFormAction(MeetingAccess access, MeetingScreens screens) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var checkedAccess = await access.CheckAsync(context, needsMeeting: false, cancellationToken);
        return checkedAccess.Error ?? MeetingAnswers.Card(await screens.UnitListAsync(context.Member, checkedAccess.Unit!, cancellationToken));
    }
}
