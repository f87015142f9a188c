namespace PartyBot.Core.Reports;

public enum ReportStatus
{
    /// <summary>Owed: not submitted yet, or returned by the office (then <see cref="ReportObligation.Round"/> &gt; 0).</summary>
    Owed,

    /// <summary>Submitted with a link; the office has not reviewed it yet.</summary>
    Submitted,

    /// <summary>Accepted by the office.</summary>
    Accepted,

    /// <summary>Owed no more: its meeting was cancelled.</summary>
    Withdrawn,
}

/// <summary>One told person of an escalation: who, at which rung ("follow" or "standing").</summary>
public sealed record ReportTold(string MemberId, string FullName, string Rung);

/// <summary>
/// One report a unit owes (table Reports: PartitionKey = unit, RowKey = <see cref="Id"/>, e.g. "quy:2026-Q4",
/// "bien-ban:R-2026-11", "dot-xuat:20261215-3fa2c1"): deterministic, so generating twice or on two hosts writes one row.
/// A return by the office makes it owed again with <see cref="Round"/> + 1 and a new due day: the ladder starts over.
/// </summary>
/// <param name="DueOn">The last day (Vietnam) it is on time.</param>
/// <param name="WorkingDaysLate">For a submission: working days after <paramref name="DueOn"/> (0: on time).</param>
/// <param name="Told">Who the escalations reached (for the dashboard).</param>
public sealed record ReportObligation(
    string UnitId,
    string Id,
    string KindId,
    string Title,
    ReportPeriod Period,
    string PeriodKey,
    DateOnly DueOn,
    ReportStatus Status = ReportStatus.Owed,
    int Round = 0,
    Uri? Link = null,
    string? SubmittedBy = null,
    DateTimeOffset? SubmittedAt = null,
    int WorkingDaysLate = 0,
    string? ReviewedBy = null,
    DateTimeOffset? ReviewedAt = null,
    string? ReturnReason = null,
    IReadOnlyList<ReportTold>? Told = null,
    string? RequestedBy = null)
{
    public IReadOnlyList<ReportTold> ToldSoFar => Told ?? [];

    public bool IsOwed => Status == ReportStatus.Owed;

    public bool WasReturned => Round > 0 && Status == ReportStatus.Owed;

    public static string IdOf(string kindId, string periodKey) => $"{kindId}:{periodKey}";
}

/// <summary>Where a report stands on the dashboard.</summary>
public enum ReportStanding
{
    NotYetDue,
    OnTime,
    Late,
    Overdue,
    Returned,
}
