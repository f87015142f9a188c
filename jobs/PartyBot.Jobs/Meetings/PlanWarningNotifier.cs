using PartyBot.BotFramework.Schema;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Messaging;

namespace PartyBot.Jobs.Meetings;

/// <summary>Tells each chi bộ's secretary (or deputy) 1:1 about a planned date to check, once per meeting ("plan-warning/{unit}/{meeting}").</summary>
public sealed class PlanWarningNotifier(OrganizationStore organization, ClaimedSender sender)
{
    public static string ClaimKey(PlanWarning warning) => $"plan-warning/{warning.UnitId}/{warning.MeetingId}";

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
            var outcome = await sender.SendOnceAsync(ThematicCheck.ClaimScope, ClaimKey(warning), secretary, Activity.CreateMessage(warning.Text), cancellationToken);
            tally = tally.Add(outcome);
        }
        return tally;
    }
}
