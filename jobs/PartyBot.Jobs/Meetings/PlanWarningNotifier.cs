using System.Security.Cryptography;
using System.Text;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Meetings;

/// <summary>
/// Tells each chi bộ's secretary (or deputy) 1:1 about a planned date to check, once per meeting and text: a row in
/// the outbox under "plan-warning/{unit}/{meeting}/{hash of the text}" (the dispatcher delivers it). The planner gives
/// the warnings again each run, and a meeting moved again, or announced on a new day off, has a new text to tell.
/// </summary>
public sealed class PlanWarningNotifier(OrganizationStore organization, MemberOutbox outbox)
{
    public const string Kind = "plan-warning";

    public static string ClaimKey(PlanWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(warning.Text)))[..16];
        return $"{Kind}/{warning.UnitId}/{warning.MeetingId}/{hash}";
    }

    public async Task<DeliveryTally> NotifyAsync(IReadOnlyList<PlanWarning> warnings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var tally = DeliveryTally.Empty;
        foreach (var warning in warnings)
        {
            if (await organization.SecretaryOfAsync(warning.UnitId, cancellationToken) is not { } secretary)
            {
                continue;
            }
            var outcome = await outbox.EnqueueAsync(ClaimKey(warning), Kind, secretary, Activity.CreateMessage(warning.Text), cancellationToken);
            tally = tally.Add(outcome);
        }
        return tally;
    }
}
