using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Organization;
using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>
/// The "thành viên" cards, for the command (page 1) and for their page buttons alike; who may see which is checked
/// here too (<see cref="MaySee"/>), so that a command and a button cannot disagree.
/// </summary>
public sealed class MemberScreens(OrganizationStore store, ConversationStore conversations, TimeProvider time)
{
    /// <summary>A unit's member list is for its secretary or deputy and for the offices administering it.</summary>
    public static bool MaySee(Caller caller, Unit unit) => caller.Permissions.CanManage(caller.Member, unit.Id);

    /// <summary>The tree is for a member who administers some unit.</summary>
    public static bool MaySeeTree(Caller caller) => caller.Member.Administers.Count > 0;

    public async Task<AdaptiveCard> MemberListAsync(Caller caller, Unit unit, int page, CancellationToken cancellationToken)
    {
        var members = (await MembersByUnitAsync(caller.Tree.Subtree(unit.Id), cancellationToken)).Values.SelectMany(m => m).ToList();
        var today = Today();
        var unreachable = await UnreachableAsync(MemberListCard.MembersOnPage(members, page), cancellationToken);
        return MemberListCard.Build(new MemberListView(unit, caller.Tree.PathOf(unit.Id), UnitCounts.Of(members, today), members, today, page, unreachable));
    }

    /// <summary>Those of the page PartyBot cannot write to 1:1: one point read per member shown (at most a page), a few at a time.</summary>
    private async Task<IReadOnlyDictionary<string, Unreachability>> UnreachableAsync(IReadOnlyList<Member> shown, CancellationToken cancellationToken)
    {
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, Unreachability>(StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(shown.Where(m => m.AadObjectId is { Length: > 0 }), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (member, ct) =>
            {
                if (await conversations.FindUserAsync(member.AadObjectId!, ct) is { Unreachable: { } spell })
                {
                    result[member.Id] = spell;
                }
            });
        return result;
    }

    public async Task<AdaptiveCard> TreeAsync(Caller caller, int page, CancellationToken cancellationToken)
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
        return UnitTreeCard.Build(new UnitTreeView(rows, today, page));

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
