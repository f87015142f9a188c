using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;
using PartyBot.Core.Organization;
using static PartyBot.Cards.Common.CardLayout;

namespace PartyBot.Cards.Organization;

/// <summary>The "tôi là ai" / "hồ sơ" card: the caller's own record, then what he or she can type next.</summary>
public static class ProfileCard
{
    public static AdaptiveCard Build(ProfileView view)
    {
        var member = view.Member;
        return new AdaptiveCard
        {
            FallbackText = OrganizationTexts.ProfileFallback(member.FullName, view.UnitPath, StatusText(member)),
            Body =
            [
                Banner(OrganizationTexts.ProfileTitle, OrganizationTexts.ProfileSubtitle),
                .. Facts(view),
                new TextBlock { Text = OrganizationTexts.NextStepsHeading, Weight = TextWeight.Bolder, Spacing = Spacing.Large, Separator = true },
                .. NextSteps(member).Select(step => CardParts.Item("•", step)),
                CardParts.Paragraph(OrganizationTexts.ProfileFixHint, subtle: true, spacing: Spacing.Medium),
            ],
        };
    }

    private static IEnumerable<CardElement> Facts(ProfileView view)
    {
        var member = view.Member;
        yield return Fact(OrganizationTexts.ProfileName, member.FullName, strong: true, spacing: Spacing.Medium);
        yield return Fact(OrganizationTexts.ProfileUnit, view.UnitPath);
        yield return Fact(OrganizationTexts.ProfileUnitCode, member.UnitId);
        yield return Fact(OrganizationTexts.ProfileStatus, StatusText(member));
        if (member.Status == MemberStatus.Probationary && member.AdmittedOn is { } admitted)
        {
            yield return Fact(OrganizationTexts.ProfileAdmittedOn, OrganizationFormat.Date(admitted));
            yield return Fact(OrganizationTexts.ProfileProbationEnds, OrganizationFormat.Date(OrganizationFormat.ProbationEnd(member)!.Value));
        }
        yield return Fact(OrganizationTexts.ProfileRoles, OrganizationFormat.Roles(member) ?? OrganizationTexts.OrdinaryMember);
        if (view.FollowedUnitNames.Count > 0)
        {
            yield return Fact(OrganizationTexts.ProfileFollows, string.Join(OrganizationTexts.ListSeparator, view.FollowedUnitNames));
        }
        if (view.AdministeredUnitNames.Count > 0)
        {
            yield return Fact(OrganizationTexts.ProfileAdministers, string.Join(OrganizationTexts.ListSeparator, view.AdministeredUnitNames));
        }
        yield return Fact(
            OrganizationTexts.ProfileTeams,
            [view.TeamsLinked
                ? new TextRun { Text = OrganizationTexts.TeamsLinked, Color = TextColor.Good }
                : new TextRun { Text = OrganizationTexts.TeamsNotLinked, Color = TextColor.Attention }]);
        yield return Fact(OrganizationTexts.ProfileEmail, member.Email is { Length: > 0 } email ? email : OrganizationTexts.NoEmail);
    }

    /// <summary>The status line of the profile: a probationary member's dates have their own lines.</summary>
    private static string StatusText(Member member) =>
        member.Status == MemberStatus.Probationary ? OrganizationTexts.StatusName(member.Status) : OrganizationFormat.Status(member);

    /// <summary>Only commands that exist and that this member may use.</summary>
    private static IEnumerable<string> NextSteps(Member member)
    {
        yield return OrganizationTexts.NextHelp;
        var leader = OrganizationFormat.IsLeader(member);
        var administrator = member.Administers.Count > 0;
        if (administrator)
        {
            yield return OrganizationTexts.NextTree;
            yield return OrganizationTexts.NextMembersOfUnit;
        }
        else if (leader)
        {
            yield return OrganizationTexts.NextMembersOfCell;
        }
        if (leader)
        {
            yield return OrganizationTexts.NextLinkOwnCell(member.UnitId);
        }
        else if (administrator)
        {
            yield return OrganizationTexts.NextLinkGeneric;
        }
    }
}
