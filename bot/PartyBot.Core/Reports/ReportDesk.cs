using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Reports;

public enum ReportAnswer
{
    Done,
    UnknownUnit,
    Denied,
    UnknownReport,
    BadInput,
    WrongState,
}

/// <summary>What a submission, review or request did: <see cref="ReportAnswer.Done"/> and the row, or why nothing changed.</summary>
public sealed record ReportOutcome(ReportAnswer Answer, string Message, ReportObligation? Report = null, int Count = 0)
{
    public bool IsDone => Answer == ReportAnswer.Done;

    public static ReportOutcome Refused(ReportAnswer answer, string message) => new(answer, message);
}

/// <summary>
/// The office's desk and the secretary's submission: every check first (the unit, the caller's role on it, the report,
/// the input, the report's state), then one ETag'd change of the row; a refusal changes nothing. Who may: the secretary
/// or deputy of the unit submits (<see cref="Permissions.IsSecretaryOf"/>); the office of a subtree holding the unit
/// accepts, returns and asks for ad-hoc reports (<see cref="Permissions.Administers"/>).
/// </summary>
public sealed class ReportDesk(ReportStore reports, ReportDeadlines deadlines, IOptions<ReportOptions> options, TimeProvider time)
{
    public ReportOptions Options => options.Value;

    public async Task<ReportOutcome> SubmitAsync(Member caller, OrganizationTree tree, string unitId, string reportId, string link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.Find(unitId) is not { } unit)
        {
            return ReportOutcome.Refused(ReportAnswer.UnknownUnit, ReportTexts.UnknownUnit(TypedText.Echo(unitId)));
        }
        if (!Permissions.IsSecretaryOf(caller, unit.Id))
        {
            return ReportOutcome.Refused(ReportAnswer.Denied, ReportTexts.NotSecretary);
        }
        if (await reports.GetAsync(unit.Id, reportId, cancellationToken) is not { } report)
        {
            return ReportOutcome.Refused(ReportAnswer.UnknownReport, ReportTexts.UnknownReport(TypedText.Echo(reportId)));
        }
        if (ParseLink(link) is not { } uri)
        {
            return ReportOutcome.Refused(ReportAnswer.BadInput, ReportTexts.BadLink(Options.LinkMaxLength));
        }
        if (StateRefusal(report) is { } refusal)
        {
            return ReportOutcome.Refused(ReportAnswer.WrongState, refusal);
        }
        var now = time.GetUtcNow();
        var late = await deadlines.WorkingDaysLateAsync(report.DueOn, ReportDeadlines.DayOf(now), cancellationToken);
        ReportOutcome? lost = null;
        var saved = await reports.UpdateAsync(unit.Id, report.Id, r =>
        {
            lost = StateRefusal(r) is { } raced ? ReportOutcome.Refused(ReportAnswer.WrongState, raced) : null;
            return lost is not null ? r : r with
            {
                Status = ReportStatus.Submitted, Link = uri, SubmittedBy = caller.Id, SubmittedAt = now, WorkingDaysLate = late,
                ReviewedBy = null, ReviewedAt = null,
            };
        }, cancellationToken);
        return lost ?? new ReportOutcome(ReportAnswer.Done, ReportTexts.Submitted(report.Title, report.DueOn, late), saved);
    }

    public Task<ReportOutcome> AcceptAsync(Member caller, OrganizationTree tree, string unitId, string reportId, CancellationToken cancellationToken) =>
        ReviewAsync(caller, tree, unitId, reportId, reason: null, cancellationToken);

    public Task<ReportOutcome> ReturnAsync(Member caller, OrganizationTree tree, string unitId, string reportId, string reason, CancellationToken cancellationToken) =>
        ReviewAsync(caller, tree, unitId, reportId, reason ?? "", cancellationToken);

    /// <summary>An ad-hoc report for every chi bộ of the subtree (or the chi bộ itself), due on <paramref name="due"/>.</summary>
    public async Task<ReportOutcome> AskAdHocAsync(Member caller, OrganizationTree tree, string rootId, DateOnly? due, string title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.Find(rootId) is not { } root)
        {
            return ReportOutcome.Refused(ReportAnswer.UnknownUnit, ReportTexts.UnknownUnit(TypedText.Echo(rootId)));
        }
        if (!new Permissions(tree).Administers(caller, root.Id))
        {
            return ReportOutcome.Refused(ReportAnswer.Denied, ReportTexts.NotOffice);
        }
        var today = ReportDeadlines.DayOf(time.GetUtcNow());
        if (due is not { } day || day < today || day.DayNumber - today.DayNumber > Options.AdHocMaxDaysAhead)
        {
            return ReportOutcome.Refused(ReportAnswer.BadInput, ReportTexts.BadAdHocDue(Options.AdHocMaxDaysAhead));
        }
        var name = (title ?? "").Trim();
        if (name.Length == 0 || name.Length > Options.AdHocTitleMaxLength)
        {
            return ReportOutcome.Refused(ReportAnswer.BadInput, ReportTexts.AdHocTitleNeeded(Options.AdHocTitleMaxLength));
        }
        var cells = tree.Subtree(root.Id).Where(u => u.IsCell).ToList();
        if (cells.Count == 0)
        {
            return ReportOutcome.Refused(ReportAnswer.BadInput, ReportTexts.NoCellsBelow);
        }
        var key = AdHocKey(root.Id, day, name);
        var added = 0;
        foreach (var cell in cells)
        {
            var report = new ReportObligation(cell.Id, ReportObligation.IdOf(ReportOptions.AdHocKindId, key), ReportOptions.AdHocKindId, name, ReportPeriod.AdHoc, key, day, RequestedBy: caller.Id);
            added += await reports.AddIfAbsentAsync(report, cancellationToken) ? 1 : 0;
        }
        return added == 0
            ? new ReportOutcome(ReportAnswer.Done, ReportTexts.AdHocExisted(name), Count: 0)
            : new ReportOutcome(ReportAnswer.Done, ReportTexts.AdHocCreated(name, added, day), Count: added);
    }

    /// <summary>"20261215-3fa2c1": the day and a short hash of the asking unit and title, so asking twice writes one row per chi bộ.</summary>
    public static string AdHocKey(string rootId, DateOnly due, string title)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{rootId.ToUpperInvariant()}\n{title.Trim()}"));
        return $"{due:yyyyMMdd}-{Convert.ToHexStringLower(hash)[..6]}";
    }

    /// <summary>An absolute https link with a host, at most <see cref="ReportOptions.LinkMaxLength"/> characters; else null.</summary>
    public Uri? ParseLink(string? link)
    {
        var text = (link ?? "").Trim();
        return text.Length is > 0 && text.Length <= Options.LinkMaxLength &&
            Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;
    }

    private async Task<ReportOutcome> ReviewAsync(Member caller, OrganizationTree tree, string unitId, string reportId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.Find(unitId) is not { } unit)
        {
            return ReportOutcome.Refused(ReportAnswer.UnknownUnit, ReportTexts.UnknownUnit(TypedText.Echo(unitId)));
        }
        if (!new Permissions(tree).Administers(caller, unit.Id))
        {
            return ReportOutcome.Refused(ReportAnswer.Denied, ReportTexts.NotOffice);
        }
        if (await reports.GetAsync(unit.Id, reportId, cancellationToken) is not { } report)
        {
            return ReportOutcome.Refused(ReportAnswer.UnknownReport, ReportTexts.UnknownReport(TypedText.Echo(reportId)));
        }
        var trimmed = reason?.Trim();
        if (reason is not null && (trimmed!.Length == 0 || trimmed.Length > Options.ReasonMaxLength))
        {
            return ReportOutcome.Refused(ReportAnswer.BadInput, ReportTexts.ReasonNeeded(Options.ReasonMaxLength));
        }
        if (ReviewRefusal(report) is { } refusal)
        {
            return ReportOutcome.Refused(ReportAnswer.WrongState, refusal);
        }
        var now = time.GetUtcNow();
        var newDue = reason is null ? report.DueOn : await deadlines.AddWorkingDaysAsync(ReportDeadlines.DayOf(now), Options.ResubmitWorkingDays, cancellationToken);
        ReportOutcome? lost = null;
        var saved = await reports.UpdateAsync(unit.Id, report.Id, r =>
        {
            lost = ReviewRefusal(r) is { } raced ? ReportOutcome.Refused(ReportAnswer.WrongState, raced) : null;
            if (lost is not null)
            {
                return r;
            }
            return reason is null
                ? r with { Status = ReportStatus.Accepted, ReviewedBy = caller.Id, ReviewedAt = now }
                : r with
                {
                    Status = ReportStatus.Owed, Round = r.Round + 1, DueOn = newDue, ReturnReason = trimmed, ReviewedBy = caller.Id, ReviewedAt = now,
                    Link = null, SubmittedAt = null, SubmittedBy = null, WorkingDaysLate = 0, Told = null,
                };
        }, cancellationToken);
        return lost ?? new ReportOutcome(
            ReportAnswer.Done, reason is null ? ReportTexts.Accepted(report.Title, unit.Name) : ReportTexts.Returned(report.Title, unit.Name, newDue), saved);
    }

    private static string? StateRefusal(ReportObligation report) => report.Status switch
    {
        ReportStatus.Submitted => ReportTexts.AlreadySubmitted,
        ReportStatus.Accepted => ReportTexts.AlreadyAccepted,
        ReportStatus.Withdrawn => ReportTexts.Withdrawn,
        _ => null,
    };

    private static string? ReviewRefusal(ReportObligation report) => report.Status switch
    {
        ReportStatus.Submitted => null,
        ReportStatus.Accepted => ReportTexts.AcceptedAlready,
        _ => ReportTexts.NotSubmitted,
    };
}
