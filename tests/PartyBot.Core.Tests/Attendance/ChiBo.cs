using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Attendance;

/// <summary>
/// A realistic chi bộ on 1/12/2026: six full members (the first one the secretary), one whose exemption starts only
/// on 1/1/2027 (still summoned, still full), two probationary, and three not summoned: exempt since 2025, suspended,
/// temporarily attending elsewhere.
/// </summary>
internal static class ChiBo
{
    public static readonly DateOnly Day = new(2026, 12, 1);

    public static IReadOnlyList<Member> Members(string unitId = "CB1") =>
    [
        Make(unitId, "DV01", "Nguyễn Văn Hùng", MemberStatus.Full, roles: UnitRole.Secretary),
        Make(unitId, "DV02", "Trần Thị Lan", MemberStatus.Full, roles: UnitRole.DeputySecretary),
        Make(unitId, "DV03", "Lê Văn Minh", MemberStatus.Full),
        Make(unitId, "DV04", "Phạm Thị Ngọc", MemberStatus.Full),
        Make(unitId, "DV05", "Hoàng Văn Phúc", MemberStatus.Full),
        Make(unitId, "DV06", "Đỗ Thị Quyên", MemberStatus.Full),
        Make(unitId, "DV07", "Vũ Văn Sơn", MemberStatus.Exempt, new DateOnly(2027, 1, 1)),
        Make(unitId, "DV08", "Bùi Thị Thảo", MemberStatus.Probationary),
        Make(unitId, "DV09", "Đặng Văn Tùng", MemberStatus.Probationary),
        Make(unitId, "DV10", "Ngô Văn Bảo", MemberStatus.Exempt, new DateOnly(2025, 3, 1)),
        Make(unitId, "DV11", "Dương Thị Cúc", MemberStatus.Suspended, new DateOnly(2026, 8, 12)),
        Make(unitId, "DV12", "Lý Văn Đạt", MemberStatus.TemporarilyTransferred, new DateOnly(2026, 9, 1)),
    ];

    public static Member Make(string unitId, string id, string fullName, MemberStatus status, DateOnly? since = null, params UnitRole[] roles) =>
        new(id, fullName, unitId, status, new HashSet<UnitRole>(roles), StatusSince: since);
}
