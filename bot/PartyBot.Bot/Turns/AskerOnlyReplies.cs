using PartyBot.Bot.Commands;
using PartyBot.Bot.Conversations;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;
using PartyBot.Jobs.Messaging;

namespace PartyBot.Bot.Turns;

/// <summary>
/// Sends a command's answer: in the turn's conversation, except an answer for the asker alone typed in a group chat
/// or a channel, which goes 1:1 to the asker (through <see cref="DirectMessenger"/>) while the group sees nothing.
/// </summary>
public sealed partial class AskerOnlyReplies(DirectMessenger messenger, ILogger<AskerOnlyReplies> logger)
{
    public async Task SendAsync(TurnContext turn, CommandReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.AskerOnly || ConversationRecorder.ConversationTypeOf(turn.Activity) == ConversationTypes.Personal)
        {
            await turn.SendActivityAsync(reply.Activity, cancellationToken);
            return;
        }
        var result = turn.Activity.From?.EntraObjectId is { Length: > 0 } aad
            ? await messenger.SendToUserAsync(aad, reply.Activity, cancellationToken)
            : DeliveryResult.NoAddress;
        if (result != DeliveryResult.Sent)
        {
            LogNotDelivered(logger, result);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A refusal typed in a group conversation could not be sent 1:1 ({Result}); the group was told nothing")]
    private static partial void LogNotDelivered(ILogger logger, DeliveryResult result);
}
