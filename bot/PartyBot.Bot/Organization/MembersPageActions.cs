using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>
/// "Trang trước / Trang sau" on a member list (members.page; data unitId, page): the unit and the page are untrusted,
/// so the caller's right to see that unit is checked again as the command checks it; the card clamps the page.
/// </summary>
public sealed class MembersPageAction(MemberScreens screens) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        return CardData.Trimmed(context.Data, OrganizationVerbs.UnitIdKey) is { } unitId && caller.Tree.Find(unitId) is { } unit && MemberScreens.MaySee(caller, unit)
            ? Answer(await screens.MemberListAsync(caller, unit, CardData.Page(context.Data), cancellationToken))
            : AdaptiveCardInvokeResponse.Error(403, "NotAllowed", OrganizationTexts.MembersPageDenied);
    }

    internal static AdaptiveCardInvokeResponse Answer(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(card));
}

/// <summary>"Trang trước / Trang sau" on the tree an administrator oversees (units.page; data page).</summary>
public sealed class UnitTreePageAction(MemberScreens screens) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken) =>
        MemberScreens.MaySeeTree(context.Member)
            ? MembersPageAction.Answer(await screens.TreeAsync(context.Member, CardData.Page(context.Data), cancellationToken))
            : AdaptiveCardInvokeResponse.Error(403, "NotAllowed", OrganizationTexts.MembersDenied);
}
