using System.Text.Json;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// A 1:1 to a member through the outbox: the member's stored address becomes the row's target (the personal
/// conversation when known, else the user, bot and tenant, so the dispatcher creates the 1:1), under the caller's
/// deterministic key, so a second enqueue of the key (a rerun, a restart, another host) adds nothing.
/// </summary>
public sealed partial class MemberOutbox(OutboxStore outbox, ConversationStore conversations, TimeProvider time, ILogger<MemberOutbox> logger)
{
    public static OutboxTarget TargetOf(UserAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new OutboxTarget(address.ServiceUrl, address.PersonalConversationId, address.TenantId, address.UserId, address.BotId, address.AadObjectId);
    }

    /// <summary>
    /// <see cref="SendOutcome.Queued"/> when this call wrote the row; for a key already there <see cref="SendOutcome.Unreachable"/>
    /// if the dispatcher found the member unreachable, else <see cref="SendOutcome.AlreadyDone"/>. A member without an address
    /// is <see cref="SendOutcome.NoAddress"/>; a storage failure is logged and <see cref="SendOutcome.Failed"/> (the next run enqueues).
    /// </summary>
    public async Task<SendOutcome> EnqueueAsync(string key, string kind, Member member, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            if (member.AadObjectId is not { Length: > 0 } aad || await conversations.FindUserAsync(aad, cancellationToken) is not { } address)
            {
                LogNoAddress(logger, kind, member.Id);
                return SendOutcome.NoAddress;
            }
            var message = new OutboxMessage(key, kind, TargetOf(address), JsonSerializer.Serialize(activity, BotJson.Options), time.GetUtcNow());
            var (entry, added) = await outbox.TryEnqueueAsync(message, cancellationToken);
            return added ? SendOutcome.Queued : entry.Status == OutboxStatus.Unreachable ? SendOutcome.Unreachable : SendOutcome.AlreadyDone;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, kind, key, member.Id);
            return SendOutcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No 1:1 address for member {MemberId} ({Kind}): he or she never wrote to the bot")]
    private static partial void LogNoAddress(ILogger logger, string kind, string memberId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Enqueuing {Kind} {Key} for member {MemberId} failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string kind, string key, string memberId);
}
