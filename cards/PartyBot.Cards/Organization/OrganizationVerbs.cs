namespace PartyBot.Cards.Organization;

/// <summary>
/// The verbs of the organisation cards' Action.Execute buttons. Data carries the unit id (<see cref="UnitIdKey"/>) and
/// the page (<see cref="Common.CardPaging.PageKey"/>); the server re-checks the caller's right to see the unit.
/// </summary>
public static class OrganizationVerbs
{
    /// <summary>A page of a unit's member list ("thành viên [mã]"; data: unitId, page).</summary>
    public const string MembersPage = "members.page";

    /// <summary>A page of the tree an administrator oversees ("thành viên" of an office; data: page).</summary>
    public const string UnitsPage = "units.page";

    public const string UnitIdKey = "unitId";
}
