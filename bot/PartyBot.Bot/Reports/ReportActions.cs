using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Reports;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;
using PartyBot.Jobs.Reports;

namespace PartyBot.Bot.Reports;

/// <summary>
/// "Gửi" under "Nộp báo cáo" (report.submit; data unitId, reportId; input reportLink), on the list or a reminder: the
/// answer is the unit's list with what happened on top; a caller who is not the unit's secretary gets an error answer and
/// nothing changes. The office is sent the review card through the outbox.
/// </summary>
public sealed class SubmitReportAction(ReportDesk desk, ReportNotifier notifier, ReportScreens screens) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var unitId = CardData.Trimmed(context.Data, ReportVerbs.UnitIdKey) ?? "";
        var outcome = await desk.SubmitAsync(
            caller.Member, caller.Tree, unitId, CardData.Trimmed(context.Data, ReportVerbs.ReportIdKey) ?? "", CardData.Trimmed(context.Data, ReportVerbs.LinkInput) ?? "", cancellationToken);
        if (outcome.Answer is ReportAnswer.UnknownUnit or ReportAnswer.Denied || caller.Tree.Find(unitId) is not { } unit)
        {
            return AdaptiveCardInvokeResponse.Error(outcome.Answer == ReportAnswer.UnknownUnit ? 404 : 403, "Report" + outcome.Answer, outcome.Message);
        }
        if (outcome is { IsDone: true, Report: { } report })
        {
            await notifier.SubmittedAsync(report, cancellationToken);
        }
        var view = await screens.ListAsync(caller, unit, cancellationToken, outcome.Message, noticeIsError: !outcome.IsDone);
        return AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(ReportListCard.Build(view)));
    }
}

/// <summary>"Nhận báo cáo" (report.accept) and "Trả lại" (report.return; input returnReason) on the office's review card.</summary>
public abstract class ReviewReportAction(ReportDesk desk, ReportStore reports, OrganizationStore organization) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var unitId = CardData.Trimmed(context.Data, ReportVerbs.UnitIdKey) ?? "";
        var reportId = CardData.Trimmed(context.Data, ReportVerbs.ReportIdKey) ?? "";
        var outcome = await ReviewAsync(desk, context, unitId, reportId, cancellationToken);
        if (outcome.Answer is ReportAnswer.UnknownUnit or ReportAnswer.Denied or ReportAnswer.UnknownReport)
        {
            return AdaptiveCardInvokeResponse.Error(outcome.Answer == ReportAnswer.Denied ? 403 : 404, "Report" + outcome.Answer, outcome.Message);
        }
        var report = outcome.Report ?? (await reports.GetAsync(unitId, reportId, cancellationToken))!;
        await AfterAsync(outcome, cancellationToken);
        var unitName = caller.Tree.Find(unitId)?.Name ?? unitId;
        var submitter = report.SubmittedBy is { } by ? (await organization.FindMemberAsync(by, cancellationToken))?.FullName : null;
        var view = new ReportReviewView(unitName, report, submitter, desk.Options.ReasonMaxLength, outcome.Message, NoticeIsError: !outcome.IsDone);
        return AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(ReportNoticeCards.Review(view)));
    }

    protected abstract Task<ReportOutcome> ReviewAsync(ReportDesk desk, CardActionContext context, string unitId, string reportId, CancellationToken cancellationToken);

    protected virtual Task AfterAsync(ReportOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class AcceptReportAction(ReportDesk desk, ReportStore reports, OrganizationStore organization) : ReviewReportAction(desk, reports, organization)
{
    protected override Task<ReportOutcome> ReviewAsync(ReportDesk desk, CardActionContext context, string unitId, string reportId, CancellationToken cancellationToken) =>
        desk.AcceptAsync(context.Member.Member, context.Member.Tree, unitId, reportId, cancellationToken);
}

public sealed class ReturnReportAction(ReportDesk desk, ReportStore reports, OrganizationStore organization, ReportNotifier notifier) : ReviewReportAction(desk, reports, organization)
{
    protected override Task<ReportOutcome> ReviewAsync(ReportDesk desk, CardActionContext context, string unitId, string reportId, CancellationToken cancellationToken) =>
        desk.ReturnAsync(context.Member.Member, context.Member.Tree, unitId, reportId, CardData.Text(context.Data, ReportVerbs.ReasonInput) ?? "", cancellationToken);

    protected override async Task AfterAsync(ReportOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome is { IsDone: true, Report: { } report })
        {
            await notifier.ReturnedAsync(report, cancellationToken);
        }
    }
}
