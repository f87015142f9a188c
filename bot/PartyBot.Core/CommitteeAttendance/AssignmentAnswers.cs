using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

public enum AnswerOutcome
{
    Confirmed,
    Declined,

    /// <summary>The same answer was given already: nothing changed.</summary>
    AlreadyAnswered,

    /// <summary>The caller is not the member of this assignment's current round (another member, an old card, a released row).</summary>
    NotYours,

    NotFound,
    ReasonRequired,
    ReasonTooLong,
}

/// <param name="AttendeeChanged">The meeting as stored when the answer changed its upper-level attendee (its agenda card is to be refreshed), else null.</param>
public sealed record AnswerResult(AnswerOutcome Outcome, CommitteeAssignment? Assignment, Meeting? AttendeeChanged = null);

/// <summary>
/// The assigned member's answers: confirm, or decline with a reason (the meeting is released and the member never
/// chosen again for it). Only the member of the current round may answer; an answer races other writers under the
/// row's ETag and is decided again on fresh data. A confirmed member is the meeting's upper-level attendee
/// (<see cref="Meeting.UpperAttendeeMemberId"/>, which the agenda and the reminders show) until he or she declines.
/// </summary>
public sealed class AssignmentAnswers(AssignmentStore store, MeetingStore meetings, TimeProvider time)
{
    private const int MaxAttempts = 5;

    public Task<AnswerResult> ConfirmAsync(Quarter quarter, string unitId, string meetingId, int round, Member caller, CancellationToken cancellationToken) =>
        AnswerAsync(quarter, unitId, meetingId, round, caller, null, cancellationToken);

    /// <summary>The reason is checked after the caller's right to the assignment, so a forged payload learns nothing of another's.</summary>
    public Task<AnswerResult> DeclineAsync(Quarter quarter, string unitId, string meetingId, int round, Member caller, string? reason, CancellationToken cancellationToken) =>
        AnswerAsync(quarter, unitId, meetingId, round, caller, reason?.Trim() ?? "", cancellationToken);

    /// <param name="declineReason">Null to confirm; trimmed (maybe empty) to decline.</param>
    private async Task<AnswerResult> AnswerAsync(
        Quarter quarter, string unitId, string meetingId, int round, Member caller, string? declineReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        for (var attempt = 1; ; attempt++)
        {
            if (await store.GetAsync(quarter, unitId, meetingId, cancellationToken) is not { } row)
            {
                return new AnswerResult(AnswerOutcome.NotFound, null);
            }
            if (row.IsRecorded)
            {
                return new AnswerResult(AnswerOutcome.AlreadyAnswered, row); // the meeting is over and recorded: nothing to answer
            }
            var declinedBefore = row.Round == round && row.Decliners.Contains(caller.Id, StringComparer.OrdinalIgnoreCase);
            if (declineReason is not null && declinedBefore)
            {
                return new AnswerResult(AnswerOutcome.AlreadyAnswered, row);
            }
            if (row.Round != round || !string.Equals(row.MemberId, caller.Id, StringComparison.OrdinalIgnoreCase) || !row.IsLive)
            {
                return new AnswerResult(AnswerOutcome.NotYours, row);
            }
            if (declineReason is null && row.State == AssignmentState.Confirmed)
            {
                return new AnswerResult(AnswerOutcome.AlreadyAnswered, row);
            }
            if (declineReason is { Length: 0 })
            {
                return new AnswerResult(AnswerOutcome.ReasonRequired, row);
            }
            if (declineReason is { Length: > RotationLimits.DeclineReasonMaxLength })
            {
                return new AnswerResult(AnswerOutcome.ReasonTooLong, row);
            }
            var next = declineReason is null
                ? row with { State = AssignmentState.Confirmed, UpdatedAt = time.GetUtcNow() }
                : row with
                {
                    State = AssignmentState.Released,
                    MemberId = null,
                    Reason = RotationTexts.DeclinedBy(caller.FullName, declineReason),
                    DeclinedBy = [.. row.Decliners, caller.Id],
                    UpdatedAt = time.GetUtcNow(),
                };
            if (await store.TryReplaceAsync(row, next, cancellationToken) is { } stored)
            {
                var changed = await SetAttendeeAsync(unitId, meetingId, caller.Id, attending: declineReason is null, cancellationToken);
                return new AnswerResult(declineReason is null ? AnswerOutcome.Confirmed : AnswerOutcome.Declined, stored, changed);
            }
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The assignment {quarter}/{unitId}/{meetingId} kept changing; the answer was not stored.");
            }
        }
    }

    /// <summary>
    /// Makes the member the meeting's attendee, or stops him or her being it (another's name is left alone).
    /// Returns the meeting as stored when its attendee changed, else null.
    /// </summary>
    public async Task<Meeting?> SetAttendeeAsync(string unitId, string meetingId, string memberId, bool attending, CancellationToken cancellationToken)
    {
        var changed = false;
        var stored = await meetings.UpdateAsync(unitId, meetingId, m =>
        {
            var next = attending ? m with { UpperAttendeeMemberId = memberId }
                : string.Equals(m.UpperAttendeeMemberId, memberId, StringComparison.OrdinalIgnoreCase) ? m with { UpperAttendeeMemberId = null }
                : m;
            changed = !string.Equals(next.UpperAttendeeMemberId, m.UpperAttendeeMemberId, StringComparison.OrdinalIgnoreCase);
            return next;
        }, cancellationToken);
        return changed ? stored : null;
    }
}
