using System.Globalization;
using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Downloads;
using PartyBot.Jobs.CommitteeAttendance;

namespace PartyBot.Bot.CommitteeAttendance;

/// <summary>The cards of "lịch dự họp", "tình hình dự sinh hoạt" and "lịch bận", built for the caller (whose rights the handlers checked).</summary>
public sealed class CommitteeViewScreens(
    MyAssignments mine, ComplianceService compliance, UnavailabilityStore unavailability, DownloadLinks links, TimeProvider time)
{
    public async Task<AdaptiveCard> MineAsync(Caller caller, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var now = time.GetUtcNow();
        var items = await mine.ListAsync(caller.Member.Id, cancellationToken);
        var names = items.Select(a => a.Assignment.UnitId).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(id => id, id => caller.Tree.Find(id)?.Name ?? id, StringComparer.OrdinalIgnoreCase);
        return MyAssignmentsCard.Build(new MyAssignmentsView(caller.Member.FullName, Quarter.Of(now), now, items, names, page));
    }

    /// <summary>The subtrees the caller may see the compliance of: the office's administered units, else the committee he or she sits on; none for anyone else.</summary>
    public static IReadOnlyList<string> ComplianceScope(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Member.Administers.Count > 0 ? caller.Member.Administers
            : caller.Member.Committee is { } seat ? [seat.UnitId]
            : [];
    }

    public async Task<AdaptiveCard> ComplianceAsync(Caller caller, Quarter quarter, CancellationToken cancellationToken)
    {
        var scope = ComplianceScope(caller);
        var report = await compliance.ReportAsync(quarter, scope, cancellationToken);
        var scopeName = string.Join(", ", scope.Select(id => caller.Tree.Find(id)?.Name ?? id));
        var office = caller.Member.Administers.Count > 0;
        var csv = office ? links.Create(ComplianceDownload.KindName, caller.Member.Id, ComplianceDownload.Parameters(quarter)) : null;
        return ComplianceCard.Build(new ComplianceView(report, scopeName, ShowCsvHint: office, CsvUrl: csv));
    }

    public async Task<AdaptiveCard> BusyAsync(Caller caller, CancellationToken cancellationToken, string? notice = null, bool error = false)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var today = DateOnly.FromDateTime(VietnamTime.Now(time).DateTime);
        var periods = await unavailability.ListForMemberAsync(caller.Member.Id, cancellationToken);
        return UnavailabilityListCard.Build(new UnavailabilityListView([.. periods.Where(p => p.To >= today)], notice, error));
    }
}

/// <summary>"lịch dự họp": the caller's own assignments (committee members only).</summary>
public sealed class MyAssignmentsCommand(CommitteeViewScreens screens) : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Member.Member.Committee is null)
        {
            await context.ReplyAsync(CommandReply.Refusal(CommitteeViewTexts.NotCommitteeMember), cancellationToken);
            return;
        }
        await context.ReplyAsync(CardReplies.Card(await screens.MineAsync(context.Member, 0, cancellationToken)), cancellationToken);
    }
}

/// <summary>"Trang trước / Trang sau" on "lịch dự họp" (committee.mine.page; data page, clamped): always the caller's own list.</summary>
public sealed class MyAssignmentsPageAction(CommitteeViewScreens screens) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Member.Member.Committee is null
            ? AdaptiveCardInvokeResponse.Error(403, "NotCommitteeMember", CommitteeViewTexts.NotCommitteeMember)
            : AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(await screens.MineAsync(context.Member, CardData.Page(context.Data), cancellationToken)));
    }
}

/// <summary>"tình hình dự sinh hoạt [quý]": the office (its administered subtrees) and the committee members (their committee's subtree).</summary>
public sealed class ComplianceCommand(CommitteeViewScreens screens, TimeProvider time) : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CommitteeViewScreens.ComplianceScope(context.Member).Count == 0)
        {
            await context.ReplyAsync(CommandReply.Refusal(ComplianceTexts.Denied), cancellationToken);
            return;
        }
        var typed = context.Arguments.Trim();
        var quarter = Quarter.Of(time.GetUtcNow());
        if (typed.Length > 0 && !QuarterText.TryParse(typed, out quarter))
        {
            await context.ReplyAsync(CommandReply.Refusal(ComplianceTexts.BadQuarter(typed)), cancellationToken);
            return;
        }
        await context.ReplyAsync(CardReplies.Card(await screens.ComplianceAsync(context.Member, quarter, cancellationToken)), cancellationToken);
    }
}

/// <summary>"lịch bận": the caller's declared absences not yet over, each with "Xóa" (committee members only).</summary>
public sealed class UnavailabilityListCommand(CommitteeViewScreens screens) : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Member.Member.Committee is null)
        {
            await context.ReplyAsync(CommandReply.Refusal(UnavailabilityTexts.NotCommitteeMember), cancellationToken);
            return;
        }
        await context.ReplyAsync(CardReplies.Card(await screens.BusyAsync(context.Member, cancellationToken)), cancellationToken);
    }
}

/// <summary>
/// "Xóa" on "lịch bận" (committee.unavailable.remove; data from, to): removes the caller's own period only (the periods are
/// stored under the member, so a forged date pair reaches nobody else's), then starts the assignment job at once, as a
/// decline does, so the member may be chosen again for those days.
/// </summary>
public sealed partial class RemoveUnavailabilityAction(
    UnavailabilityStore store, CommitteeViewScreens screens, AssignmentTrigger trigger, ILogger<RemoveUnavailabilityAction> logger) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var member = context.Member.Member;
        if (member.Committee is null)
        {
            return AdaptiveCardInvokeResponse.Error(403, "NotCommitteeMember", UnavailabilityTexts.NotCommitteeMember);
        }
        if (Date(context, CommitteeAttendanceVerbs.FromKey) is not { } from || Date(context, CommitteeAttendanceVerbs.ToKey) is not { } to || to < from)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadPayload", CommitteeViewTexts.BadPeriodPayload);
        }
        if (!await store.RemoveAsync(member.Id, from, to, cancellationToken))
        {
            return Answer(await screens.BusyAsync(context.Member, cancellationToken, CommitteeViewTexts.PeriodGone, error: true));
        }
        try
        {
            await trigger.TriggerAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTriggerFailed(logger, ex, member.Id);
        }
        return Answer(await screens.BusyAsync(context.Member, cancellationToken, CommitteeViewTexts.Removed(from, to)));
    }

    private static DateOnly? Date(CardActionContext context, string key) =>
        DateOnly.TryParseExact(CardData.Trimmed(context.Data, key), UnavailabilityListCard.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    private static AdaptiveCardInvokeResponse Answer(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(card));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting the assignment job after member {MemberId} removed a declared absence failed; its next scheduled run takes it into account")]
    private static partial void LogTriggerFailed(ILogger logger, Exception exception, string memberId);
}
