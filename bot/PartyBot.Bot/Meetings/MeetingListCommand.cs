using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Meetings;

/// <summary>
/// "lịch họp [mã]": the secretary or deputy sees the chi bộ's meetings of the next months with the buttons to manage
/// them; an administrator names the chi bộ by its code. A member who manages no chi bộ gets his or her own "lịch".
/// </summary>
public sealed class MeetingListCommand(MeetingScreens screens) : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.ReplyAsync(await AnswerAsync(context, cancellationToken), cancellationToken);

    private async Task<CommandReply> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var code = context.Arguments.Trim();
        if (code.Length > 0)
        {
            if (caller.Tree.Find(code) is not { } unit)
            {
                return CardReplies.Text(MeetingFormTexts.UnknownUnit(code));
            }
            if (!unit.IsCell)
            {
                return CardReplies.Text(MeetingFormTexts.NotACell(unit.Name));
            }
            return caller.Permissions.CanManage(caller.Member, unit.Id)
                ? CardReplies.Card(await screens.UnitListAsync(caller, unit, cancellationToken))
                : CommandReply.Refusal(MeetingFormTexts.ListDenied(code));
        }
        if (caller.HomeUnit is { IsCell: true } home && Permissions.IsSecretaryOf(caller.Member, home.Id))
        {
            return CardReplies.Card(await screens.UnitListAsync(caller, home, cancellationToken));
        }
        if (caller.Member.Administers.Count > 0)
        {
            return CardReplies.Text(MeetingFormTexts.AdministratorNeedsCode);
        }
        return CardReplies.Card(await screens.MemberListAsync(caller, cancellationToken));
    }
}

/// <summary>"lịch" / "lịch sinh hoạt": the caller's upcoming meetings, and those of the units he or she follows.</summary>
public sealed class MyMeetingsCommand(MeetingScreens screens) : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.Turn.SendActivityAsync(CardReplies.Card(await screens.MemberListAsync(context.Member, cancellationToken)), cancellationToken);
}
