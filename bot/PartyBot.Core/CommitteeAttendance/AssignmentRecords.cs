using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

public enum RecordOutcome
{
    Recorded,

    /// <summary>Recorded so already (same state, same note): nothing changed.</summary>
    AlreadyRecorded,

    /// <summary>The caller is neither the assigned member nor the chi bộ's secretary or deputy (or the payload is not the current round).</summary>
    NotYours,

    NotFound,

    /// <summary>Nobody is assigned any more (declined, released): there is nothing to record.</summary>
    NotAssigned,

    /// <summary>The meeting has not started yet.</summary>
    TooEarly,

    MeetingCancelled,
    NoteTooLong,
}

public sealed record RecordResult(RecordOutcome Outcome, CommitteeAssignment? Assignment);

/// <summary>
/// After the meeting: "đã dự" (<see cref="AssignmentState.Attended"/>) or "không dự được" (<see cref="AssignmentState.Missed"/>)
/// with a short note (the ý kiến chỉ đạo, or why not), by the assigned member or by the chi bộ's secretary (or deputy)
/// for him or her. Only from the meeting's start, only for an assignment someone holds; a record can be corrected by
/// the same people. Under the row's ETag: a race is decided again on fresh data. Rights are checked before the note,
/// so a forged payload learns nothing of another's assignment.
/// </summary>
public sealed class AssignmentRecords(AssignmentStore store, MeetingStore meetings, TimeProvider time)
{
    private const int MaxAttempts = 5;

    /// <param name="round">The round the card's button carries; null from the command (the row's current round).</param>
    public async Task<RecordResult> RecordAsync(
        Quarter quarter, string unitId, string meetingId, int? round, Member caller, bool attended, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var state = attended ? AssignmentState.Attended : AssignmentState.Missed;
        for (var attempt = 1; ; attempt++)
        {
            if (await store.GetAsync(quarter, unitId, meetingId, cancellationToken) is not { } row)
            {
                return new RecordResult(RecordOutcome.NotFound, null);
            }
            var isMember = string.Equals(row.MemberId, caller.Id, StringComparison.OrdinalIgnoreCase);
            if (!isMember && !LeadsCell(caller, unitId) || round is { } r && r != row.Round)
            {
                return new RecordResult(RecordOutcome.NotYours, row);
            }
            if (row.MemberId is null || row.State == AssignmentState.Released)
            {
                return new RecordResult(RecordOutcome.NotAssigned, row);
            }
            var meeting = await meetings.GetAsync(unitId, meetingId, cancellationToken);
            var refusal = meeting is null ? RecordOutcome.NotFound
                : meeting.Status == MeetingStatus.Cancelled ? RecordOutcome.MeetingCancelled
                : time.GetUtcNow() < meeting.StartsAt ? RecordOutcome.TooEarly
                : note is { Length: > RotationLimits.RecordNoteMaxLength } ? RecordOutcome.NoteTooLong
                : (RecordOutcome?)null;
            if (refusal is { } refused)
            {
                return new RecordResult(refused, row);
            }
            if (row.State == state && row.Note == note)
            {
                return new RecordResult(RecordOutcome.AlreadyRecorded, row);
            }
            var next = row with { State = state, Note = note, RecordedBy = caller.Id, UpdatedAt = time.GetUtcNow() };
            if (await store.TryReplaceAsync(row, next, cancellationToken) is { } stored)
            {
                return new RecordResult(RecordOutcome.Recorded, stored);
            }
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The assignment {quarter}/{unitId}/{meetingId} kept changing; the record was not stored.");
            }
        }
    }

    /// <summary>The chi bộ's secretary or deputy secretary.</summary>
    public static bool LeadsCell(Member caller, string unitId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return string.Equals(caller.UnitId, unitId, StringComparison.OrdinalIgnoreCase)
            && (caller.HasRole(UnitRole.Secretary) || caller.HasRole(UnitRole.DeputySecretary));
    }
}
