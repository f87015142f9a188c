using PartyBot.Bot.Commands;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.Cards.Reports;
using PartyBot.Core;
using PartyBot.Core.Downloads;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;
using SurveyQuarter = PartyBot.Core.Surveys.Quarter;

namespace PartyBot.Bot.Reports;

/// <summary>What both dashboard commands read: "[mã đơn vị] [quý]", the office's own subtree and this quarter by default.</summary>
internal static class DashboardArguments
{
    public static (Unit? Root, SurveyQuarter? Quarter, string? Refusal) Read(Caller caller, string arguments, DateOnly today)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var quarter = SurveyQuarter.Of(today);
        if (words.Count > 0 && SurveyQuarter.TryParse(words[^1]) is { } typedQuarter)
        {
            quarter = typedQuarter;
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count > 1)
        {
            return (null, null, ReportTexts.DashboardUsage);
        }
        var rootId = words.Count > 0 ? words[0] : caller.Member.Administers.Count > 0 ? caller.Member.Administers[0] : null;
        if (rootId is null)
        {
            return (null, null, ReportTexts.NotOffice);
        }
        if (caller.Tree.Find(rootId) is not { } root)
        {
            return (null, null, ReportTexts.UnknownUnit(TypedText.Echo(rootId)));
        }
        return caller.Permissions.Administers(caller.Member, root.Id) ? (root, quarter, null) : (null, null, ReportTexts.NotOffice);
    }

    public static string Label(SurveyQuarter quarter) => $"Quý {quarter.Number}/{quarter.Year}";
}

/// <summary>"tình hình báo cáo [mã đơn vị] [2026-Q4]": the office's dashboard of the quarter's reports.</summary>
public sealed class ReportStatusCommand(ReportFigures figures, DownloadLinks links) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var (root, quarter, refusal) = DashboardArguments.Read(caller, context.Arguments, figures.Today);
        if (refusal is not null)
        {
            await context.ReplyAsync(CommandReply.Refusal(refusal), cancellationToken);
            return;
        }
        var units = await figures.StatusAsync(caller.Tree, root!.Id, quarter!.Value, cancellationToken);
        var view = new ReportDashboardView(caller.Tree.PathOf(root.Id), DashboardArguments.Label(quarter.Value), units);
        view = view with
        {
            ChartUrl = ReportCharts.Status(view),
            CsvUrl = links.Create(ReportStatusDownload.KindName, caller.Member.Id, ReportDownload.Parameters(root.Id, quarter.Value)),
        };
        await context.ReplyAsync(CardReplies.Card(ReportDashboardCard.Build(view)), cancellationToken);
    }
}

/// <summary>"tổng hợp [mã đơn vị] [2026-Q4]": the seeds' targets for the chi bộ the office oversees.</summary>
public sealed class TargetsCommand(ReportFigures figures, DownloadLinks links) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.Member;
        var (root, quarter, refusal) = DashboardArguments.Read(caller, context.Arguments, figures.Today);
        if (refusal is not null)
        {
            await context.ReplyAsync(CommandReply.Refusal(refusal), cancellationToken);
            return;
        }
        var (cells, targets) = await figures.TargetsAsync(caller.Tree, root!.Id, quarter!.Value, cancellationToken);
        var view = new TargetsView(caller.Tree.PathOf(root.Id), DashboardArguments.Label(quarter.Value), cells, targets);
        view = view with
        {
            ChartUrl = ReportCharts.Targets(view),
            CsvUrl = links.Create(ReportTargetsDownload.KindName, caller.Member.Id, ReportDownload.Parameters(root.Id, quarter.Value)),
        };
        await context.ReplyAsync(CardReplies.Card(TargetsCard.Build(view)), cancellationToken);
    }
}
