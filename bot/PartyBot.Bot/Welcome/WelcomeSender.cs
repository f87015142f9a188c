using PartyBot.Bot.Conversations;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Welcome;
using PartyBot.Core.Storage;

namespace PartyBot.Bot.Welcome;

/// <summary>
/// Posts the welcome card once per conversation when the bot is installed. Teams announces an install both
/// as conversationUpdate and installationUpdate: the claim keeps it to one card; uninstalling forgets it.
/// </summary>
public sealed class WelcomeSender(ClaimStore claims)
{
    private const string Scope = "welcome";

    public async Task SendOnceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = KeyOf(turn.Activity);
        if (key is null || !await claims.TryClaimAsync(Scope, key, cancellationToken))
        {
            return;
        }
        try
        {
            await turn.SendActivityAsync(CardReplies.Card(WelcomeCard.Build(ScopeOf(turn.Activity))), cancellationToken);
        }
        catch
        {
            await claims.ReleaseAsync(Scope, key, CancellationToken.None);
            throw;
        }
    }

    public async Task ForgetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (KeyOf(turn.Activity) is { } key)
        {
            await claims.ReleaseAsync(Scope, key, cancellationToken);
        }
    }

    private static string? KeyOf(Activity activity) =>
        activity.Conversation?.Id is { } id ? ConversationRecorder.ThreadRoot(id) : null;

    private static WelcomeScope ScopeOf(Activity activity) => ConversationRecorder.ConversationTypeOf(activity) switch
    {
        ConversationTypes.Channel => WelcomeScope.TeamChannel,
        ConversationTypes.GroupChat => WelcomeScope.GroupChat,
        _ => WelcomeScope.Personal,
    };
}
