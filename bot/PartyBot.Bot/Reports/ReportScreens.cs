using PartyBot.Bot.Organization;
using PartyBot.Cards.Reports;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;
using PartyBot.Jobs.Reports;

namespace PartyBot.Bot.Reports;

/// <summary>The secretary's list of a unit's reports, as the command and the submit button answer it.</summary>
public sealed class ReportScreens(ReportStore reports, ReportDeadlines deadlines, ReportDesk desk, TimeProvider time)
{
    /// <summary>The unit's reports still owed, and those due in the last <see cref="ReportOptions.LookBackDays"/> days.</summary>
    public async Task<ReportListView> ListAsync(Caller caller, Unit unit, CancellationToken cancellationToken, string? notice = null, bool noticeIsError = false)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(unit);
        var today = ReportDeadlines.DayOf(time.GetUtcNow());
        var recent = await reports.ListAsync(unit.Id, today.AddDays(-desk.Options.LookBackDays), null, cancellationToken);
        var owed = await reports.ListOwedAsync(unit.Id, cancellationToken);
        var lines = new List<ReportLine>();
        foreach (var report in owed.Concat(recent).DistinctBy(r => r.Id, StringComparer.Ordinal).Where(r => r.Status != ReportStatus.Withdrawn))
        {
            lines.Add(await deadlines.OnAsync(report, today, cancellationToken));
        }
        var canSubmit = Permissions.IsSecretaryOf(caller.Member, unit.Id);
        return new ReportListView(unit.Id, unit.Name, lines, canSubmit, desk.Options.LinkMaxLength, notice, noticeIsError);
    }
}
