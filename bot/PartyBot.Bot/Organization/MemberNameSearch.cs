using System.Collections.Concurrent;
using PartyBot.Bot.Commands;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>
/// Members by full name (case and diacritics ignored: "le thi hoa" finds Lê Thị Hoa), among those the caller may
/// see: the caller, and the members of every unit the caller may oversee (<see cref="Permissions.CanOversee"/>).
/// One query per such unit's partition, a few at a time.
/// </summary>
public sealed class MemberNameSearch(OrganizationStore store)
{
    private const int Parallelism = 8;

    public async Task<IReadOnlyList<Member>> FindAsync(Caller caller, string fullName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var wanted = TextNormalizer.ForMatching(fullName);
        if (wanted.Length == 0)
        {
            return [];
        }
        var self = caller.Member;
        var units = self.Administers.Concat(self.Follows).Append(self.UnitId)
            .Where(root => caller.Tree.Find(root) is not null)
            .SelectMany(caller.Tree.Subtree)
            .DistinctBy(unit => unit.Id, StringComparer.OrdinalIgnoreCase)
            .Where(unit => caller.Permissions.CanOversee(self, unit.Id));
        var found = new ConcurrentBag<Member>();
        await Parallel.ForEachAsync(units, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (unit, ct) =>
            {
                foreach (var member in await store.MembersOfAsync(unit.Id, ct))
                {
                    if (TextNormalizer.ForMatching(member.FullName) == wanted)
                    {
                        found.Add(member);
                    }
                }
            });
        if (TextNormalizer.ForMatching(self.FullName) == wanted)
        {
            found.Add(self);
        }
        return [.. found.DistinctBy(m => m.Id, StringComparer.OrdinalIgnoreCase).OrderBy(m => m.Id, StringComparer.Ordinal)];
    }
}
