using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;

namespace PartyBot.Cards.Organization;

/// <summary>What "tôi là ai" / "hồ sơ" shows: the caller's own record.</summary>
public sealed record ProfileView(
    Member Member,
    string UnitPath,
    IReadOnlyList<string> FollowedUnitNames,
    IReadOnlyList<string> AdministeredUnitNames,
    bool TeamsLinked);

/// <summary>The confirmation after "liên kết chi bộ &lt;mã&gt;".</summary>
public sealed record CellLinkedView(Unit Unit, string UnitPath, string LinkedBy, UnitCounts Counts);

/// <summary>A chi bộ's members with their status, for its secretary (or an administrator); <paramref name="Page"/> 0-based, clamped by the card.</summary>
/// <param name="Unreachable">By member id: those of the page whom PartyBot cannot write to 1:1, since when and why.</param>
public sealed record MemberListView(
    Unit Unit,
    string UnitPath,
    UnitCounts Counts,
    IReadOnlyList<Member> Members,
    DateOnly AsOf,
    int Page = 0,
    IReadOnlyDictionary<string, Unreachability>? Unreachable = null);

/// <summary>
/// One line of the administrator's tree: a unit at its depth (rows in tree order, parents before children),
/// with the counts of the members of its whole subtree (a chi bộ's include its tổ đảng).
/// </summary>
public sealed record UnitTreeRow(Unit Unit, int Depth, UnitCounts Counts);

/// <summary>The unit tree an administrator oversees, with counts; <paramref name="Page"/> 0-based, clamped by the card.</summary>
public sealed record UnitTreeView(IReadOnlyList<UnitTreeRow> Rows, DateOnly AsOf, int Page = 0);
