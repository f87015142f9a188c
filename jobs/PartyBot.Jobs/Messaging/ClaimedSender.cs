using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;

namespace PartyBot.Jobs.Messaging;

/// <summary>What one "send once" attempt did.</summary>
public enum SendOutcome
{
    /// <summary>Claimed before (by this or another host): nothing sent.</summary>
    AlreadyDone,
    Sent,
    NoAddress,
    Unreachable,

    /// <summary>The send threw: the claim was given back, so the next run tries again.</summary>
    Failed,

    /// <summary>Written to the outbox: the dispatcher delivers it.</summary>
    Queued,
}

/// <summary>Counts of a scanner run's 1:1 messages.</summary>
public sealed record DeliveryTally(int Sent, int NoAddress, int Unreachable, int Failed, int AlreadyDone, int Queued = 0)
{
    public static DeliveryTally Empty { get; } = new(0, 0, 0, 0, 0);

    public DeliveryTally Add(SendOutcome outcome) => outcome switch
    {
        SendOutcome.Sent => this with { Sent = Sent + 1 },
        SendOutcome.NoAddress => this with { NoAddress = NoAddress + 1 },
        SendOutcome.Unreachable => this with { Unreachable = Unreachable + 1 },
        SendOutcome.Failed => this with { Failed = Failed + 1 },
        SendOutcome.Queued => this with { Queued = Queued + 1 },
        _ => this with { AlreadyDone = AlreadyDone + 1 },
    };
}

/// <summary>
/// A 1:1 message sent at most once under a deterministic claim (<see cref="ClaimStore"/>), taken before sending.
/// A thrown failure gives the claim back (the next scan retries); "no address" and "unreachable" keep it, so such a
/// member is never retried. This is the send loop's boundary: a failure is logged here and the loop goes on.
/// Messages go one at a time; the connector client honours 429 Retry-After.
/// </summary>
public sealed partial class ClaimedSender(DirectMessenger messenger, ClaimStore claims, ILogger<ClaimedSender> logger)
{
    public async Task<SendOutcome> SendOnceAsync(string scope, string key, Member member, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!await claims.TryClaimAsync(scope, key, cancellationToken))
        {
            return SendOutcome.AlreadyDone;
        }
        try
        {
            return await messenger.SendAsync(member, activity, cancellationToken) switch
            {
                DeliveryResult.Sent => SendOutcome.Sent,
                DeliveryResult.NoAddress => SendOutcome.NoAddress,
                _ => SendOutcome.Unreachable,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await claims.ReleaseAsync(scope, key, CancellationToken.None);
            LogFailed(logger, ex, key, member.Id);
            return SendOutcome.Failed;
        }
        catch (OperationCanceledException)
        {
            await claims.ReleaseAsync(scope, key, CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending {Key} to member {MemberId} failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string key, string memberId);
}
