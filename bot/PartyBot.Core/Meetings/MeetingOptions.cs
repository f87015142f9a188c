using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Meetings;

/// <summary>The meeting rules of domain.md "Meetings" (section "Meetings"); every number is configurable.</summary>
public sealed class MeetingOptions : IValidatableObject
{
    public const string Section = "Meetings";

    /// <summary>Minimum length of a regular meeting.</summary>
    [Range(15, 600)]
    public int MinimumMinutes { get; set; } = 90;

    /// <summary>Minimum length when a thematic session is held in the same sitting.</summary>
    [Range(15, 600)]
    public int MinimumMinutesWithThematic { get; set; } = 120;

    /// <summary>How many months after the current one the planner keeps planned.</summary>
    [Range(0, 12)]
    public int PlanMonthsAhead { get; set; } = 2;

    /// <summary>The agenda card goes to the chi bộ this many days before the meeting.</summary>
    [Range(0, 30)]
    public int NoticeDaysBefore { get; set; } = 3;

    /// <summary>Documents are available at least this many days before.</summary>
    [Range(0, 30)]
    public int DocumentsDaysBefore { get; set; } = 1;

    /// <summary>From this day of the quarter (1 = its first day) a chi bộ with no thematic session reminds its secretary.</summary>
    [Range(1, 92)]
    public int ThematicReminderDayOfQuarter { get; set; } = 45;

    /// <summary>This many days before the quarter ends, the committee members following the unit are told too.</summary>
    [Range(0, 92)]
    public int FollowerWarningDaysBeforeQuarterEnd { get; set; } = 14;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinimumMinutesWithThematic < MinimumMinutes)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(MinimumMinutesWithThematic)} ({MinimumMinutesWithThematic}) must be at least {nameof(MinimumMinutes)} ({MinimumMinutes}).",
                [nameof(MinimumMinutesWithThematic)]);
        }
        if (DocumentsDaysBefore > NoticeDaysBefore)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(DocumentsDaysBefore)} ({DocumentsDaysBefore}) cannot exceed {nameof(NoticeDaysBefore)} ({NoticeDaysBefore}): documents come with or after the notice.",
                [nameof(DocumentsDaysBefore)]);
        }
    }
}
