using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Attendance;

/// <summary>Attendance rules (section "Attendance"); domain.md "Attendance, votes, absences". Every number is configurable.</summary>
public sealed class AttendanceOptions : IValidatableObject
{
    public const string Section = "Attendance";

    /// <summary>Members may check in from this many minutes before the start (0: from the start).</summary>
    [Range(0, 240)]
    public int CheckInOpensMinutesBefore { get; set; }

    /// <summary>Members may check in until this many minutes after the start.</summary>
    [Range(0, 600)]
    public int CheckInClosesMinutesAfter { get; set; } = 30;

    /// <summary>The secretary may open the roll call from this many minutes before the start (and any time after, so a paper roll call can be entered late).</summary>
    [Range(0, 1440)]
    public int RollCallOpensMinutesBefore { get; set; } = 60;

    /// <summary>Band "Tốt" from this attendance rate (percent).</summary>
    [Range(0, 100)]
    public double GoodPercent { get; set; } = 90;

    /// <summary>Band "Khá" from this rate.</summary>
    [Range(0, 100)]
    public double FairPercent { get; set; } = 75;

    /// <summary>Band "Trung bình" from this rate; below it "Kém".</summary>
    [Range(0, 100)]
    public double AveragePercent { get; set; } = 65;

    /// <summary>The warnings of <see cref="UnexcusedMonthsWarnings"/> when none are configured: at 2 and at 3 months.</summary>
    public static IReadOnlyList<int> DefaultUnexcusedMonthsWarnings { get; } = [2, 3];

    /// <summary>
    /// The secretary is warned when a member reaches these numbers of months with an unexcused absence in a calendar
    /// year (Điều lệ Điều 8: three may lead to striking off); null: <see cref="DefaultUnexcusedMonthsWarnings"/>. Null
    /// rather than a default value here, because the configuration binder appends a configured list to a default one
    /// (configuring [3] would give [2, 3, 3]). Read <see cref="UnexcusedMonthsToWarn"/>.
    /// </summary>
    [MinLength(1)]
    public int[]? UnexcusedMonthsWarnings { get; set; }

    /// <summary>The numbers of unexcused months that warn: the configured ones, else the default.</summary>
    public IReadOnlyList<int> UnexcusedMonthsToWarn => UnexcusedMonthsWarnings ?? DefaultUnexcusedMonthsWarnings;

    /// <summary>The secretary is warned when a member has more than this many excused absences in a row in a year.</summary>
    [Range(1, 24)]
    public int ExcusedInARowLimit { get; set; } = 3;

    /// <summary>Longest reason for an excused absence.</summary>
    [Range(10, 1000)]
    public int ReasonMaxLength { get; set; } = 200;

    public AttendanceBand BandOf(AttendanceTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var rate = tally.RatePercent;
        var band = rate >= GoodPercent ? AttendanceBand.Good
            : rate >= FairPercent ? AttendanceBand.Fair
            : rate >= AveragePercent ? AttendanceBand.Average
            : AttendanceBand.Poor;
        return tally.Unexcused > 0 && band != AttendanceBand.Poor ? band + 1 : band;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(GoodPercent >= FairPercent && FairPercent >= AveragePercent))
        {
            yield return new ValidationResult(
                $"{Section}: the band thresholds must go down: {nameof(GoodPercent)} ({GoodPercent}) ≥ {nameof(FairPercent)} ({FairPercent}) ≥ {nameof(AveragePercent)} ({AveragePercent}).",
                [nameof(GoodPercent), nameof(FairPercent), nameof(AveragePercent)]);
        }
        if (UnexcusedMonthsToWarn.Any(n => n is < 1 or > 12))
        {
            yield return new ValidationResult($"{Section}:{nameof(UnexcusedMonthsWarnings)} holds months of a year: 1 to 12.", [nameof(UnexcusedMonthsWarnings)]);
        }
    }
}
