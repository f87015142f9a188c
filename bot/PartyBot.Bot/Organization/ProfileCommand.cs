using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.Cards.Organization;

namespace PartyBot.Bot.Organization;

/// <summary>"tôi là ai" / "hồ sơ": the caller's own record.</summary>
public sealed class ProfileCommand : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (member, tree) = (context.Member.Member, context.Member.Tree);
        var view = new ProfileView(
            member,
            tree.PathOf(member.UnitId),
            [.. member.Follows.Select(id => tree.Find(id)?.Name ?? id)],
            [.. member.Administers.Select(id => tree.Find(id)?.Name ?? id)],
            TeamsLinked: member.AadObjectId is not null);
        await context.Turn.SendActivityAsync(CardReplies.Card(ProfileCard.Build(view)), cancellationToken);
    }
}
