using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.Cards.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>
/// "thành viên [mã]": a secretary sees the chi bộ's members with their status; an administrator sees the
/// tree he or she administers with counts, or one unit's members by its code. Nobody else sees member lists.
/// The first page; the card's buttons bring the others (<see cref="MembersPageAction"/>, <see cref="UnitTreePageAction"/>).
/// </summary>
public sealed class MembersCommand(MemberScreens screens) : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.ReplyAsync(await AnswerAsync(context.Member, context.Arguments.Trim(), cancellationToken), cancellationToken);

    private async Task<CommandReply> AnswerAsync(Caller caller, string code, CancellationToken cancellationToken)
    {
        if (code.Length > 0)
        {
            return caller.Tree.Find(code) is { } unit && MemberScreens.MaySee(caller, unit)
                ? CardReplies.Card(await screens.MemberListAsync(caller, unit, 0, cancellationToken))
                : CommandReply.Refusal(OrganizationTexts.UnitOutsideRights(code));
        }
        if (MemberScreens.MaySeeTree(caller))
        {
            return CardReplies.Card(await screens.TreeAsync(caller, 0, cancellationToken));
        }
        if (caller.HomeUnit is { } home && MemberScreens.MaySee(caller, home))
        {
            return CardReplies.Card(await screens.MemberListAsync(caller, home, 0, cancellationToken));
        }
        return CommandReply.Refusal(OrganizationTexts.MembersDenied);
    }
}
