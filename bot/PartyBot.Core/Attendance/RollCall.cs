using PartyBot.Core.Organization;

namespace PartyBot.Core.Attendance;

public enum RollCallStatus
{
    Open,

    /// <summary>Being closed: no more check-ins or marks are taken while the record is read (a crash leaves it here; closing again finishes).</summary>
    Closing,

    Closed,
}

/// <summary>
/// The roll call of one meeting (PartitionKey = unit, RowKey = meeting id, as the meeting). Members check in from
/// <see cref="CheckInOpensAt"/> to <see cref="CheckInClosesAt"/>; the secretary marks and corrects until closing;
/// closing stores <see cref="Record"/>, the data of the minutes, which never changes after. The upper-level attendee
/// checks in apart (<see cref="UpperAttendee"/>): not a member of the chi bộ, so in none of its counts.
/// </summary>
public sealed record RollCall(
    string UnitId,
    string MeetingId,
    RollCallStatus Status,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    DateTimeOffset CheckInOpensAt,
    DateTimeOffset CheckInClosesAt,
    DateTimeOffset? ClosedAt = null,
    string? ClosedBy = null,
    RollCallRecord? Record = null,
    string? CardConversationId = null,
    string? CardActivityId = null,
    UpperAttendeeCheckIn? UpperAttendee = null)
{
    public bool IsClosed => Status == RollCallStatus.Closed;

    /// <summary>Takes check-ins and marks: neither closed nor being closed.</summary>
    public bool IsOpen => Status == RollCallStatus.Open;

    public bool IsCheckInOpen(DateTimeOffset now) => IsOpen && now >= CheckInOpensAt && now <= CheckInClosesAt;
}

/// <summary>The meeting's upper-level attendee (đại biểu cấp trên) checked in at <paramref name="At"/>.</summary>
public sealed record UpperAttendeeCheckIn(string MemberId, string FullName, DateTimeOffset At);

/// <summary>One member's line of the roll call, with what the minutes need: name, status, state and reason.</summary>
/// <param name="At">When the member checked in or was marked; null otherwise.</param>
/// <param name="MarkedBy">The member id of the secretary who set the state, when it was set by hand.</param>
public sealed record RollCallLine(
    string MemberId,
    string FullName,
    MemberStatus Status,
    AttendanceState State,
    string? Reason = null,
    DateTimeOffset? At = null,
    string? MarkedBy = null);

/// <summary>The closed roll call: the totals and every member's line (the biên bản's data).</summary>
public sealed record RollCallRecord(AttendanceTally Tally, IReadOnlyList<RollCallLine> Lines)
{
    public IEnumerable<RollCallLine> Absent => Lines.Where(l => l.State is AttendanceState.Excused or AttendanceState.Unexcused);

    public IEnumerable<RollCallLine> Exempt => Lines.Where(l => l.State == AttendanceState.Exempt);
}
