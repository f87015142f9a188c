using PartyBot.Bot.Commands;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.Cards.Reports;
using PartyBot.Core;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;
using PartyBot.Jobs.Reports;

namespace PartyBot.Bot.Reports;

/// <summary>"báo cáo [mã đơn vị]": the unit's reports (the caller's chi bộ by default), with the submit form for its secretary.</summary>
public sealed class ReportListCommand(ReportScreens screens) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var typed = context.Arguments.Trim();
        var unitId = typed.Length > 0 ? typed : caller.Member.UnitId;
        if (caller.Tree.Find(unitId) is not { } unit)
        {
            await context.ReplyAsync(CommandReply.Refusal(ReportTexts.UnknownUnit(TypedText.Echo(typed))), cancellationToken);
            return;
        }
        if (!caller.Permissions.CanOversee(caller.Member, unit.Id))
        {
            await context.ReplyAsync(CommandReply.Refusal(ReportTexts.NotAUnitLeader), cancellationToken);
            return;
        }
        await context.ReplyAsync(CardReplies.Card(ReportListCard.Build(await screens.ListAsync(caller, unit, cancellationToken))), cancellationToken);
    }
}

/// <summary>"nộp báo cáo [mã đơn vị] mã-báo-cáo https://…": the secretary's submission; the office is sent the review card.</summary>
public sealed class SubmitReportCommand(ReportDesk desk, ReportNotifier notifier) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var words = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (unitId, reportId, link) = words.Length switch
        {
            2 => (caller.Member.UnitId, words[0], words[1]),
            3 => (words[0], words[1], words[2]),
            _ => (caller.Member.UnitId, words.FirstOrDefault() ?? "", ""),
        };
        var outcome = await desk.SubmitAsync(caller.Member, caller.Tree, unitId, reportId, link, cancellationToken);
        if (outcome is { IsDone: true, Report: { } report })
        {
            await notifier.SubmittedAsync(report, cancellationToken);
        }
        await context.ReplyAsync(outcome.IsDone ? CardReplies.Text(outcome.Message) : CommandReply.Refusal(outcome.Message), cancellationToken);
    }
}

/// <summary>"nhận báo cáo mã-đơn-vị mã-báo-cáo": the office accepts a submitted report.</summary>
public sealed class AcceptReportCommand(ReportDesk desk) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var words = context.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var outcome = await desk.AcceptAsync(caller.Member, caller.Tree, words.ElementAtOrDefault(0) ?? "", words.ElementAtOrDefault(1)?.Trim() ?? "", cancellationToken);
        await context.ReplyAsync(outcome.IsDone ? CardReplies.Text(outcome.Message) : CommandReply.Refusal(outcome.Message), cancellationToken);
    }
}

/// <summary>"trả lại báo cáo mã-đơn-vị mã-báo-cáo lý do": the office returns a submitted report; the secretary is told.</summary>
public sealed class ReturnReportCommand(ReportDesk desk, ReportNotifier notifier) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var words = context.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var outcome = await desk.ReturnAsync(
            caller.Member, caller.Tree, words.ElementAtOrDefault(0) ?? "", words.ElementAtOrDefault(1) ?? "", words.ElementAtOrDefault(2) ?? "", cancellationToken);
        if (outcome is { IsDone: true, Report: { } report })
        {
            await notifier.ReturnedAsync(report, cancellationToken);
        }
        await context.ReplyAsync(outcome.IsDone ? CardReplies.Text(outcome.Message) : CommandReply.Refusal(outcome.Message), cancellationToken);
    }
}

/// <summary>"yêu cầu báo cáo mã-đơn-vị dd/mm/yyyy tên báo cáo": the office asks every chi bộ of a subtree for an ad-hoc report.</summary>
public sealed class AdHocReportCommand(ReportDesk desk) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var words = context.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        DateOnly? due = DateOnly.TryParseExact(words.ElementAtOrDefault(1), ["dd/MM/yyyy", "d/M/yyyy"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) ? day : null;
        var outcome = await desk.AskAdHocAsync(caller.Member, caller.Tree, words.ElementAtOrDefault(0) ?? "", due, words.ElementAtOrDefault(2) ?? "", cancellationToken);
        await context.ReplyAsync(outcome.IsDone ? CardReplies.Text(outcome.Message) : CommandReply.Refusal(outcome.Message), cancellationToken);
    }
}
