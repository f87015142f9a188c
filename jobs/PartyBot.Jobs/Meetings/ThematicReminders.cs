using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Meetings;

/// <summary>
/// Chi bộ without a thematic session this quarter (<see cref="ThematicCheck"/>): the secretary (or a deputy when
/// there is no secretary) is reminded, and near the quarter's end the committee member following the unit is told;
/// each once, through the outbox under the item's key.
/// </summary>
public sealed partial class ThematicReminders(
    ThematicCheck check,
    OrganizationStore organization,
    MemberOutbox outbox,
    TimeProvider time,
    ILogger<ThematicReminders> logger)
{
    public const string SecretaryKind = "thematic-secretary";

    public const string FollowerKind = "thematic-follower";

    public async Task<DeliveryTally> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(VietnamTime.Now(time).DateTime);
        var due = await check.FindDueAsync(today, cancellationToken);
        if (due.Count == 0)
        {
            return DeliveryTally.Empty;
        }
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var tally = DeliveryTally.Empty;
        foreach (var item in due)
        {
            var unitName = tree.Find(item.UnitId)?.Name ?? item.UnitId;
            var (recipient, text) = item.Kind switch
            {
                ThematicDueKind.RemindSecretary => (
                    await organization.SecretaryOfAsync(item.UnitId, cancellationToken),
                    PlanningTexts.ThematicSecretaryReminder(unitName, item.Year, item.Quarter)),
                _ => (
                    item.MemberId is null ? null : await organization.FindMemberAsync(item.MemberId, cancellationToken),
                    PlanningTexts.ThematicFollowerWarning(unitName, item.Year, item.Quarter, item.QuarterEnds)),
            };
            if (recipient is null)
            {
                LogNoRecipient(logger, item.ClaimKey);
                continue;
            }
            var kind = item.Kind == ThematicDueKind.RemindSecretary ? SecretaryKind : FollowerKind;
            tally = tally.Add(await outbox.EnqueueAsync(item.ClaimKey, kind, recipient, Activity.CreateMessage(text), cancellationToken));
        }
        LogRun(logger, tally.Queued, tally.NoAddress, tally.Unreachable, tally.Failed);
        return tally;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No one to tell for {Key}: the chi bộ has no secretary or deputy, or the member is gone")]
    private static partial void LogNoRecipient(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Thematic reminders: {Queued} queued, {NoAddress} without address, {Unreachable} unreachable, {Failed} failed")]
    private static partial void LogRun(ILogger logger, int queued, int noAddress, int unreachable, int failed);
}
