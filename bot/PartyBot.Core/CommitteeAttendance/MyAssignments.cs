using PartyBot.Core.Meetings;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>Where one of a member's assignments stands, as "lịch dự họp" shows it.</summary>
public enum MyAssignmentState
{
    /// <summary>Waiting for the member's answer.</summary>
    Pending,

    /// <summary>Confirmed, the meeting still to come.</summary>
    Confirmed,

    /// <summary>Confirmed, and the meeting has started.</summary>
    Held,

    /// <summary>The member declined, or did not answer in time.</summary>
    Declined,
}

public sealed record MyAssignment(CommitteeAssignment Assignment, Meeting Meeting, MyAssignmentState State)
{
    /// <summary>The member may still confirm or decline it (the card's buttons): a pending assignment of a meeting not yet begun.</summary>
    public bool IsAnswerable(DateTimeOffset now) => State == MyAssignmentState.Pending && Meeting.StartsAt > now;
}

/// <summary>
/// A committee member's own assignments ("lịch dự họp"): those of this quarter (past ones included) and of the next, his or
/// hers now or declined by him or her, by the meeting's start.
/// </summary>
public sealed class MyAssignments(AssignmentStore store, MeetingStore meetings, TimeProvider time)
{
    private static readonly StringComparer Ids = StringComparer.OrdinalIgnoreCase;

    public async Task<IReadOnlyList<MyAssignment>> ListAsync(string memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        var now = time.GetUtcNow();
        var quarter = Quarter.Of(now);
        var found = new List<MyAssignment>();
        foreach (var q in new[] { quarter, quarter.Next })
        {
            foreach (var row in await store.ListQuarterAsync(q, cancellationToken))
            {
                var mine = row.IsLive && Ids.Equals(row.MemberId, memberId);
                if ((!mine && !row.Decliners.Contains(memberId, Ids))
                    || await meetings.GetAsync(row.UnitId, row.MeetingId, cancellationToken) is not { } meeting)
                {
                    continue;
                }
                var state = !mine ? MyAssignmentState.Declined
                    : row.State == AssignmentState.Pending ? MyAssignmentState.Pending
                    : meeting.StartsAt <= now ? MyAssignmentState.Held
                    : MyAssignmentState.Confirmed;
                found.Add(new MyAssignment(row, meeting, state));
            }
        }
        return [.. found.OrderBy(a => a.Meeting.StartsAt).ThenBy(a => a.Assignment.UnitId, StringComparer.Ordinal)];
    }
}
