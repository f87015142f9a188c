using Microsoft.Extensions.Options;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.Attendance;

/// <summary>
/// A meeting is held once its start is past or its roll call is closed (or being closed): from then on it is a record.
/// A held meeting is never cancelled nor moved to another time; only its record is corrected (place, content,
/// preparers, length), and the roll call keeps its own rules for marks.
/// </summary>
public sealed class HeldMeetings(RollCallStore rollCalls, IOptions<AttendanceOptions> options, TimeProvider time)
{
    public async Task<bool> IsHeldAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var now = time.GetUtcNow();
        return meeting.StartsAt <= now || MayHaveRollCall(meeting, now) && await ClosedRollCallAsync(meeting, cancellationToken);
    }

    /// <summary>The ids of the held meetings among these (cancelled ones are not held); roll calls are read only where one may exist.</summary>
    public async Task<IReadOnlySet<string>> HeldAmongAsync(IEnumerable<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var meeting in meetings.Where(m => m.Status != MeetingStatus.Cancelled))
        {
            if (await IsHeldAsync(meeting, cancellationToken))
            {
                held.Add(meeting.Id);
            }
        }
        return held;
    }

    /// <summary>A roll call can be opened only from <see cref="AttendanceOptions.RollCallOpensMinutesBefore"/> before the start.</summary>
    private bool MayHaveRollCall(Meeting meeting, DateTimeOffset now) => now >= meeting.StartsAt.AddMinutes(-options.Value.RollCallOpensMinutesBefore);

    private async Task<bool> ClosedRollCallAsync(Meeting meeting, CancellationToken cancellationToken) =>
        await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken) is { IsOpen: false };
}
