using Microsoft.Extensions.Options;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Meetings;

/// <summary>
/// <see cref="MonthlyMeetingRule"/> over the chi bộ's stored meetings, in the secretary's words: the month's only regular
/// meeting keeps its kind and its month and is not cancelled; a thematic session in the same sitting as the regular
/// meeting makes the sitting last <see cref="MeetingOptions.MinimumMinutesWithThematic"/>.
/// </summary>
public sealed class MonthlyMeetingCheck(MeetingStore meetings, IOptions<MeetingOptions> options)
{
    /// <summary>What stops <paramref name="draft"/> being saved over <paramref name="before"/> (null for a new meeting); empty when nothing does.</summary>
    /// <param name="held">A held meeting's record is corrected as it happened: its sitting is not checked again.</param>
    public async Task<IReadOnlyList<string>> ProblemsAsync(Unit unit, Meeting? before, MeetingDraft draft, bool held, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<string>();
        if (before is { Kind: MeetingKind.Regular } && (draft.Kind != MeetingKind.Regular || MonthlyMeetingRule.MonthOf(draft.StartsAt) != MonthlyMeetingRule.MonthOf(before.StartsAt))
            && await OnlyRegularOfItsMonthAsync(before, cancellationToken))
        {
            var (year, month) = MonthlyMeetingRule.MonthOf(before.StartsAt);
            errors.Add(draft.Kind != MeetingKind.Regular ? MeetingFormTexts.RegularKindKept(month, year) : MeetingFormTexts.RegularMonthKept(month, year));
        }
        if (!held)
        {
            var endsAt = draft.StartsAt.AddMinutes(draft.DurationMinutes);
            // Any meeting that may overlap or touch the draft starts at most the longest meeting before it.
            var near = await meetings.ListForUnitAsync(unit.Id, draft.StartsAt.AddMinutes(-MeetingFormCard.MaxMinutes), endsAt.AddMinutes(1), cancellationToken);
            if (MonthlyMeetingRule.ShortSharedSitting(before?.Id, draft.Kind, draft.StartsAt, draft.DurationMinutes, near, options.Value.MinimumMinutesWithThematic) is { } sitting)
            {
                errors.Add(MeetingFormTexts.SittingTooShort(sitting.MinimumMinutes, sitting.SittingMinutes, MeetingTexts.KindName(sitting.Other.Kind), MeetingFormTexts.At(sitting.Other.StartsAt)));
            }
        }
        return errors;
    }

    /// <summary>Why the meeting may not be cancelled (it is its month's only regular meeting), or null.</summary>
    public async Task<string?> CancelProblemAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Kind != MeetingKind.Regular || !await OnlyRegularOfItsMonthAsync(meeting, cancellationToken))
        {
            return null;
        }
        var (year, month) = MonthlyMeetingRule.MonthOf(meeting.StartsAt);
        return MeetingFormTexts.OnlyRegularCannotCancel(month, year);
    }

    private async Task<bool> OnlyRegularOfItsMonthAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var (year, month) = MonthlyMeetingRule.MonthOf(meeting.StartsAt);
        var first = new DateOnly(year, month, 1);
        var inMonth = await meetings.ListForUnitAsync(meeting.UnitId,
            RegularSlotRule.ToUtc(first, TimeOnly.MinValue), RegularSlotRule.ToUtc(first.AddMonths(1), TimeOnly.MinValue), cancellationToken);
        return MonthlyMeetingRule.IsOnlyRegularOfItsMonth(meeting, inMonth);
    }
}
