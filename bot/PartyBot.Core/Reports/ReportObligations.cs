using Microsoft.Extensions.Options;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Reports;

/// <summary>What one generation did.</summary>
public sealed record ObligationScan(int Added, int Withdrawn);

/// <summary>
/// Writes what each unit owes from the catalogue: for every unit of a kind that owes a periodic report, the periods due
/// within <see cref="ReportOptions.CreateDaysAhead"/> days (or up to <see cref="ReportOptions.LookBackDays"/> back); for
/// every chi bộ meeting ended in the last <see cref="ReportOptions.LookBackDays"/> days and not cancelled, its minutes. Rows
/// have deterministic keys and are only added, so a rerun or a second host changes nothing. A cancelled meeting owes no
/// minutes: its row, when one was written before the cancellation and is still owed, is withdrawn.
/// </summary>
public sealed class ReportObligations(
    ReportStore reports, ReportDeadlines deadlines, MeetingStore meetings, OrganizationStore organization, IOptions<ReportOptions> options, TimeProvider time)
{
    private ReportOptions Options => options.Value;

    public async Task<ObligationScan> GenerateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = ReportDeadlines.DayOf(now);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var scan = new ObligationScan(0, 0);
        foreach (var unit in tree.Units.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            foreach (var kind in Options.KindsInUse.Where(k => k.OwedBy.Contains(unit.Kind)))
            {
                scan = kind.Period == ReportPeriod.AfterMeeting
                    ? await MinutesAsync(unit, kind, now, scan, cancellationToken)
                    : await PeriodicAsync(unit, kind, today, scan, cancellationToken);
            }
        }
        return scan;
    }

    private async Task<ObligationScan> PeriodicAsync(Unit unit, ReportKind kind, DateOnly today, ObligationScan scan, CancellationToken cancellationToken)
    {
        foreach (var year in new[] { today.Year - 1, today.Year, today.Year + 1 })
        {
            foreach (var (key, periodYear, lastMonth) in ReportDeadlines.PeriodsOf(kind.Period, year))
            {
                var due = await deadlines.DueOfPeriodAsync(kind, periodYear, lastMonth, cancellationToken);
                if (due.DayNumber - today.DayNumber > Options.CreateDaysAhead || today.DayNumber - due.DayNumber > Options.LookBackDays)
                {
                    continue;
                }
                var added = await reports.AddIfAbsentAsync(
                    new ReportObligation(unit.Id, ReportObligation.IdOf(kind.Id, key), kind.Id, kind.Title, kind.Period, key, due), cancellationToken);
                scan = added ? scan with { Added = scan.Added + 1 } : scan;
            }
        }
        return scan;
    }

    private async Task<ObligationScan> MinutesAsync(Unit unit, ReportKind kind, DateTimeOffset now, ObligationScan scan, CancellationToken cancellationToken)
    {
        var held = await meetings.ListForUnitAsync(unit.Id, now.AddDays(-Options.LookBackDays), now, cancellationToken);
        foreach (var meeting in held.Where(m => m.EndsAt <= now))
        {
            var id = ReportObligation.IdOf(kind.Id, meeting.Id);
            if (meeting.Status == MeetingStatus.Cancelled)
            {
                var changed = false;
                await reports.UpdateAsync(unit.Id, id, r => (changed = r.IsOwed) ? r with { Status = ReportStatus.Withdrawn } : r, cancellationToken);
                scan = changed ? scan with { Withdrawn = scan.Withdrawn + 1 } : scan;
                continue;
            }
            var due = await deadlines.DueAfterMeetingAsync(kind, meeting.EndsAt, cancellationToken);
            var added = await reports.AddIfAbsentAsync(new ReportObligation(unit.Id, id, kind.Id, kind.Title, kind.Period, meeting.Id, due), cancellationToken);
            scan = added ? scan with { Added = scan.Added + 1 } : scan;
        }
        return scan;
    }
}
