using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Organization;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>
/// "thành viên [mã]": a secretary sees the chi bộ's members with their status; an administrator sees the
/// tree he or she administers with counts, or one unit's members by its code. Nobody else sees member lists.
/// </summary>
public sealed class MembersCommand(OrganizationStore store, TimeProvider time) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.ReplyAsync(await AnswerAsync(context.Member, context.Arguments.Trim(), cancellationToken), cancellationToken);

    private async Task<CommandReply> AnswerAsync(Caller caller, string code, CancellationToken cancellationToken)
    {
        var member = caller.Member;
        if (code.Length > 0)
        {
            return caller.Tree.Find(code) is { } unit && caller.Permissions.CanManage(member, unit.Id)
                ? await MemberListAsync(caller, unit, cancellationToken)
                : CommandReply.Refusal(OrganizationTexts.UnitOutsideRights(code));
        }
        if (member.Administers.Count > 0)
        {
            return await TreeAsync(caller, cancellationToken);
        }
        if (caller.HomeUnit is { } home && Permissions.IsSecretaryOf(member, home.Id))
        {
            return await MemberListAsync(caller, home, cancellationToken);
        }
        return CommandReply.Refusal(OrganizationTexts.MembersDenied);
    }

    private async Task<Activity> MemberListAsync(Caller caller, Unit unit, CancellationToken cancellationToken)
    {
        var members = (await MembersByUnitAsync(caller.Tree.Subtree(unit.Id), cancellationToken)).Values.SelectMany(m => m).ToList();
        var today = Today();
        var view = new MemberListView(unit, caller.Tree.PathOf(unit.Id), UnitCounts.Of(members, today), members, today);
        return CardReplies.Card(MemberListCard.Build(view));
    }

    private async Task<Activity> TreeAsync(Caller caller, CancellationToken cancellationToken)
    {
        var (tree, administered) = (caller.Tree, caller.Member.Administers);
        var roots = administered
            .Where(id => tree.Find(id) is not null && !administered.Any(other => other != id && tree.IsWithin(id, other)))
            .Select(id => tree.Find(id)!)
            .ToList();
        var membersByUnit = await MembersByUnitAsync(roots.SelectMany(r => tree.Subtree(r.Id)), cancellationToken);
        var today = Today();
        var rows = new List<UnitTreeRow>();
        foreach (var root in roots)
        {
            AddRows(tree, root, 0);
        }
        return CardReplies.Card(UnitTreeCard.Build(new UnitTreeView(rows, today)));

        void AddRows(OrganizationTree tree, Unit unit, int depth)
        {
            var below = tree.Subtree(unit.Id).SelectMany(u => membersByUnit.GetValueOrDefault(u.Id) ?? []);
            rows.Add(new UnitTreeRow(unit, depth, UnitCounts.Of(below, today)));
            foreach (var child in tree.ChildrenOf(unit.Id))
            {
                AddRows(tree, child, depth + 1);
            }
        }
    }

    /// <summary>One partition query per unit, a few at a time.</summary>
    private async Task<Dictionary<string, IReadOnlyList<Member>>> MembersByUnitAsync(IEnumerable<Unit> units, CancellationToken cancellationToken)
    {
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Member>>(StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(units.DistinctBy(u => u.Id), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (unit, ct) => result[unit.Id] = await store.MembersOfAsync(unit.Id, ct));
        return new Dictionary<string, IReadOnlyList<Member>>(result, StringComparer.OrdinalIgnoreCase);
    }

    private DateOnly Today() => DateOnly.FromDateTime(VietnamTime.Now(time).DateTime);
}
