using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Attendance;

/// <summary>
/// The attendance stores and service on a fresh set of tables, at the test clock's time (23/11/2026 08:00 Vietnam),
/// with a unit id of its own. The meeting of the month starts on 1/12/2026 at 08:00 Vietnam time (01:00 UTC).
/// </summary>
internal sealed class AttendanceHarness
{
    public static readonly DateTimeOffset December1 = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private AttendanceHarness(TestTables tables)
    {
        Tables = tables;
        Attendance = new AttendanceStore(tables.Store, tables.Time);
        RollCalls = new RollCallStore(tables.Store);
        History = new AttendanceHistoryStore(tables.Store, new MeetingStore(tables.Store));
    }

    public TestTables Tables { get; }
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => Tables.Time;
    public string UnitId { get; } = "CB-" + Guid.NewGuid().ToString("N")[..8];
    public AttendanceStore Attendance { get; }
    public RollCallStore RollCalls { get; }
    public AttendanceHistoryStore History { get; }
    public AttendanceOptions Options { get; } = new();

    public static async Task<AttendanceHarness> CreateAsync(Azure.Core.Pipeline.HttpPipelinePolicy? policy = null) => new(await TestTables.CreateAsync(policy));

    /// <summary>A new service over the same stores, as another host instance would have.</summary>
    public AttendanceService Service() =>
        new(Attendance, RollCalls, History, Microsoft.Extensions.Options.Options.Create(Options), Tables.Time);

    public Meeting Meeting(DateTimeOffset? startsAt = null, string? id = null, MeetingKind kind = MeetingKind.Regular, MeetingStatus status = MeetingStatus.Announced)
    {
        var start = startsAt ?? December1;
        var local = VietnamTime.ToVietnam(start);
        return new Meeting(UnitId, id ?? Core.Meetings.Meeting.RegularId(local.Year, local.Month), kind, start, 120, status);
    }

    public Member Member(string id, string fullName, MemberStatus status = MemberStatus.Full, DateOnly? since = null, params UnitRole[] roles) =>
        new(id, fullName, UnitId, status, new HashSet<UnitRole>(roles), StatusSince: since);
}
