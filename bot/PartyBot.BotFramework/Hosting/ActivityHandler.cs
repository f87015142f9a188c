using PartyBot.BotFramework.Schema;

namespace PartyBot.BotFramework.Hosting;

/// <summary>
/// The host's turn handler: one virtual method per activity type, as in Bot Builder's ActivityHandler.
/// Types the bot does not handle are acknowledged with 200 and ignored.
/// </summary>
public abstract class ActivityHandler
{
    /// <summary>Dispatches by type. Returns the invoke response for an invoke, otherwise null (HTTP 200, empty body).</summary>
    public virtual async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeActivityAsync(turn, cancellationToken);
            default:
                return null;
        }
    }

    protected virtual Task OnMessageActivityAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Default: 501 for an invoke nobody handles, as the Bot Framework SDK answers.</summary>
    protected virtual Task<InvokeResponse> OnInvokeActivityAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(501, null));
}
