using System.ComponentModel.DataAnnotations;
using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

public enum QuotaPeriod
{
    Quarter,
    Year,
}

/// <summary>At least <see cref="Meetings"/> chi bộ meetings attended per <see cref="Period"/>.</summary>
public sealed class AttendanceQuota
{
    [Range(0, 200)]
    public int Meetings { get; set; }

    public QuotaPeriod Period { get; set; } = QuotaPeriod.Year;
}

/// <summary>
/// The rules of domain.md "Committee members attending chi bộ meetings" (section "CommitteeAttendance"). The defaults
/// follow Kon Tum 776-QĐ/TU, as the text of Quy định 784 is not public; an organisation sets its own.
/// </summary>
public sealed class CommitteeAttendanceOptions : IValidatableObject
{
    public const string Section = "CommitteeAttendance";

    /// <summary>The quota per committee rank. Every rank needs one (a missing rank stops the host at start).</summary>
    public Dictionary<CommitteeRank, AttendanceQuota> Quotas { get; set; } = new()
    {
        [CommitteeRank.Provincial] = new() { Meetings = 2, Period = QuotaPeriod.Year },
        [CommitteeRank.Member] = new() { Meetings = 6, Period = QuotaPeriod.Year },
    };

    /// <summary>Each chi bộ gets an upper-level attendee at this many of its meetings per quarter, at least.</summary>
    [Range(1, 12)]
    public int VisitsPerCellPerQuarter { get; set; } = 1;

    /// <summary>Choose the committee member who follows (phụ trách) the chi bộ first, when he or she can go.</summary>
    public bool PreferFollower { get; set; } = true;

    /// <summary>One person's two meetings start at least this many hours apart (travel between sites), and never overlap.</summary>
    [Range(0, 24)]
    public int MinHoursBetweenMeetings { get; set; } = 3;

    /// <summary>The assignment job assigns the meetings starting within this many days (the rest of the quarter is planned, not stored).</summary>
    [Range(1, 92)]
    public int AssignDaysAhead { get; set; } = 28;

    /// <summary>The longest period of declared unavailability ("bận …"), in days.</summary>
    [Range(1, 366)]
    public int MaxUnavailabilityDays { get; set; } = 92;

    /// <summary>An assigned member who has not answered within this many days is replaced.</summary>
    [Range(1, 30)]
    public int AnswerDays { get; set; } = 2;

    public RotationRules Rules => new(
        Quotas.ToDictionary(q => q.Key, q => new QuotaRule(q.Value.Meetings, q.Value.Period)),
        VisitsPerCellPerQuarter,
        PreferFollower,
        TimeSpan.FromHours(MinHoursBetweenMeetings),
        TimeSpan.FromDays(AnswerDays));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var rank in Enum.GetValues<CommitteeRank>().Where(r => !Quotas.ContainsKey(r)))
        {
            yield return new ValidationResult($"{Section}:{nameof(Quotas)}:{rank} is missing: every committee rank needs a quota.", [nameof(Quotas)]);
        }
        foreach (var (rank, quota) in Quotas.Where(q => q.Value.Meetings is < 0 or > 200 || !Enum.IsDefined(q.Value.Period)))
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(Quotas)}:{rank} ({quota.Meetings} per {quota.Period}) must be 0–200 meetings per Quarter or Year.", [nameof(Quotas)]);
        }
    }
}
