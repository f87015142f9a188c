using PartyBot.Core.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>The member behind a turn, with the tree and the permission rules to check his or her rights.</summary>
public sealed record Caller(Member Member, OrganizationTree Tree)
{
    public Permissions Permissions { get; } = new(Tree);

    public Unit? HomeUnit => Tree.Find(Member.UnitId);
}
