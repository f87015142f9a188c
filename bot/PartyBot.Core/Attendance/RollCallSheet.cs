using PartyBot.Core.Organization;

namespace PartyBot.Core.Attendance;

/// <summary>
/// Puts the members of a chi bộ and their rows together into roll-call lines: a member not summoned on the day is
/// miễn; a summoned one stands where his or her row says (<see cref="AttendanceEntry.Current"/>). When closing, a
/// summoned member still pending becomes vắng không lý do.
/// </summary>
public static class RollCallSheet
{
    public static IReadOnlyList<RollCallLine> Lines(IEnumerable<Member> members, IEnumerable<AttendanceEntry> entries, DateOnly day, bool closing)
    {
        var byMember = entries.ToDictionary(e => e.MemberId, StringComparer.OrdinalIgnoreCase);
        return [.. members
            .InNameOrder()
            .Select(m => Line(m, byMember.GetValueOrDefault(m.Id), day, closing))];
    }

    private static RollCallLine Line(Member member, AttendanceEntry? entry, DateOnly day, bool closing)
    {
        if (!member.IsSummonedOn(day))
        {
            return new RollCallLine(member.Id, member.FullName, member.Status, AttendanceState.Exempt, ExemptReason(member.Status));
        }
        var (state, reason) = entry?.Current ?? (AttendanceState.Pending, null);
        if (closing && state == AttendanceState.Pending)
        {
            state = AttendanceState.Unexcused;
        }
        var at = entry?.Mark is not null ? entry.MarkedAt : state == AttendanceState.Present ? entry?.CheckedInAt : null;
        return new RollCallLine(member.Id, member.FullName, member.Status, state, reason, at, entry?.Mark is not null ? entry.MarkedBy : null);
    }

    /// <summary>Why a member is not summoned, in the words the minutes use.</summary>
    private static string? ExemptReason(MemberStatus status) => status switch
    {
        MemberStatus.Exempt => AttendanceTexts.ExemptReason,
        MemberStatus.Suspended => AttendanceTexts.SuspendedReason,
        MemberStatus.TemporarilyTransferred => AttendanceTexts.TransferredReason,
        _ => null,
    };
}
