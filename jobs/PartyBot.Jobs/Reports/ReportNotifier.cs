using Microsoft.Extensions.Options;
using PartyBot.Cards.Reports;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Reports;

/// <summary>
/// The desk's messages, through the outbox (never on the invoke's path): a submission's review card to each member of
/// the office of the unit, and a returned report to the unit's secretary. Keys carry the round, so a retried click adds
/// nothing and the next round's messages are new.
/// </summary>
public sealed class ReportNotifier(OrganizationStore organization, MemberOutbox outbox, IOptions<ReportOptions> options)
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
        return queued;
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
