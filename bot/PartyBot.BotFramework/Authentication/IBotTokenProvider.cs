namespace PartyBot.BotFramework.Authentication;

/// <summary>The bearer token for calls to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>A token for the Bot Connector, or null when the bot has no app id (local development: no header).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
