using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Common;

namespace PartyBot.Cards.Welcome;

/// <summary>The card PartyBot posts once when it is installed in a chat, a group chat or a team.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(WelcomeScope scope)
    {
        var channel = scope == WelcomeScope.TeamChannel;
        var mention = scope != WelcomeScope.Personal; // in a group chat, as in a channel, the bot hears only an @mention
        var steps = scope switch
        {
            WelcomeScope.Personal => WelcomeTexts.PersonalSteps,
            WelcomeScope.GroupChat => WelcomeTexts.GroupChatSteps,
            WelcomeScope.TeamChannel => WelcomeTexts.TeamChannelSteps,
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
        };
        return new AdaptiveCard
        {
            FallbackText = channel ? WelcomeTexts.ChannelFallback : WelcomeTexts.ChatFallback,
            Body =
            [
                new Container
                {
                    Style = ContainerStyle.Emphasis,
                    Bleed = true,
                    Items =
                    [
                        CardParts.Heading(WelcomeTexts.Title),
                        new TextBlock { Text = WelcomeTexts.Tagline, IsSubtle = true, Spacing = Spacing.None },
                    ],
                },
                CardParts.Paragraph(WelcomeTexts.Intro, spacing: Spacing.Medium),
                .. WelcomeTexts.Features.Select(feature => CardParts.Item("•", feature)),
                new TextBlock
                {
                    Text = WelcomeTexts.FirstStepsHeading, Weight = TextWeight.Bolder, Size = TextSize.Medium,
                    Spacing = Spacing.Large, Separator = true,
                },
                .. steps.Select((step, index) => CardParts.Item($"{index + 1}.", step)),
                CardParts.Paragraph(mention ? WelcomeTexts.ChannelHint : WelcomeTexts.ChatHint, subtle: true, spacing: Spacing.Medium),
            ],
            Actions = [new ExecuteAction { Title = WelcomeTexts.HelpButton, Verb = CardVerbs.Help, Style = ActionStyle.Positive }],
        };
    }
}
