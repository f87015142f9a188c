using System.Security.Cryptography;
using System.Text;
using PartyBot.Bot.Commands;
using PartyBot.Bot.Conversations;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Bot.Turns;

/// <summary>
/// Sends a command's answer: in the turn's conversation, except an answer for the asker alone typed in a group chat
/// or a channel, which goes 1:1 to the asker through the outbox (<see cref="MemberOutbox"/>) while the group sees
/// nothing. Its key comes from the inbound activity (<see cref="KeyOf"/>), so a redelivered activity handled again
/// writes the same row and the asker gets the answer once. Scoped: one per turn.
/// </summary>
public sealed partial class AskerOnlyReplies(MemberOutbox outbox, ILogger<AskerOnlyReplies> logger)
{
    public const string Kind = "asker-only";

    /// <summary>This turn's asker-only answers so far: the n-th one has its own key.</summary>
    private int _sentInTurn;

    /// <summary>"asker-only/{hash of the conversation}/{activity id}/{n}": the n-th asker-only answer to that activity.</summary>
    public static string KeyOf(Activity activity, int index)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(activity.Conversation?.Id ?? "")))[..16];
        var id = activity.Id is { Length: > 0 and <= 128 } activityId ? activityId : Guid.NewGuid().ToString("N"); // no id: nothing to dedupe by
        return FormattableString.Invariant($"{Kind}/{conversation}/{id}/{index}");
    }

    public async Task SendAsync(TurnContext turn, CommandReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.AskerOnly || ConversationRecorder.ConversationTypeOf(turn.Activity) == ConversationTypes.Personal)
        {
            await turn.SendActivityAsync(reply.Activity, cancellationToken);
            return;
        }
        var key = KeyOf(turn.Activity, _sentInTurn++);
        var outcome = turn.Activity.From?.EntraObjectId is { Length: > 0 } aad
            ? await outbox.EnqueueToUserAsync(key, Kind, aad, reply.Activity, cancellationToken)
            : SendOutcome.NoAddress;
        if (outcome is not (SendOutcome.Queued or SendOutcome.AlreadyDone))
        {
            LogNotDelivered(logger, key, outcome);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A refusal typed in a group conversation was not queued 1:1 ({Key}: {Outcome}); the group was told nothing")]
    private static partial void LogNotDelivered(ILogger logger, string key, SendOutcome outcome);
}
