using Microsoft.Extensions.Options;
using PartyBot.Cards.Reports;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Core.Reports;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Reports;

/// <summary>
/// The desk's messages, through the outbox (never on the invoke's path): a submission's review card to each member of
/// the office of the unit, and a returned report to the unit's secretary. Keys carry the round, so a retried click adds
/// nothing and the next round's messages are new. A submission also withdraws the ladder's messages of its round that are
/// still waiting in the outbox (a retry after a 429 or a 5xx, a dispatcher that was down), so none arrives after it.
/// </summary>
public sealed class ReportNotifier(OrganizationStore organization, MemberOutbox outbox, OutboxStore rows, IOptions<ReportOptions> options)
{
    public async Task<int> SubmittedAsync(ReportObligation report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var permissions = new Permissions(tree);
        var unitName = tree.Find(report.UnitId)?.Name ?? report.UnitId;
        var submitter = report.SubmittedBy is { } id ? (await organization.FindMemberAsync(id, cancellationToken))?.FullName : null;
        var card = ReportNoticeCards.Review(new ReportReviewView(unitName, report, submitter, options.Value.ReasonMaxLength));
        var queued = 0;
        foreach (var office in (await organization.AllMembersAsync(cancellationToken)).Where(m => permissions.Administers(m, report.UnitId)).OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            var sent = await outbox.EnqueueAsync(ReportKeys.Review(report, office.Id), ReportKeys.ReviewKind, office, ReportChaser.CardActivity(card), cancellationToken);
            queued += sent == Messaging.SendOutcome.Queued ? 1 : 0;
        }
        await WithdrawChaseAsync(report, cancellationToken);
        return queued;
    }

    /// <summary>
    /// Every key the ladder may have written for this round: the secretary's rungs up to how late the report came (the
    /// overdue rungs are multiples of the repeat), and the escalations recorded on the row. Returns how many were withdrawn.
    /// </summary>
    public async Task<int> WithdrawChaseAsync(ReportObligation report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var every = options.Value.RepeatEveryWorkingDays;
        var overdue = every > 0
            ? Enumerable.Range(1, (report.WorkingDaysLate / every) + 1).Select(n => ReportKeys.OverdueRung(n * every))
            : [];
        var keys = new[] { ReportKeys.BeforeRung, ReportKeys.DueRung }.Concat(overdue).Select(rung => ReportKeys.Reminder(report, rung))
            .Concat(report.ToldSoFar.Select(t => ReportKeys.Escalation(report, t.Rung, t.MemberId)))
            .Distinct(StringComparer.Ordinal);
        var withdrawn = 0;
        foreach (var key in keys)
        {
            withdrawn += await rows.TryWithdrawAsync(key, "the report was submitted", cancellationToken) ? 1 : 0;
        }
        return withdrawn;
    }

    public async Task<Messaging.SendOutcome> ReturnedAsync(ReportObligation report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (await organization.SecretaryOfAsync(report.UnitId, cancellationToken) is not { } secretary)
        {
            return Messaging.SendOutcome.NoAddress;
        }
        var unitName = (await organization.FindUnitAsync(report.UnitId, cancellationToken))?.Name ?? report.UnitId;
        var card = ReportNoticeCards.Returned(new ReportReturnedView(unitName, report, options.Value.LinkMaxLength));
        return await outbox.EnqueueAsync(ReportKeys.Returned(report), ReportKeys.ReturnedKind, secretary, ReportChaser.CardActivity(card), cancellationToken);
    }
}
