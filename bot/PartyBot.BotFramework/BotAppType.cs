namespace PartyBot.BotFramework;

/// <summary>Values of <c>MicrosoftAppType</c>, as in the Bot Framework configuration.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
