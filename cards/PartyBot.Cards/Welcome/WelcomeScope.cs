namespace PartyBot.Cards.Welcome;

/// <summary>Where PartyBot was installed: the first steps differ.</summary>
public enum WelcomeScope
{
    Personal,
    GroupChat,
    TeamChannel,
}
