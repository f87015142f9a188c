using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Benchmarks.CommitteeAttendance;

/// <summary>
/// A province-sized rotation input, the same every time: one upper committee, 20 đảng bộ, the chi bộ spread over them,
/// each meeting monthly on day 1–5 at 08:00, 14:00 or 19:30 (so that many clash); committee members of the upper committee,
/// each living in a chi bộ and following 7 of them; one in ten declared away for a week.
/// </summary>
internal static class LargeOrganization
{
    public static RotationInput Create(int cells, int committee)
    {
        var quarter = new Quarter(2026, 4);
        var units = new List<Unit> { new("DUK", UnitKind.UpperCommittee, "Đảng ủy Khối", null) };
        units.AddRange(Enumerable.Range(1, 20).Select(g => new Unit($"DB{g:D2}", UnitKind.GrassrootsCommittee, $"Đảng bộ {g}", "DUK")));
        var cellIds = Enumerable.Range(0, cells).Select(c => $"CB{c:D4}").ToList();
        units.AddRange(cellIds.Select((id, c) => new Unit(id, UnitKind.Cell, $"Chi bộ {c}", $"DB{1 + c % 20:D2}")));
        TimeOnly[] times = [new(8, 0), new(14, 0), new(19, 30)];
        var meetings = new List<Meeting>();
        for (var c = 0; c < cells; c++)
        {
            foreach (var month in new[] { 10, 11, 12 })
            {
                var start = RegularSlotRule.ToUtc(new DateOnly(2026, month, 1 + c % 5), times[c / 5 % 3]);
                meetings.Add(new Meeting(cellIds[c], $"R-2026-{month:D2}", MeetingKind.Regular, start, 90));
            }
        }
        var members = Enumerable.Range(0, committee).Select(m => new Member(
            $"CU{m:D3}", $"Cấp ủy viên {m}", cellIds[m * 7 % cells], MemberStatus.Full, new HashSet<UnitRole>(),
            FollowedUnitIds: [.. Enumerable.Range(0, 7).Select(k => cellIds[(m * 7 + 1 + k) % cells])],
            Committee: new CommitteeSeat("DUK", m % 10 == 0 ? CommitteeRank.Provincial : CommitteeRank.Member))).ToList();
        var away = members.Where((_, m) => m % 10 == 3)
            .Select((member, k) => new Unavailability(member.Id, new DateOnly(2026, 10 + k % 3, 1), new DateOnly(2026, 10 + k % 3, 7))).ToList();
        var now = RegularSlotRule.ToUtc(new DateOnly(2026, 9, 25), new TimeOnly(6, 30));
        return new RotationInput(RotationRules.Default, quarter, now, new OrganizationTree(units), meetings, members, away, []);
    }
}
