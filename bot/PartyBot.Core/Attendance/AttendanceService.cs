using Microsoft.Extensions.Options;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Attendance;

/// <summary>The outcome of an attendance action: the value, or the Vietnamese reason nothing was changed.</summary>
public sealed record AttendanceResult<T>(T? Value, string? Error);

public static class AttendanceResult
{
    public static AttendanceResult<T> Ok<T>(T value) => new(value, null);

    public static AttendanceResult<T> Refused<T>(string error) => new(default, error);
}

/// <summary>
/// The rules of domain.md "Attendance" over the stores: RSVP until the start, the roll call and its check-in window,
/// the secretary's marks, closing into a record and each member's history. The caller has checked who may act;
/// these rules check when and what.
/// </summary>
public sealed class AttendanceService(
    AttendanceStore attendance,
    RollCallStore rollCalls,
    AttendanceHistoryStore history,
    IOptions<AttendanceOptions> options,
    TimeProvider time)
{
    public AttendanceOptions Options => options.Value;

    public async Task<AttendanceResult<AttendanceEntry>> RsvpAsync(Meeting meeting, Member member, RsvpAnswer answer, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(member);
        var now = time.GetUtcNow();
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var refusal = meeting.Status == MeetingStatus.Cancelled ? AttendanceTexts.MeetingCancelled
            : now >= meeting.StartsAt ? AttendanceTexts.MeetingStarted
            : !member.IsSummonedOn(DayOf(meeting)) ? AttendanceTexts.NotSummoned
            : answer == RsvpAnswer.Excused && reason is null ? AttendanceTexts.ReasonRequired
            : answer == RsvpAnswer.Excused && reason!.Length > Options.ReasonMaxLength ? AttendanceTexts.ReasonTooLong(Options.ReasonMaxLength)
            : null;
        if (refusal is not null)
        {
            return AttendanceResult.Refused<AttendanceEntry>(refusal);
        }
        var (_, after) = await attendance.ChangeAsync(meeting.UnitId, meeting.Id, member.Id, member.Id, e =>
            e.Rsvp == answer && e.RsvpReason == (answer == RsvpAnswer.Excused ? reason : null)
                ? e
                : e with { Rsvp = answer, RsvpReason = answer == RsvpAnswer.Excused ? reason : null, RsvpAt = now },
            cancellationToken);
        return AttendanceResult.Ok<AttendanceEntry>(after);
    }

    /// <summary>Opens the roll call (once; opening again returns the one already open or closed).</summary>
    public async Task<AttendanceResult<RollCall>> OpenRollCallAsync(Meeting meeting, Member by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(by);
        if (await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken) is { } existing)
        {
            return AttendanceResult.Ok<RollCall>(existing);
        }
        var now = time.GetUtcNow();
        var opensAt = meeting.StartsAt.AddMinutes(-Options.RollCallOpensMinutesBefore);
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return AttendanceResult.Refused<RollCall>(AttendanceTexts.MeetingCancelled);
        }
        if (now < opensAt)
        {
            return AttendanceResult.Refused<RollCall>(AttendanceTexts.RollCallTooEarly(VietnamTime.Format(opensAt)));
        }
        var rollCall = new RollCall(
            meeting.UnitId, meeting.Id, RollCallStatus.Open, now, by.Id,
            meeting.StartsAt.AddMinutes(-Options.CheckInOpensMinutesBefore),
            meeting.StartsAt.AddMinutes(Options.CheckInClosesMinutesAfter));
        var (stored, _) = await rollCalls.OpenAsync(rollCall, cancellationToken);
        return AttendanceResult.Ok<RollCall>(stored);
    }

    public Task<RollCall?> RollCallAsync(Meeting meeting, CancellationToken cancellationToken) =>
        rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);

    /// <summary>Records the member's own check-in (the first time counts; a second click changes nothing).</summary>
    public async Task<AttendanceResult<AttendanceEntry>> CheckInAsync(Meeting meeting, Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(member);
        var now = time.GetUtcNow();
        var rollCall = await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        var refusal = rollCall is null ? AttendanceTexts.RollCallNotOpen
            : !rollCall.IsOpen ? AttendanceTexts.RollCallClosed
            : now < rollCall.CheckInOpensAt ? AttendanceTexts.CheckInNotYet(VietnamTime.Format(rollCall.CheckInOpensAt))
            : now > rollCall.CheckInClosesAt ? AttendanceTexts.CheckInOver(VietnamTime.Format(rollCall.CheckInClosesAt))
            : !member.IsSummonedOn(DayOf(meeting)) ? AttendanceTexts.NotSummoned
            : null;
        if (refusal is not null)
        {
            return AttendanceResult.Refused<AttendanceEntry>(refusal);
        }
        var (_, after) = await attendance.ChangeAsync(meeting.UnitId, meeting.Id, member.Id, member.Id,
            e => e.CheckedInAt is null ? e with { CheckedInAt = now } : e, cancellationToken);
        return await AsRecordedAsync(meeting, after, l => l.State == AttendanceState.Present, cancellationToken);
    }

    /// <summary>
    /// The upper-level attendee's own check-in, counted apart: only the meeting's confirmed attendee
    /// (<see cref="Meeting.UpperAttendeeMemberId"/>), in the same window as the members. The first time counts.
    /// </summary>
    public async Task<AttendanceResult<RollCall>> CheckInUpperAttendeeAsync(Meeting meeting, Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(member);
        var now = time.GetUtcNow();
        var rollCall = await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        var refusal = !string.Equals(meeting.UpperAttendeeMemberId, member.Id, StringComparison.OrdinalIgnoreCase) ? AttendanceTexts.NotTheUpperAttendee
            : rollCall is null ? AttendanceTexts.RollCallNotOpen
            : !rollCall.IsOpen ? AttendanceTexts.RollCallClosed
            : now < rollCall.CheckInOpensAt ? AttendanceTexts.CheckInNotYet(VietnamTime.Format(rollCall.CheckInOpensAt))
            : now > rollCall.CheckInClosesAt ? AttendanceTexts.CheckInOver(VietnamTime.Format(rollCall.CheckInClosesAt))
            : null;
        if (refusal is not null)
        {
            return AttendanceResult.Refused<RollCall>(refusal);
        }
        var stored = await rollCalls.UpdateAsync(meeting.UnitId, meeting.Id,
            r => r.IsOpen && r.UpperAttendee is null ? r with { UpperAttendee = new UpperAttendeeCheckIn(member.Id, member.FullName, now) } : r, cancellationToken);
        return stored?.UpperAttendee is { } upper && string.Equals(upper.MemberId, member.Id, StringComparison.OrdinalIgnoreCase)
            ? AttendanceResult.Ok(stored)
            : AttendanceResult.Refused<RollCall>(stored?.IsOpen == true ? AttendanceTexts.NotTheUpperAttendee : AttendanceTexts.RollCallClosed);
    }

    /// <summary>
    /// The secretary sets a member's state while the roll call is open: Present, Excused (reason required), Unexcused,
    /// or Pending to take a mark back. Every mark is logged with who and when.
    /// </summary>
    public async Task<AttendanceResult<AttendanceEntry>> MarkAsync(Meeting meeting, Member target, AttendanceState state, string? reason, Member by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(by);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var rollCall = await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        var refusal = rollCall is null ? AttendanceTexts.RollCallNotOpen
            : !rollCall.IsOpen ? AttendanceTexts.RollCallClosed
            : state == AttendanceState.Exempt || !target.IsSummonedOn(DayOf(meeting)) ? AttendanceTexts.NotSummonedTarget(target.FullName)
            : state == AttendanceState.Excused && reason is null ? AttendanceTexts.ReasonRequired
            : state == AttendanceState.Excused && reason!.Length > Options.ReasonMaxLength ? AttendanceTexts.ReasonTooLong(Options.ReasonMaxLength)
            : null;
        if (refusal is not null)
        {
            return AttendanceResult.Refused<AttendanceEntry>(refusal);
        }
        var now = time.GetUtcNow();
        AttendanceState? mark = state == AttendanceState.Pending ? null : state;
        var markReason = state == AttendanceState.Excused ? reason : null;
        var (_, after) = await attendance.ChangeAsync(meeting.UnitId, meeting.Id, target.Id, by.Id,
            e => e.Mark == mark && e.MarkReason == markReason ? e : e with { Mark = mark, MarkReason = markReason, MarkedBy = by.Id, MarkedAt = now },
            cancellationToken);
        return await AsRecordedAsync(
            meeting, after, l => state == AttendanceState.Pending || (l.State == state && (state != AttendanceState.Excused || l.Reason == markReason)), cancellationToken);
    }

    /// <summary>How long a check-in or mark that met a roll call being closed waits for the record, and how often it looks.</summary>
    private static readonly TimeSpan RecordWait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RecordPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// After a check-in or mark is written: still open, it counts. When the roll call began closing meanwhile, the close
    /// may or may not have read the change, so the answer waits for the record and says what the record says
    /// (<paramref name="counted"/> on the member's line); a close that does not finish in time is told as such.
    /// </summary>
    private async Task<AttendanceResult<AttendanceEntry>> AsRecordedAsync(
        Meeting meeting, AttendanceEntry written, Func<RollCallLine, bool> counted, CancellationToken cancellationToken)
    {
        var rollCall = await OpenOrRecordedAsync(meeting, cancellationToken);
        return rollCall switch
        {
            { IsOpen: true } => AttendanceResult.Ok(written),
            { Record: { } record } when record.Lines.FirstOrDefault(l => string.Equals(l.MemberId, written.MemberId, StringComparison.OrdinalIgnoreCase)) is { } line && counted(line) =>
                AttendanceResult.Ok(written),
            { IsClosed: true } => AttendanceResult.Refused<AttendanceEntry>(AttendanceTexts.RollCallClosed),
            _ => AttendanceResult.Refused<AttendanceEntry>(AttendanceTexts.RollCallClosing),
        };
    }

    /// <summary>The roll call as it is, or once a close under way has stored the record (waiting at most <see cref="RecordWait"/>).</summary>
    private async Task<RollCall?> OpenOrRecordedAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var rollCall = await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        // Real time, not the clock: this waits for another request to finish, it reads no time of the domain.
        for (var waited = TimeSpan.Zero; rollCall is { Status: RollCallStatus.Closing } && waited < RecordWait; waited += RecordPoll)
        {
            await Task.Delay(RecordPoll, cancellationToken);
            rollCall = await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        }
        return rollCall;
    }

    /// <summary>
    /// "Có mặt cho những người còn lại": the secretary marks present every summoned member still without a state (no
    /// check-in, no excused answer, no mark), each logged as a mark by <paramref name="by"/>. A member who checks in
    /// meanwhile keeps the check-in; doing it again marks nobody. Returns how many were marked.
    /// </summary>
    public async Task<AttendanceResult<int>> MarkRestPresentAsync(Meeting meeting, IReadOnlyList<Member> members, Member by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(by);
        var rollCall = await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        var refusal = rollCall is null ? AttendanceTexts.RollCallNotOpen : !rollCall.IsOpen ? AttendanceTexts.RollCallClosed : null;
        if (refusal is not null)
        {
            return AttendanceResult.Refused<int>(refusal);
        }
        var pending = (await LinesAsync(meeting, members, cancellationToken)).Where(l => l.State == AttendanceState.Pending).Select(l => l.MemberId).ToList();
        var now = time.GetUtcNow();
        var marked = new System.Collections.Concurrent.ConcurrentBag<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelMarks, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pending, parallel, async (memberId, ct) =>
        {
            var (before, after) = await attendance.ChangeAsync(meeting.UnitId, meeting.Id, memberId, by.Id,
                e => e.Current.State == AttendanceState.Pending ? e with { Mark = AttendanceState.Present, MarkReason = null, MarkedBy = by.Id, MarkedAt = now } : e,
                ct);
            if (before != after)
            {
                marked.Add(memberId);
            }
        });
        return await OpenOrRecordedAsync(meeting, cancellationToken) switch
        {
            { IsOpen: true } => AttendanceResult.Ok(marked.Count),
            { Record: { } record } when marked.All(id => record.Lines.Any(l => l.MemberId == id && l.State == AttendanceState.Present)) => AttendanceResult.Ok(marked.Count),
            { IsClosed: true } => AttendanceResult.Refused<int>(AttendanceTexts.RollCallClosed),
            _ => AttendanceResult.Refused<int>(AttendanceTexts.RollCallClosing),
        };
    }

    private const int ParallelMarks = 8;

    /// <summary>Every member's line as things stand (pending for who has neither checked in nor been marked).</summary>
    public async Task<IReadOnlyList<RollCallLine>> LinesAsync(Meeting meeting, IReadOnlyList<Member> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var entries = await attendance.ListAsync(meeting.UnitId, meeting.Id, cancellationToken);
        return RollCallSheet.Lines(members, entries, DayOf(meeting), closing: false);
    }

    public Task<IReadOnlyList<AttendanceEntry>> EntriesAsync(Meeting meeting, CancellationToken cancellationToken) =>
        attendance.ListAsync(meeting.UnitId, meeting.Id, cancellationToken);

    /// <summary>
    /// Closes the roll call: every summoned member still pending becomes vắng không lý do, the record is stored with
    /// the roll call (once: the first close wins, a second returns it unchanged), then each member's history is
    /// written from the stored record (again on a repeated close, so a crash in between loses nothing).
    /// </summary>
    /// <returns>The closed roll call and whether this call closed it.</returns>
    public async Task<AttendanceResult<(RollCall RollCall, bool ClosedNow)>> CloseRollCallAsync(
        Meeting meeting, IReadOnlyList<Member> members, Member by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(by);
        // First no more check-ins or marks (Closing), then the rows are read: a change that saw the roll call open was
        // written before this point, so it is in the record; one that did not is refused (StillOpenAsync).
        var closing = await rollCalls.UpdateAsync(meeting.UnitId, meeting.Id, r => r.IsOpen ? r with { Status = RollCallStatus.Closing } : r, cancellationToken);
        if (closing is null)
        {
            return AttendanceResult.Refused<(RollCall, bool)>(AttendanceTexts.RollCallNotOpen);
        }
        var closed = closing;
        var closedNow = false;
        if (!closing.IsClosed)
        {
            var entries = await attendance.ListAsync(meeting.UnitId, meeting.Id, cancellationToken);
            var lines = RollCallSheet.Lines(members, entries, DayOf(meeting), closing: true);
            var record = new RollCallRecord(AttendanceTally.Of(lines), lines);
            var now = time.GetUtcNow();
            closed = await rollCalls.UpdateAsync(meeting.UnitId, meeting.Id, r =>
            {
                closedNow = !r.IsClosed;
                return r.IsClosed ? r : r with { Status = RollCallStatus.Closed, ClosedAt = now, ClosedBy = by.Id, Record = record };
            }, cancellationToken) ?? closing;
        }
        var spoke = await SpokeAsync(meeting, cancellationToken);
        await history.SaveAsync(HistoryOf(meeting, closed.Record!, spoke), cancellationToken);
        // A tick that met the close may have written its history before this save: read the ticks again.
        if (await SpokeAsync(meeting, cancellationToken) is var again && !again.SetEquals(spoke))
        {
            await history.SaveAsync(HistoryOf(meeting, closed.Record!, again), cancellationToken);
        }
        return AttendanceResult.Ok<(RollCall, bool)>((closed, closedNow));
    }

    /// <summary>The warnings the closed roll call raises: unexcused months reaching a configured count, excused absences in a row.</summary>
    public async Task<IReadOnlyList<AbsenceWarning>> WarningsAsync(Meeting meeting, RollCallRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(record);
        var year = VietnamTime.ToVietnam(meeting.StartsAt).Year;
        var from = VietnamTime.YearStart(year);
        var warnings = new List<AbsenceWarning>();
        foreach (var line in record.Absent)
        {
            var entries = await history.ListAsync(line.MemberId, from, from.AddYears(1), cancellationToken);
            warnings.AddRange(AbsenceWatch.Check(entries, meeting.UnitId, meeting.Id, Options));
        }
        return warnings;
    }

    public Task<IReadOnlyList<AttendanceHistoryEntry>> HistoryAsync(string memberId, int year, CancellationToken cancellationToken)
    {
        var from = VietnamTime.YearStart(year);
        return history.ListAsync(memberId, from, from.AddYears(1), cancellationToken);
    }

    public AttendanceBand BandOf(AttendanceTally tally) => Options.BandOf(tally);

    private async Task<HashSet<string>> SpokeAsync(Meeting meeting, CancellationToken cancellationToken) =>
        (await attendance.SpeakersAsync(meeting.UnitId, meeting.Id, cancellationToken)).Select(t => t.MemberId).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each line's history entry; "spoke" counts only for a member present.</summary>
    internal static IEnumerable<AttendanceHistoryEntry> HistoryOf(Meeting meeting, RollCallRecord record, IReadOnlySet<string> spoke) =>
        record.Lines.Select(l => new AttendanceHistoryEntry(
            l.MemberId, meeting.UnitId, meeting.Id, meeting.Kind, meeting.StartsAt, l.State, l.Reason, l.State == AttendanceState.Present && spoke.Contains(l.MemberId)));

    private static DateOnly DayOf(Meeting meeting) => DateOnly.FromDateTime(VietnamTime.ToVietnam(meeting.StartsAt).DateTime);
}
