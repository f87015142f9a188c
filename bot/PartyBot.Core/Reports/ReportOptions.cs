using System.ComponentModel.DataAnnotations;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Reports;

/// <summary>When a kind of report falls due (domain.md "Periodic reports and overdue reminders").</summary>
public enum ReportPeriod
{
    /// <summary>The resolution / minutes of each meeting held: <see cref="ReportKind.DaysAfterMeeting"/> days after it.</summary>
    AfterMeeting,

    /// <summary>Each quarter: the quarter's last month, <see cref="ReportKind.DueDayOfMonth"/> + <see cref="ReportKind.WorkingDaysAfter"/> working days.</summary>
    Quarterly,

    /// <summary>The first half of the year: June, as <see cref="Quarterly"/>.</summary>
    HalfYearly,

    /// <summary>The year: December, as <see cref="Quarterly"/>.</summary>
    Yearly,

    /// <summary>Asked by the office in chat, with its own deadline and units (never configured as a kind).</summary>
    AdHoc,
}

/// <summary>One kind of report of the catalogue: its id (in report ids "quy:2026-Q4"), title, period and who owes it.</summary>
public sealed class ReportKind
{
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{0,20}$")]
    public string Id { get; set; } = "";

    [Required, MaxLength(120)]
    public string Title { get; set; } = "";

    [EnumDataType(typeof(ReportPeriod))]
    public ReportPeriod Period { get; set; }

    /// <summary>The unit kinds that owe it.</summary>
    [MinLength(1)]
    public List<UnitKind> OwedBy { get; set; } = [];

    [Range(0, 30)]
    public int DaysAfterMeeting { get; set; } = 2;

    [Range(1, 28)]
    public int DueDayOfMonth { get; set; } = 14;

    [Range(0, 20)]
    public int WorkingDaysAfter { get; set; } = 2;
}

/// <summary>The targets of "tổng hợp" (NQ 17-NQ/TU and its kind): the share of chi bộ, in percent.</summary>
public sealed class ReportTargets
{
    [Range(0, 100)]
    public double MonthlyMeetingsPercent { get; set; } = 100;

    [Range(0, 100)]
    public double ThematicPercent { get; set; } = 100;

    [Range(0, 100)]
    public double RatedGoodPercent { get; set; } = 90;

    [Range(0, 100)]
    public double CommitteeAttendancePercent { get; set; } = 100;

    [Range(0, 100)]
    public double ReportsOnTimePercent { get; set; } = 100;
}

/// <summary>
/// The report catalogue and the chasing ladder (section "Reports"). Every number is configurable; a bad setting stops
/// the host at start.
/// </summary>
public sealed class ReportOptions : IValidatableObject
{
    public const string Section = "Reports";

    public const string AdHocKindId = "dot-xuat";

    public static IReadOnlyList<ReportKind> DefaultKinds { get; } =
    [
        new() { Id = "bien-ban", Title = "Nghị quyết, biên bản sinh hoạt", Period = ReportPeriod.AfterMeeting, OwedBy = [UnitKind.Cell] },
        new() { Id = "quy", Title = "Báo cáo quý", Period = ReportPeriod.Quarterly, OwedBy = [UnitKind.Cell] },
        new() { Id = "6-thang", Title = "Báo cáo sơ kết 6 tháng", Period = ReportPeriod.HalfYearly, OwedBy = [UnitKind.Cell] },
        new() { Id = "nam", Title = "Báo cáo tổng kết năm", Period = ReportPeriod.Yearly, OwedBy = [UnitKind.Cell] },
    ];

    /// <summary>Null: <see cref="DefaultKinds"/> (the binder appends a configured list to a default one). Read <see cref="KindsInUse"/>.</summary>
    [MinLength(1)]
    public List<ReportKind>? Kinds { get; set; }

    public IReadOnlyList<ReportKind> KindsInUse => Kinds ?? (IReadOnlyList<ReportKind>)DefaultKinds;

    /// <summary>An obligation is written once its due day is this close (so the first reminder finds it).</summary>
    [Range(3, 120)]
    public int CreateDaysAhead { get; set; } = 30;

    /// <summary>Meetings ended, and periods due, this many days back still get their obligation (after downtime).</summary>
    [Range(1, 366)]
    public int LookBackDays { get; set; } = 60;

    /// <summary>First reminder to the secretary this many days before the due day (held to a working day).</summary>
    [Range(0, 30)]
    public int RemindDaysBefore { get; set; } = 2;

    public bool RemindOnDueDay { get; set; } = true;

    /// <summary>While overdue, a reminder every this many working days (0: none).</summary>
    [Range(0, 30)]
    public int RepeatEveryWorkingDays { get; set; } = 2;

    /// <summary>From this many working days overdue, the committee members who follow the unit and the office are told.</summary>
    [Range(1, 60)]
    public int TellFollowersAfterWorkingDays { get; set; } = 5;

    /// <summary>From this many working days overdue, the standing committee (ban thường vụ) is told.</summary>
    [Range(1, 120)]
    public int TellStandingCommitteeAfterWorkingDays { get; set; } = 10;

    /// <summary>Reminders go only on working days from this time (Vietnam)…</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:00")]
    public TimeSpan WindowStart { get; set; } = new(7, 30, 0);

    /// <summary>…until this time; outside it they are held until the next window.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan WindowEnd { get; set; } = new(17, 30, 0);

    /// <summary>A returned report is due again this many working days after the return.</summary>
    [Range(1, 30)]
    public int ResubmitWorkingDays { get; set; } = 2;

    [Range(20, 2000)]
    public int LinkMaxLength { get; set; } = 500;

    [Range(10, 1000)]
    public int ReasonMaxLength { get; set; } = 300;

    [Range(10, 200)]
    public int AdHocTitleMaxLength { get; set; } = 120;

    /// <summary>An ad-hoc report's deadline at most this many days ahead.</summary>
    [Range(1, 366)]
    public int AdHocMaxDaysAhead { get; set; } = 120;

    /// <summary>The seeds' targets the "tổng hợp" card measures against (percent).</summary>
    public ReportTargets Targets { get; set; } = new();

    public ReportKind? FindKind(string id) => KindsInUse.FirstOrDefault(k => k.Id == id);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var kinds = KindsInUse;
        if (kinds.Select(k => k.Id).Distinct(StringComparer.Ordinal).Count() != kinds.Count)
        {
            yield return new ValidationResult($"{Section}:{nameof(Kinds)}: every kind needs an id of its own.", [nameof(Kinds)]);
        }
        foreach (var kind in kinds)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(kind, new ValidationContext(kind), results, validateAllProperties: true))
            {
                foreach (var result in results)
                {
                    yield return new ValidationResult($"{Section}:{nameof(Kinds)} '{kind.Id}': {result.ErrorMessage}", [nameof(Kinds)]);
                }
            }
            if (kind.Period == ReportPeriod.AdHoc || kind.Id == AdHocKindId)
            {
                yield return new ValidationResult($"{Section}:{nameof(Kinds)} '{kind.Id}': ad-hoc reports are asked in chat, not configured (and '{AdHocKindId}' is their id).", [nameof(Kinds)]);
            }
        }
        var targets = new List<ValidationResult>();
        if (!Validator.TryValidateObject(Targets, new ValidationContext(Targets), targets, validateAllProperties: true))
        {
            foreach (var result in targets)
            {
                yield return new ValidationResult($"{Section}:{nameof(Targets)}: {result.ErrorMessage}", [nameof(Targets)]);
            }
        }
        if (WindowStart >= WindowEnd)
        {
            yield return new ValidationResult($"{Section}: {nameof(WindowStart)} ({WindowStart}) must be before {nameof(WindowEnd)} ({WindowEnd}).", [nameof(WindowStart)]);
        }
        if (TellStandingCommitteeAfterWorkingDays <= TellFollowersAfterWorkingDays)
        {
            yield return new ValidationResult(
                $"{Section}: {nameof(TellStandingCommitteeAfterWorkingDays)} ({TellStandingCommitteeAfterWorkingDays}) must be more than {nameof(TellFollowersAfterWorkingDays)} ({TellFollowersAfterWorkingDays}).",
                [nameof(TellStandingCommitteeAfterWorkingDays)]);
        }
    }
}
