using PartyBot.Bot.Commands;
using PartyBot.Bot.Conversations;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Organization;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>
/// "liên kết chi bộ &lt;mã&gt;" in a team channel or group chat: by the chi bộ's secretary or deputy, or an
/// administrator of its subtree, this conversation becomes the one where the chi bộ's cards go.
/// </summary>
public sealed class LinkCellCommand(OrganizationStore store, OrganizationDirectory directory, TimeProvider time) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var reply = await LinkAsync(context, cancellationToken);
        await context.ReplyAsync(reply, cancellationToken);
    }

    private async Task<CommandReply> LinkAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var activity = context.Turn.Activity;
        if (ConversationRecorder.ConversationTypeOf(activity) == ConversationTypes.Personal)
        {
            return CardReplies.Text(OrganizationTexts.LinkOnlyInGroup);
        }
        var code = context.Arguments.Trim();
        if (code.Length == 0 || code.Contains(' ', StringComparison.Ordinal))
        {
            return CardReplies.Text(OrganizationTexts.LinkUsage);
        }
        var (caller, tree) = (context.Member, context.Member.Tree);
        if (tree.Find(code) is not { } unit)
        {
            return CardReplies.Text(OrganizationTexts.UnknownUnit(code));
        }
        if (!unit.IsCell)
        {
            return CardReplies.Text(OrganizationTexts.NotACell(unit.Name));
        }
        if (!caller.Permissions.CanManage(caller.Member, unit.Id))
        {
            return CommandReply.Refusal(OrganizationTexts.LinkDenied(unit.Name));
        }
        var conversationId = ConversationRecorder.ThreadRoot(activity.Conversation!.Id!);
        if (tree.Units.FirstOrDefault(u => u.ConversationId == conversationId && u.Id != unit.Id) is { } other)
        {
            return CardReplies.Text(OrganizationTexts.LinkedElsewhere(other.Name));
        }
        await store.LinkConversationAsync(unit.Id, conversationId, cancellationToken);
        directory.Invalidate();
        var members = await store.MembersOfAsync(unit.Id, cancellationToken);
        var today = DateOnly.FromDateTime(VietnamTime.Now(time).DateTime);
        var view = new CellLinkedView(unit with { ConversationId = conversationId }, tree.PathOf(unit.Id), caller.Member.FullName, UnitCounts.Of(members, today));
        return CardReplies.Card(CellLinkedCard.Build(view));
    }
}
