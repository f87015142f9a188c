using PartyBot.Cards.Organization;
using PartyBot.Core.Organization;

namespace PartyBot.Cards.Tests.Organization;

/// <summary>A realistic slice of an organisation (sample data) for the organisation cards' tests and pictures.</summary>
internal static class OrganizationSamples
{
    public static DateOnly Today { get; } = new(2025, 12, 10);

    public const string CellPath = "Chi bộ Phòng Kế hoạch – Tài chính › Đảng bộ Sở Tài chính › Đảng ủy các cơ quan Đảng tỉnh";

    public static Unit Cell { get; } = new("CB-KHTC", UnitKind.Cell, "Chi bộ Phòng Kế hoạch – Tài chính", "DB-STC", new MeetingSlot(3, new TimeOnly(14, 0)));

    private static readonly HashSet<UnitRole> None = [];

    public static Member Secretary { get; } = new(
        "dv-001", "Nguyễn Thị Thu Hà", "CB-KHTC", MemberStatus.Full, new HashSet<UnitRole> { UnitRole.Secretary },
        AadObjectId: "aad-001", Email: "nguyen_thi_thu_ha@stc.gov.vn");

    public static Member Probationary { get; } = new(
        "dv-010", "Ngô Thị Hồng", "CB-KHTC", MemberStatus.Probationary, None,
        Email: "hongnt@stc.gov.vn", AdmittedOn: new DateOnly(2025, 5, 19));

    public static Member Administrator { get; } = new(
        "dv-201", "Trần Quốc Khánh", "CB-VP-DUK", MemberStatus.Full, new HashSet<UnitRole> { UnitRole.CommitteeMember },
        AadObjectId: "aad-201", Email: "khanhtq@dangbo.gov.vn",
        FollowedUnitIds: ["DB-STC", "CB-BAO"], AdministeredUnitIds: ["DUK"]);

    /// <summary>Fourteen members of the chi bộ, in no particular order, every status present.</summary>
    public static IReadOnlyList<Member> CellMembers { get; } =
    [
        new("dv-007", "Vũ Thị Ánh", "CB-KHTC", MemberStatus.Full, None, AadObjectId: "aad-007"),
        new("dv-004", "Phạm Thị Lan", "CB-KHTC", MemberStatus.Full, new HashSet<UnitRole> { UnitRole.CommitteeMember }, AadObjectId: "aad-004"),
        new("dv-011", "Dương Văn Long", "CB-KHTC", MemberStatus.Suspended, None, StatusSince: new DateOnly(2025, 10, 15)),
        Secretary,
        new("dv-009", "Đỗ Văn Đức", "CB-KHTC", MemberStatus.Exempt, None, AadObjectId: "aad-009", StatusSince: new DateOnly(2025, 9, 1)),
        new("dv-005", "Hoàng Văn Nam", "CB-KHTC", MemberStatus.Full, None, AadObjectId: "aad-005"),
        Probationary,
        new("dv-002", "Trần Văn Hùng", "CB-KHTC", MemberStatus.Full, new HashSet<UnitRole> { UnitRole.DeputySecretary }, AadObjectId: "aad-002"),
        new("dv-012", "Lý Thị Yến", "CB-KHTC", MemberStatus.TemporarilyTransferred, None, StatusSince: new DateOnly(2025, 10, 1)),
        new("dv-013", "Phan Thanh Bình", "CB-KHTC", MemberStatus.Full, None, AadObjectId: "aad-013"),
        new("dv-003", "Lê Minh Tuấn", "CB-KHTC", MemberStatus.Full, new HashSet<UnitRole> { UnitRole.CommitteeMember }, AadObjectId: "aad-003"),
        new("dv-014", "Trịnh Văn Dũng", "CB-KHTC", MemberStatus.Full, None),
        new("dv-006", "Đặng Quốc Bảo", "CB-KHTC", MemberStatus.Full, None, AadObjectId: "aad-006"),
        new("dv-015", "Hồ Đức Anh", "CB-KHTC", MemberStatus.Full, None, AadObjectId: "aad-015"),
    ];

    public static ProfileView SecretaryProfile { get; } = new(Secretary, CellPath, [], [], TeamsLinked: true);

    public static ProfileView ProbationaryProfile { get; } = new(Probationary, CellPath, [], [], TeamsLinked: false);

    public static ProfileView AdministratorProfile { get; } = new(
        Administrator,
        "Chi bộ Văn phòng Đảng ủy › Đảng ủy các cơ quan Đảng tỉnh",
        ["Đảng bộ Sở Tài chính", "Chi bộ Báo tỉnh"],
        ["Đảng ủy các cơ quan Đảng tỉnh"],
        TeamsLinked: true);

    public static CellLinkedView CellLinked { get; } = new(
        Cell with { ConversationId = "19:abc@thread.v2" }, CellPath, Secretary.FullName, UnitCounts.Of(CellMembers, Today));

    public static MemberListView MemberList { get; } = new(Cell, CellPath, UnitCounts.Of(CellMembers, Today), CellMembers, Today);

    /// <summary>An upper committee with two đảng bộ cơ sở, a chi bộ cơ sở, and a large chi bộ with tổ đảng; counts cover subtrees.</summary>
    public static UnitTreeView Tree { get; } = new(
    [
        Row(new("DUK", UnitKind.UpperCommittee, "Đảng ủy các cơ quan Đảng tỉnh", null), 0, Counts(86, 77, 71)),
        Row(new("DB-STC", UnitKind.GrassrootsCommittee, "Đảng bộ Sở Tài chính", "DUK"), 1, Counts(38, 33, 30)),
        Row(new("CB-VP-STC", UnitKind.Cell, "Chi bộ Văn phòng Sở", "DB-STC", ConversationId: "19:vp@thread.v2"), 2, Counts(11, 10, 9)),
        Row(new("CB-KHTC", UnitKind.Cell, "Chi bộ Phòng Kế hoạch – Tài chính", "DB-STC", ConversationId: "19:abc@thread.v2"), 2, UnitCounts.Of(CellMembers, Today)),
        Row(new("CB-TT", UnitKind.Cell, "Chi bộ Thanh tra Sở", "DB-STC"), 2, Counts(13, 12, 11)),
        Row(new("DB-SYT", UnitKind.GrassrootsCommittee, "Đảng bộ Sở Y tế", "DUK"), 1, Counts(40, 37, 34)),
        Row(new("CB-VP-SYT", UnitKind.Cell, "Chi bộ Văn phòng Sở Y tế", "DB-SYT", ConversationId: "19:yt@thread.v2"), 2, Counts(9, 9, 8)),
        Row(new("CB-BV", UnitKind.Cell, "Chi bộ Bệnh viện Đa khoa tỉnh", "DB-SYT"), 2, Counts(31, 28, 26)),
        Row(new("TD-NOI", UnitKind.Group, "Tổ đảng Khoa Nội", "CB-BV"), 3, Counts(16, 15, 14)),
        Row(new("TD-NGOAI", UnitKind.Group, "Tổ đảng Khoa Ngoại", "CB-BV"), 3, Counts(15, 13, 12)),
        Row(new("CB-BAO", UnitKind.Cell, "Chi bộ Báo tỉnh", "DUK", ConversationId: "19:bao@thread.v2"), 1, Counts(8, 7, 7)),
    ], Today);

    private static UnitTreeRow Row(Unit unit, int depth, UnitCounts counts) => new(unit, depth, counts);

    private static UnitCounts Counts(int members, int summoned, int full) =>
        new(members, summoned, full, summoned - full, members - summoned, 0, 0);
}
