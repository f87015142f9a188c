using PartyBot.Bot.Commands;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Attendance;

/// <summary>The chi bộ a leader's command is about: the code typed, else the caller's own chi bộ; refused unless he or she may manage it.</summary>
internal static class LedCell
{
    /// <param name="help">The answer when no code is typed and the caller belongs to no chi bộ.</param>
    public static (Unit? Cell, CommandReply? Refusal) Resolve(CommandContext context, string help)
    {
        var caller = context.Member;
        var code = context.Arguments.Trim();
        var unit = code.Length > 0 ? caller.Tree.Find(code) : caller.Tree.SelfAndAncestors(caller.Member.UnitId).FirstOrDefault(u => u.IsCell);
        if (unit is null)
        {
            return (null, CommandReply.Refusal(code.Length > 0 ? MeetingFormTexts.UnknownUnit(code) : help));
        }
        if (!unit.IsCell)
        {
            return (null, CommandReply.Refusal(MeetingFormTexts.NotACell(unit.Name)));
        }
        return caller.Permissions.CanManage(caller.Member, unit.Id) ? (unit, null) : (null, CommandReply.Refusal(AttendanceTexts.OnlyLeaders));
    }
}
