using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Reports;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Reports;

/// <summary>What one run of the ladder did; <paramref name="InWindow"/> false: outside the window, everything held.</summary>
public sealed record ReportChase(bool InWindow, int Reminders, int Escalations);

/// <summary>
/// The chasing ladder (domain.md "Periodic reports and overdue reminders"). Only on working days between
/// <see cref="ReportOptions.WindowStart"/> and <see cref="ReportOptions.WindowEnd"/> (Vietnam): a run outside the window
/// does nothing, so a rung that falls there is held until the next window, never dropped. For each report still owed:
/// the secretary gets the latest rung reached — <see cref="ReportOptions.RemindDaysBefore"/> days before the due day, the
/// due day, then every <see cref="ReportOptions.RepeatEveryWorkingDays"/> working days overdue (a rung overtaken while held
/// is folded into the later one, so a long holiday does not bring three reminders at once); from
/// <see cref="ReportOptions.TellFollowersAfterWorkingDays"/> working days overdue the committee members who follow the
/// unit and its office are told, from <see cref="ReportOptions.TellStandingCommitteeAfterWorkingDays"/> the standing
/// committee above it. Every message is an outbox row under a key of its rung and round (<see cref="ReportKeys"/>), so a
/// rerun, two hosts or a crash send each once; a submission takes the report off the owed list, which stops it at once.
/// </summary>
public sealed partial class ReportChaser(
    ReportStore reports,
    ReportDeadlines deadlines,
    OrganizationStore organization,
    MemberOutbox outbox,
    IOptions<ReportOptions> options,
    TimeProvider time,
    ILogger<ReportChaser> logger)
{
    private ReportOptions Options => options.Value;

    public async Task<ReportChase> ChaseAsync(CancellationToken cancellationToken)
    {
        var local = VietnamTime.ToVietnam(time.GetUtcNow());
        var today = DateOnly.FromDateTime(local.DateTime);
        if (!await deadlines.IsWorkingDayAsync(today, cancellationToken) || local.TimeOfDay < Options.WindowStart || local.TimeOfDay >= Options.WindowEnd)
        {
            return new ReportChase(false, 0, 0);
        }
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var permissions = new Permissions(tree);
        IReadOnlyList<Member>? everyone = null;
        var chase = new ReportChase(true, 0, 0);
        // Only what can have a rung today: due within RemindDaysBefore (a later one has none, and is not overdue).
        foreach (var owed in (await reports.ListOwedDueByAsync(today.AddDays(Options.RemindDaysBefore), cancellationToken)).GroupBy(r => r.UnitId))
        {
            if (tree.Find(owed.Key) is not { } unit)
            {
                continue;
            }
            var secretary = await organization.SecretaryOfAsync(unit.Id, cancellationToken);
            foreach (var report in owed)
            {
                var line = await deadlines.OnAsync(report, today, cancellationToken);
                if (await RungAsync(report, today, line.WorkingDaysOverdue, cancellationToken) is { } rung && secretary is not null)
                {
                    var card = ReportNoticeCards.Reminder(new ReportReminderView(unit.Name, line, Options.LinkMaxLength), today);
                    var sent = await outbox.EnqueueAsync(ReportKeys.Reminder(report, rung), ReportKeys.ReminderKind, secretary, CardActivity(card), cancellationToken);
                    chase = sent == SendOutcome.Queued ? chase with { Reminders = chase.Reminders + 1 } : chase;
                }
                if (line.WorkingDaysOverdue < Options.TellFollowersAfterWorkingDays)
                {
                    continue;
                }
                everyone ??= await organization.AllMembersAsync(cancellationToken);
                var told = new List<ReportTold>();
                var followers = everyone.Where(m => permissions.Follows(m, unit.Id) || permissions.Administers(m, unit.Id));
                told.AddRange(await EscalateAsync(tree, unit, line, secretary, ReportKeys.FollowRung, followers, cancellationToken));
                if (line.WorkingDaysOverdue >= Options.TellStandingCommitteeAfterWorkingDays)
                {
                    var standing = everyone.Where(m => m.Committee is { Standing: true } seat && tree.IsWithin(unit.Id, seat.UnitId));
                    told.AddRange(await EscalateAsync(tree, unit, line, secretary, ReportKeys.StandingRung, standing, cancellationToken));
                }
                chase = chase with { Escalations = chase.Escalations + await RecordToldAsync(report, told, cancellationToken) };
            }
        }
        LogChase(logger, chase.Reminders, chase.Escalations);
        return chase;
    }

    /// <summary>The latest rung of the secretary's ladder reached on <paramref name="today"/>, or null before the first.</summary>
    private async Task<string?> RungAsync(ReportObligation report, DateOnly today, int overdue, CancellationToken cancellationToken)
    {
        var every = Options.RepeatEveryWorkingDays;
        if (every > 0 && overdue >= every)
        {
            return ReportKeys.OverdueRung(overdue - overdue % every);
        }
        if (Options.RemindOnDueDay && today >= await deadlines.NextWorkingDayOnOrAfterAsync(report.DueOn, cancellationToken))
        {
            return ReportKeys.DueRung;
        }
        if (Options.RemindDaysBefore > 0 && today >= await deadlines.NextWorkingDayOnOrAfterAsync(report.DueOn.AddDays(-Options.RemindDaysBefore), cancellationToken))
        {
            return ReportKeys.BeforeRung;
        }
        return null;
    }

    private async Task<IReadOnlyList<ReportTold>> EscalateAsync(
        OrganizationTree tree, Unit unit, ReportLine line, Member? secretary, string rung, IEnumerable<Member> recipients, CancellationToken cancellationToken)
    {
        var card = ReportNoticeCards.Escalation(new ReportEscalationView(unit.Name, tree.PathOf(unit.Id), line, secretary?.FullName, rung == ReportKeys.StandingRung));
        var told = new List<ReportTold>();
        foreach (var member in recipients.DistinctBy(m => m.Id, StringComparer.OrdinalIgnoreCase).OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            var sent = await outbox.EnqueueAsync(ReportKeys.Escalation(line.Report, rung, member.Id), ReportKeys.EscalationKind, member, CardActivity(card), cancellationToken);
            if (sent is SendOutcome.Queued or SendOutcome.AlreadyDone)
            {
                told.Add(new ReportTold(member.Id, member.FullName, rung));
            }
        }
        return told;
    }

    /// <summary>Adds the newly told to the row (for the dashboard), while it is still owed in the same round; how many were new.</summary>
    private async Task<int> RecordToldAsync(ReportObligation report, IReadOnlyList<ReportTold> told, CancellationToken cancellationToken)
    {
        var added = 0;
        await reports.UpdateAsync(report.UnitId, report.Id, r =>
        {
            var fresh = told.Where(t => !r.ToldSoFar.Any(o => o.MemberId == t.MemberId && o.Rung == t.Rung)).ToList();
            added = fresh.Count;
            return !r.IsOwed || r.Round != report.Round || fresh.Count == 0 ? r : r with { Told = [.. r.ToldSoFar, .. fresh] };
        }, cancellationToken);
        return added;
    }

    internal static Activity CardActivity(AdaptiveCard card)
    {
        var activity = Activity.CreateMessage();
        activity.Attachments = [Attachment.AdaptiveCardAttachment(CardJson.ToJsonElement(card))];
        return activity;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reports: {Reminders} reminders and {Escalations} escalations queued")]
    private static partial void LogChase(ILogger logger, int reminders, int escalations);
}
