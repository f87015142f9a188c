using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// "Lưu danh sách phát biểu" (rollcall.speakers; input speakerIds, data speakersShown): the secretary, deputy, an
/// administrator or the meeting's thư ký sets who spoke among the members the form listed. Every id of the payload is
/// re-checked against the chi bộ's summoned members; a forged one changes nothing.
/// </summary>
public sealed class TickSpeakersAction(AttendanceAccess access, AttendanceScreens screens, SpeakingService speaking, AttendanceService attendance) : ICardActionHandler
{
    /// <summary>More ids than a page of the list holds is not a form the bot built.</summary>
    private const int MaxIds = RollCallCard.LinesPerPage;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Viewer, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        var record = await speaking.RecordAsync(scope!.Meeting, cancellationToken);
        if (!scope.CanManage && !record.IsClerk(scope.Caller.Member.Id))
        {
            return AdaptiveCardInvokeResponse.Error(403, "NotAllowed", SpeakingTexts.OnlySecretaryOrClerk);
        }
        if (await attendance.RollCallAsync(scope.Meeting, cancellationToken) is not { } rollCall)
        {
            return AdaptiveCardInvokeResponse.Error(409, "RollCallNotOpen", AttendanceTexts.RollCallNotOpen);
        }
        var shown = Ids(CardData.Trimmed(context.Data, AttendanceVerbs.SpeakersShownKey));
        var ticked = Ids(CardData.Trimmed(context.Data, AttendanceVerbs.SpeakersInput));
        var result = shown.Count == 0 || shown.Count > MaxIds || ticked.Count > MaxIds
            ? AttendanceResult.Refused<int>(SpeakingTexts.UnknownSpeaker)
            : await speaking.SetSpeakersAsync(scope.Meeting, scope.Members, shown, ticked, scope.Caller.Member, cancellationToken);
        var notice = result.Error is { } refusal ? CardNotice.Error(refusal) : CardNotice.Done(SpeakingTexts.SpeakersSaved(result.Value));
        var current = await attendance.RollCallAsync(scope.Meeting, cancellationToken) ?? rollCall;
        return MeetingAnswers.Card(await screens.RollCallAsync(scope, current, new RollCallShown(notice, CardData.Page(context.Data)), cancellationToken));
    }

    /// <summary>A comma-separated list of member ids (as Input.ChoiceSet sends a multi-select), without blanks or repeats.</summary>
    internal static IReadOnlyList<string> Ids(string? list) =>
        list is null ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>"Cử làm thư ký" (rollcall.clerk; input clerkMemberId): the secretary, deputy or an administrator names the meeting's thư ký.</summary>
public sealed class NameClerkAction(AttendanceAccess access, AttendanceScreens screens, SpeakingService speaking, AttendanceService attendance) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Viewer, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        if (!scope!.CanManage)
        {
            return AdaptiveCardInvokeResponse.Error(403, "NotAllowed", SpeakingTexts.OnlySecretaryNamesClerk);
        }
        if (await attendance.RollCallAsync(scope.Meeting, cancellationToken) is not { } rollCall)
        {
            return AdaptiveCardInvokeResponse.Error(409, "RollCallNotOpen", AttendanceTexts.RollCallNotOpen);
        }
        var clerkId = CardData.Trimmed(context.Data, AttendanceVerbs.ClerkInput);
        CardNotice notice;
        if (clerkId is null)
        {
            notice = CardNotice.Error(SpeakingTexts.PickClerk);
        }
        else if (scope.FindMember(clerkId) is not { } clerk)
        {
            notice = CardNotice.Error(AttendanceTexts.UnknownMember);
        }
        else
        {
            var result = await speaking.NameClerkAsync(scope.Meeting, clerk, scope.Caller.Member, cancellationToken);
            notice = result.Error is { } refusal ? CardNotice.Error(refusal) : CardNotice.Done(SpeakingTexts.ClerkNamed(clerk.FullName));
        }
        return MeetingAnswers.Card(await screens.RollCallAsync(scope, rollCall, new RollCallShown(notice, CardData.Page(context.Data)), cancellationToken));
    }
}
