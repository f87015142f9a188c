using PartyBot.Cards.Attendance;
using PartyBot.Cards.Tests.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using static PartyBot.Cards.Tests.Meetings.MeetingSamples;

namespace PartyBot.Cards.Tests.Attendance;

/// <summary>
/// The December 2026 meeting of one chi bộ (sample data) for the attendance cards' tests and pictures: 15 members,
/// 12 summoned (10 full, 2 dự bị), 3 not summoned. At 08:10 ten have checked in (8 full), one sent a reason, one has
/// not checked in; closing makes him vắng không lý do.
/// </summary>
internal static class AttendanceSamples
{
    public const string SecretaryName = "Nguyễn Thị Thu Hà";

    /// <summary>A Vietnam-time clock reading on the meeting's day (1 December 2026) as an instant.</summary>
    public static DateTimeOffset On1December(int hour, int minute) => new(2026, 12, 1, hour, minute, 0, TimeSpan.FromHours(7));

    public static IReadOnlyList<RollCallLine> OpenLines { get; } =
    [
        new("dv-001", "Nguyễn Thị Thu Hà", MemberStatus.Full, AttendanceState.Present, At: On1December(7, 58)),
        new("dv-002", "Trần Văn Hùng", MemberStatus.Full, AttendanceState.Present, At: On1December(8, 1)),
        new("dv-003", "Phạm Thị Lan", MemberStatus.Full, AttendanceState.Present, At: On1December(8, 2)),
        new("dv-004", "Lê Minh Tuấn", MemberStatus.Full, AttendanceState.Present, At: On1December(8, 3)),
        new("dv-005", "Hoàng Văn Nam", MemberStatus.Full, AttendanceState.Present, At: On1December(8, 4)),
        new("dv-006", "Vũ Thị Ánh", MemberStatus.Full, AttendanceState.Present, At: On1December(8, 5)),
        new("dv-007", "Đặng Quốc Bảo", MemberStatus.Full, AttendanceState.Present, At: On1December(8, 12), MarkedBy: "dv-001"),
        new("dv-008", "Phan Thanh Bình", MemberStatus.Full, AttendanceState.Present, At: On1December(8, 6)),
        new("dv-009", "Trịnh Văn Dũng", MemberStatus.Full, AttendanceState.Excused, "Đi công tác tại Hà Nội theo Quyết định số 125/QĐ-STC"),
        new("dv-010", "Đỗ Văn Đức", MemberStatus.Full, AttendanceState.Pending),
        new("dv-011", "Ngô Thị Hồng", MemberStatus.Probationary, AttendanceState.Present, At: On1December(8, 7)),
        new("dv-012", "Trần Thị Bích Ngọc", MemberStatus.Probationary, AttendanceState.Present, At: On1December(8, 8)),
        new("dv-013", "Dương Văn Long", MemberStatus.Suspended, AttendanceState.Exempt, AttendanceTexts.SuspendedReason),
        new("dv-014", "Lý Thị Yến", MemberStatus.TemporarilyTransferred, AttendanceState.Exempt, AttendanceTexts.TransferredReason),
        new("dv-015", "Bùi Thị Mai", MemberStatus.Exempt, AttendanceState.Exempt, AttendanceTexts.ExemptReason),
    ];

    /// <summary>The lines once closed: who had not checked in is vắng không lý do.</summary>
    public static IReadOnlyList<RollCallLine> ClosedLines { get; } =
        [.. OpenLines.Select(l => l.State == AttendanceState.Pending ? l with { State = AttendanceState.Unexcused } : l)];

    public static AttendanceOptions Options { get; } = new();

    public static RollCall OpenRollCall { get; } = new(
        UnitId, Regular.Id, RollCallStatus.Open, On1December(7, 45), "dv-001", On1December(8, 0), On1December(8, 30));

    public static RollCallRecord Record { get; } = new(AttendanceTally.Of(ClosedLines), ClosedLines);

    public static RollCall ClosedRollCall { get; } = OpenRollCall with
    {
        Status = RollCallStatus.Closed, ClosedAt = On1December(9, 35), ClosedBy = "dv-001", Record = Record,
    };

    public static IReadOnlyList<string> RefreshUserIds { get; } = ["29:1a2b3c-thu-ha", "29:4d5e6f-van-hung", "29:7a8b9c-thi-anh"];

    public static RollCallView RollCall(IReadOnlyList<RollCallLine> lines, DateTimeOffset now, RollCall? rollCall = null)
    {
        var tally = AttendanceTally.Of(lines);
        return new RollCallView(UnitName, UnitPath, Regular, rollCall ?? OpenRollCall, tally, Options.BandOf(tally), now, SecretaryName: SecretaryName);
    }

    /// <summary>The shared card in the chi bộ's conversation at 08:10, check-in open.</summary>
    public static RollCallView SharedRollCall { get; } = RollCall(OpenLines, On1December(8, 10));

    /// <summary>Vũ Thị Ánh's view right after she checked in.</summary>
    public static RollCallView MemberRollCall { get; } = SharedRollCall with
    {
        Mine = OpenLines[5],
        Notice = "Đã ghi nhận đồng chí có mặt lúc 08:05.",
        RefreshUserIds = RefreshUserIds,
    };

    /// <summary>Đỗ Văn Đức's view: not checked in yet.</summary>
    public static RollCallView PendingRollCall { get; } = SharedRollCall with { Mine = OpenLines[9], RefreshUserIds = RefreshUserIds };

    /// <summary>The secretary's view while open: every line and the form.</summary>
    public static RollCallView SecretaryRollCall { get; } = SharedRollCall with
    {
        Mine = OpenLines[0],
        Lines = OpenLines,
        Notice = "Đã ghi nhận: Đặng Quốc Bảo — Có mặt.",
        RefreshUserIds = RefreshUserIds,
    };

    /// <summary>The secretary's view just after opening, before check-in opens: nobody has a state yet.</summary>
    public static RollCallView NotYetSecretaryRollCall { get; } = RollCall(
        [.. OpenLines.Select(l => l.State == AttendanceState.Exempt ? l : l with { State = AttendanceState.Pending, Reason = null, At = null, MarkedBy = null })],
        On1December(7, 50)) with
    {
        Lines = [.. OpenLines.Select(l => l.State == AttendanceState.Exempt ? l : l with { State = AttendanceState.Pending, Reason = null, At = null, MarkedBy = null })],
        Mine = OpenLines[0] with { State = AttendanceState.Pending, At = null },
        RefreshUserIds = RefreshUserIds,
    };

    /// <summary>The secretary's view after closing.</summary>
    public static RollCallView ClosedRollCallView { get; } = RollCall(ClosedLines, On1December(9, 40), ClosedRollCall) with
    {
        Mine = ClosedLines[0],
        Lines = ClosedLines,
    };

    public static RollCallSummaryView Summary { get; } = new(
        UnitName, UnitPath, Regular, Record, Options.BandOf(Record.Tally), On1December(9, 35), SecretaryName);

    /// <summary>The upper-level attendee's view right after checking in: apart from the chi bộ's counts, no button left.</summary>
    public static RollCallView UpperAttendeeRollCall { get; } = SharedRollCall with
    {
        UpperAttendee = new UpperAttendeeStatus("Trương Văn Nam", On1December(8, 4)),
        ViewerIsUpperAttendee = true,
        Notice = PartyBot.Core.Attendance.AttendanceTexts.UpperAttendeeCheckedIn,
    };

    public static RollCallSummaryView SummaryWithUpperAttendee { get; } = Summary with { UpperAttendee = new UpperAttendeeStatus("Trương Văn Nam", On1December(8, 4)) };

    // ---- Invitation ----

    public static InvitationView SharedInvitation { get; } = new(RegularAgenda, Answerable: true);

    public static RsvpStatus ExcusedAnswer { get; } =
        new(RsvpAnswer.Excused, "Đi công tác tại Hà Nội theo Quyết định số 125/QĐ-STC", new DateTimeOffset(2026, 11, 27, 7, 5, 0, TimeSpan.Zero));

    /// <summary>Trịnh Văn Dũng's view right after he sent his reason.</summary>
    public static InvitationView ExcusedInvitation { get; } = SharedInvitation with
    {
        Mine = ExcusedAnswer,
        Notice = "Đã ghi nhận: đồng chí vắng có lý do. Bí thư chi bộ đã nhận được lý do của đồng chí.",
        RefreshUserIds = RefreshUserIds,
    };

    public static InvitationView UnansweredInvitation { get; } = SharedInvitation with
    {
        Mine = new RsvpStatus(RsvpAnswer.None),
        RefreshUserIds = RefreshUserIds,
    };

    public static RsvpTally Tally { get; } = new(
        ["Nguyễn Thị Thu Hà", "Trần Văn Hùng", "Phạm Thị Lan", "Lê Minh Tuấn", "Hoàng Văn Nam", "Vũ Thị Ánh", "Phan Thanh Bình", "Ngô Thị Hồng"],
        [
            new NamedReason("Trịnh Văn Dũng", "Đi công tác tại Hà Nội theo Quyết định số 125/QĐ-STC"),
            new NamedReason("Trần Thị Bích Ngọc", "Nghỉ chế độ thai sản"),
        ],
        ["Đặng Quốc Bảo", "Đỗ Văn Đức"]);

    /// <summary>The secretary's view: her own answer and the tally.</summary>
    public static InvitationView SecretaryInvitation { get; } = SharedInvitation with
    {
        Mine = new RsvpStatus(RsvpAnswer.Attending, AnsweredAt: new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero)),
        Tally = Tally,
        RefreshUserIds = RefreshUserIds,
    };

    /// <summary>A member's view after the start: no more answers.</summary>
    public static InvitationView StartedInvitation { get; } = SharedInvitation with
    {
        Answerable = false,
        Mine = new RsvpStatus(RsvpAnswer.Attending, AnsweredAt: new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero)),
    };

    /// <summary>A thematic session with an online link and documents: four buttons at the bottom.</summary>
    public static InvitationView ThematicInvitation { get; } = new(
        ThematicAgenda with { DocumentsLink = new Uri("https://sotaydangvien.vn/tai-lieu/chuyen-de-q4-2026") },
        Answerable: true,
        Mine: new RsvpStatus(RsvpAnswer.None),
        RefreshUserIds: RefreshUserIds);

    public static InvitationView CancelledInvitation { get; } = new(CancelledAgenda, Answerable: false, Mine: ExcusedAnswer, Tally: Tally, RefreshUserIds: RefreshUserIds);

    // ---- History ----

    private static AttendanceHistoryRow HistoryRow(int month, int day, AttendanceState state, string? reason = null, MeetingKind kind = MeetingKind.Regular) =>
        new(UnitName, kind, new DateTimeOffset(2026, month, day, kind == MeetingKind.Regular ? 1 : 7, 30, 0, TimeSpan.Zero), state, reason);

    public static AttendanceHistoryView History { get; } = new("Nguyễn Văn An", UnitName, 2026,
    [
        HistoryRow(1, 5, AttendanceState.Present),
        HistoryRow(2, 2, AttendanceState.Present),
        HistoryRow(3, 2, AttendanceState.Unexcused),
        HistoryRow(3, 19, AttendanceState.Present, kind: MeetingKind.Thematic),
        HistoryRow(4, 1, AttendanceState.Excused, "Ốm, có giấy của bệnh viện"),
        HistoryRow(5, 4, AttendanceState.Present),
        HistoryRow(6, 1, AttendanceState.Present),
        HistoryRow(6, 18, AttendanceState.Excused, "Đi công tác tại Đà Nẵng", MeetingKind.Thematic),
        HistoryRow(7, 1, AttendanceState.Present),
        HistoryRow(8, 3, AttendanceState.Unexcused),
        HistoryRow(9, 1, AttendanceState.Exempt, AttendanceTexts.ExemptReason),
        HistoryRow(10, 1, AttendanceState.Present),
    ], UnexcusedMonths: 2, AttendanceOptions.DefaultUnexcusedMonthsWarnings);

    public static AttendanceHistoryView EmptyHistory { get; } = new("Trần Thị Bích Ngọc", UnitName, 2026, [], UnexcusedMonths: 0, AttendanceOptions.DefaultUnexcusedMonthsWarnings);

    // ---- A large chi bộ ----

    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] Middles = ["Thị Bích", "Văn", "Thị Thu", "Quốc", "Thị Hồng", "Đức", "Thị Ngọc", "Minh", "Thị Kim", "Thanh"];
    private static readonly string[] Givens = ["An", "Ngọc", "Hà", "Hùng", "Lan", "Tuấn", "Nam", "Ánh", "Bảo", "Bình", "Dũng", "Đức", "Hồng", "Long", "Yến", "Mai", "Phương", "Thảo"];

    /// <summary>The i-th of a large chi bộ's names; <paramref name="long"/> gives the long four-part names some members have.</summary>
    public static string Name(int i, bool @long = false) =>
        @long
            ? $"Công Tằng Tôn Nữ {Middles[i % Middles.Length]} {Givens[i % Givens.Length]} {Givens[(i / 7) % Givens.Length]} Phương"
            : $"{Surnames[i % Surnames.Length]} {Middles[(i / 3) % Middles.Length]} {Givens[(i / 5) % Givens.Length]}";

    public static readonly string LongReason = string.Concat(Enumerable.Repeat("Đi công tác tại tỉnh bạn theo quyết định của Giám đốc Sở; ", 4))[..200];

    /// <summary>200 members (or <paramref name="count"/>; long names when asked), in every state, with 200-character reasons: the size limit's worst case.</summary>
    public static IReadOnlyList<RollCallLine> LargeLines(bool @long, bool closed = false, int count = 200) =>
    [
        .. Enumerable.Range(0, count).Select(i => new RollCallLine(
            $"dv-{i:D3}",
            Name(i, @long),
            i % 9 == 0 ? MemberStatus.Probationary : MemberStatus.Full,
            (i % 5) switch
            {
                0 => AttendanceState.Excused,
                1 => closed ? AttendanceState.Unexcused : AttendanceState.Pending,
                2 => AttendanceState.Exempt,
                _ => AttendanceState.Present,
            },
            (i % 5) switch { 0 => LongReason, 2 => AttendanceTexts.ExemptReason, _ => null },
            (i % 5) > 2 ? On1December(8, i % 30) : null,
            i % 7 == 0 && (i % 5) is 0 or 3 or 4 ? "dv-000" : null)),
    ];

    public static RsvpTally LargeTally(bool @long) => new(
        [.. Enumerable.Range(0, 60).Select(i => Name(i, @long))],
        [.. Enumerable.Range(60, 80).Select(i => new NamedReason(Name(i, @long), LongReason))],
        [.. Enumerable.Range(140, 60).Select(i => Name(i, @long))]);
}
