using PartyBot.Bot.Commands;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Meetings;

/// <summary>The chi bộ (and meeting) a card action may touch, or the error to answer instead.</summary>
public sealed record MeetingAccessResult(Unit? Unit, Meeting? Meeting, AdaptiveCardInvokeResponse? Error)
{
    public static MeetingAccessResult Denied(int status, string code, string message) => new(null, null, AdaptiveCardInvokeResponse.Error(status, code, message));
}

/// <summary>
/// Every meeting verb starts here: the unit id and meeting id of the payload are untrusted, so each is checked again —
/// the unit exists and is a chi bộ, the caller may manage it (secretary, deputy, administrator), and the meeting is
/// one of that chi bộ's (it is read from the chi bộ's own partition).
/// </summary>
public sealed class MeetingAccess(MeetingStore meetings)
{
    public async Task<MeetingAccessResult> CheckAsync(CardActionContext context, bool needsMeeting, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        if (CardData.Trimmed(context.Data, MeetingVerbs.UnitIdKey) is not { } unitId)
        {
            return MeetingAccessResult.Denied(404, "UnitMissing", MeetingFormTexts.UnitMissing);
        }
        if (caller.Tree.Find(unitId) is not { } unit)
        {
            return MeetingAccessResult.Denied(404, "UnitNotFound", MeetingFormTexts.UnknownUnit(unitId));
        }
        if (!unit.IsCell)
        {
            return MeetingAccessResult.Denied(404, "NotACell", MeetingFormTexts.NotACell(unit.Name));
        }
        if (!caller.Permissions.CanManage(caller.Member, unit.Id))
        {
            return MeetingAccessResult.Denied(403, "NotAllowed", MeetingFormTexts.ManageDenied(unit.Name));
        }
        var meetingId = CardData.Trimmed(context.Data, MeetingVerbs.MeetingIdKey);
        if (meetingId is null)
        {
            return needsMeeting
                ? MeetingAccessResult.Denied(404, "MeetingNotFound", MeetingFormTexts.MeetingNotFound)
                : new MeetingAccessResult(unit, null, null);
        }
        var meeting = await meetings.GetAsync(unit.Id, meetingId, cancellationToken);
        if (meeting is null || !string.Equals(meeting.UnitId, unit.Id, StringComparison.OrdinalIgnoreCase))
        {
            return MeetingAccessResult.Denied(404, "MeetingNotFound", MeetingFormTexts.MeetingNotFound);
        }
        return new MeetingAccessResult(unit, meeting, null);
    }
}
