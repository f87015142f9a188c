using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;

namespace PartyBot.Jobs.Messaging;

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
