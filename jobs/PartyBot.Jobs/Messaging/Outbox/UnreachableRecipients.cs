using System.Globalization;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Organization;
using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Meetings;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// A 1:1 the dispatcher finished as unreachable (403 blocked / not in roster, 404): the recipient's address is marked
/// unreachable with the reason and time (<see cref="ConversationStore.MarkUnreachableAsync"/>), so
/// <see cref="MemberOutbox"/> writes him or her no more 1:1s until his or her next activity clears it; and the chi bộ's
/// secretary (or deputy) is told 1:1, once per member and unreachable spell ("unreachable/{unit}/{member}/{since}").
/// Idempotent: told twice, or by two hosts for two rows, it finds the spell already marked and the same key.
/// </summary>
public sealed partial class UnreachableRecipients(
    ConversationStore conversations,
    OrganizationStore organization,
    MemberOutbox outbox,
    TimeProvider time,
    ILogger<UnreachableRecipients> logger) : IOutboxObserver
{
    public const string Kind = "unreachable";

    public static string NoticeKey(Member member, Unreachability spell)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(spell);
        var since = spell.Since.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff'Z'", CultureInfo.InvariantCulture);
        return $"{Kind}/{member.UnitId}/{member.Id}/{since}";
    }

    /// <summary>The reason in the connector's answer as the dispatcher stored it ("403 ConversationBlockedByUser", "404 …").</summary>
    public static UnreachableReason ReasonOf(string? lastAnswer) => lastAnswer switch
    {
        not null when lastAnswer.Contains("ConversationBlockedByUser", StringComparison.Ordinal) => UnreachableReason.Blocked,
        not null when lastAnswer.Contains("BotNotInConversationRoster", StringComparison.Ordinal) => UnreachableReason.NotInRoster,
        _ => UnreachableReason.ConversationGone,
    };

    public async Task OnFinishedAsync(OutboxEntry entry, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Only a 1:1 names its recipient; a group chat's 404 is not about one member.
        if (entry.Status != OutboxStatus.Unreachable || entry.Message.Target.AadObjectId is not { Length: > 0 } aad)
        {
            return;
        }
        var reason = ReasonOf(entry.LastAnswer);
        if (await conversations.MarkUnreachableAsync(aad, reason, entry.CompletedAt ?? time.GetUtcNow(), cancellationToken) is not ({ } spell, var started))
        {
            return;
        }
        if (started)
        {
            LogMarked(logger, entry.Message.Kind, entry.Message.Key, reason);
        }
        if (await organization.FindByAadObjectIdAsync(aad, cancellationToken) is not { } member)
        {
            return; // not a member (e.g. a stranger's refusal): nobody's secretary to tell
        }
        if (await organization.SecretaryOfAsync(member.UnitId, member.Id, cancellationToken) is not { } secretary)
        {
            LogNoSecretary(logger, member.Id, member.UnitId);
            return;
        }
        var text = ReachabilityTexts.SecretaryNotice(member.FullName, member.Id, spell);
        await outbox.EnqueueAsync(NoticeKey(member, spell), Kind, secretary, Activity.CreateMessage(text), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Kind} {Key}: the recipient is marked unreachable ({Reason}) until his or her next activity")]
    private static partial void LogMarked(ILogger logger, string kind, string key, UnreachableReason reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {MemberId} is unreachable, and unit {UnitId} has no secretary or deputy to tell")]
    private static partial void LogNoSecretary(ILogger logger, string memberId, string unitId);
}
