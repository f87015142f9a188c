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
/// deterministic key, so a second enqueue of the key (a rerun, a restart, another host) adds nothing. A member the
/// dispatcher found unreachable is skipped until his or her next activity (<see cref="UnreachableRecipients"/>).
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
    /// is <see cref="SendOutcome.NoAddress"/>; a member marked unreachable (<see cref="UserAddress.Unreachable"/>) is
    /// <see cref="SendOutcome.Unreachable"/> and nothing is written, until he or she writes to the bot again (so a blocked
    /// user is never hammered); a storage failure is logged and <see cref="SendOutcome.Failed"/> (the next run enqueues).
    /// </summary>
    public Task<SendOutcome> EnqueueAsync(string key, string kind, Member member, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return EnqueueAsync(key, kind, member.AadObjectId, member.Id, activity, cancellationToken);
    }

    /// <summary>As <see cref="EnqueueAsync(string, string, Member, Activity, CancellationToken)"/>, to a Teams user by Entra object id, member or not (e.g. the sender of the turn in hand).</summary>
    public Task<SendOutcome> EnqueueToUserAsync(string key, string kind, string aadObjectId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(aadObjectId);
        return EnqueueAsync(key, kind, aadObjectId, "(by Entra id)", activity, cancellationToken);
    }

    private async Task<SendOutcome> EnqueueAsync(string key, string kind, string? aadObjectId, string logId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            if (aadObjectId is not { Length: > 0 } aad || await conversations.FindUserAsync(aad, cancellationToken) is not { } address)
            {
                LogNoAddress(logger, kind, logId);
                return SendOutcome.NoAddress;
            }
            if (address.Unreachable is not null)
            {
                LogSkippedUnreachable(logger, kind, key, logId);
                return SendOutcome.Unreachable;
            }
            var message = new OutboxMessage(key, kind, TargetOf(address), JsonSerializer.Serialize(activity, BotJson.Options), time.GetUtcNow());
            var (entry, added) = await outbox.TryEnqueueAsync(message, cancellationToken);
            return added ? SendOutcome.Queued : entry.Status == OutboxStatus.Unreachable ? SendOutcome.Unreachable : SendOutcome.AlreadyDone;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, kind, key, logId);
            return SendOutcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No 1:1 address for member {MemberId} ({Kind}): he or she never wrote to the bot")]
    private static partial void LogNoAddress(ILogger logger, string kind, string memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not enqueued {Kind} {Key} for member {MemberId}: marked unreachable until he or she writes to the bot")]
    private static partial void LogSkippedUnreachable(ILogger logger, string kind, string key, string memberId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Enqueuing {Kind} {Key} for member {MemberId} failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string kind, string key, string memberId);
}
