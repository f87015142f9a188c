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
        foreach (var kind in Options.KindsInUse.Where(k => k.Period != ReportPeriod.AfterMeeting))
        {
            scan = await PeriodicAsync(tree, kind, today, scan, cancellationToken);
        }
        var minutes = Options.KindsInUse.Where(k => k.Period == ReportPeriod.AfterMeeting).ToList();
        return minutes.Count == 0 ? scan : await MinutesAsync(tree, minutes, now, scan, cancellationToken);
    }

    /// <summary>
    /// A period's rows for every unit that owes the kind, unless a run wrote them all for these very units (the mark is
    /// written after the rows, so a crash in between makes the next run write them again, each add a no-op).
    /// </summary>
    private async Task<ObligationScan> PeriodicAsync(OrganizationTree tree, ReportKind kind, DateOnly today, ObligationScan scan, CancellationToken cancellationToken)
    {
        var owing = tree.Units.Where(u => kind.OwedBy.Contains(u.Kind)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var units = Fingerprint(owing.Select(u => u.Id));
        foreach (var year in new[] { today.Year - 1, today.Year, today.Year + 1 })
        {
            foreach (var (key, periodYear, lastMonth) in ReportDeadlines.PeriodsOf(kind.Period, year))
            {
                var due = await deadlines.DueOfPeriodAsync(kind, periodYear, lastMonth, cancellationToken);
                if (due.DayNumber - today.DayNumber > Options.CreateDaysAhead || today.DayNumber - due.DayNumber > Options.LookBackDays ||
                    await reports.WasGeneratedAsync(kind.Id, key, units, cancellationToken))
                {
                    continue;
                }
                foreach (var unit in owing)
                {
                    var added = await reports.AddIfAbsentAsync(
                        new ReportObligation(unit.Id, ReportObligation.IdOf(kind.Id, key), kind.Id, kind.Title, kind.Period, key, due), cancellationToken);
                    scan = added ? scan with { Added = scan.Added + 1 } : scan;
                }
                await reports.MarkGeneratedAsync(kind.Id, key, units, cancellationToken);
            }
        }
        return scan;
    }

    /// <summary>
    /// The minutes of every meeting ended in the look-back that this scan has not seen as it is now (the MeetingDays
    /// index's check, cleared by any change of the meeting's time or status): owed, or withdrawn when it was cancelled.
    /// A meeting not yet over is looked at again once it is.
    /// </summary>
    private async Task<ObligationScan> MinutesAsync(OrganizationTree tree, IReadOnlyList<ReportKind> kinds, DateTimeOffset now, ObligationScan scan, CancellationToken cancellationToken)
    {
        var check = "minutes:" + Fingerprint(kinds.Select(k => $"{k.Id}={string.Join('+', k.OwedBy.Order())}"));
        foreach (var item in await meetings.ListUncheckedAsync(now.AddDays(-Options.LookBackDays), now, check, cancellationToken))
        {
            if (item.Meeting is { } meeting)
            {
                if (meeting.EndsAt > now)
                {
                    continue; // looked at again once it is over
                }
                if (tree.Find(meeting.UnitId) is { } unit)
                {
                    foreach (var kind in kinds.Where(k => k.OwedBy.Contains(unit.Kind)))
                    {
                        scan = await MinutesAsync(unit, kind, meeting, scan, cancellationToken);
                    }
                }
            }
            await meetings.MarkCheckedAsync(item, check, cancellationToken);
        }
        return scan;
    }

    private static string Fingerprint(IEnumerable<string> parts) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', parts))))[..32];

    private async Task<ObligationScan> MinutesAsync(Unit unit, ReportKind kind, Meeting meeting, ObligationScan scan, CancellationToken cancellationToken)
    {
        var id = ReportObligation.IdOf(kind.Id, meeting.Id);
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            var changed = false;
            await reports.UpdateAsync(unit.Id, id, r => (changed = r.IsOwed) ? r with { Status = ReportStatus.Withdrawn } : r, cancellationToken);
            return changed ? scan with { Withdrawn = scan.Withdrawn + 1 } : scan;
        }
        var due = await deadlines.DueAfterMeetingAsync(kind, meeting.EndsAt, cancellationToken);
        var added = await reports.AddIfAbsentAsync(new ReportObligation(unit.Id, id, kind.Id, kind.Title, kind.Period, meeting.Id, due), cancellationToken);
        return added ? scan with { Added = scan.Added + 1 } : scan;
    }
}
