using PartyBot.Cards.Organization;
using PartyBot.Core.Conversations;
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

    /// <summary>Đặng Quốc Bảo (dv-006) blocked PartyBot on 08/12/2025: the list says so under his name.</summary>
    public static Unreachability Blocked { get; } = new(UnreachableReason.Blocked, new DateTimeOffset(2025, 12, 8, 0, 30, 0, TimeSpan.Zero));

    public static MemberListView MemberList { get; } = new(
        Cell, CellPath, UnitCounts.Of(CellMembers, Today), CellMembers, Today, Unreachable: new Dictionary<string, Unreachability> { ["dv-006"] = Blocked });

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

    /// <summary>Page 2 of a chi bộ of 300 (members 41–80), with both page buttons.</summary>
    public static MemberListView PagedMemberList { get; } = PagedList(LargeChiBo(300));

    /// <summary>Page 3 of a tree of 2,500 units: it starts inside a đảng bộ, which it names first.</summary>
    public static UnitTreeView PagedTree { get; } = LargeTree(2_500) with { Page = 2 };

    private static MemberListView PagedList(IReadOnlyList<Member> members) =>
        new(Cell, CellPath, UnitCounts.Of(members, Today), members, Today, Page: 1);

    /// <summary>A large chi bộ: a secretary, a deputy, seven committee members and the rest, with mixed statuses.</summary>
    public static IReadOnlyList<Member> LargeChiBo(int count)
    {
        string[] families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
        string[] middles = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Ngọc", "Đức", "Thu", "Hữu", "Xuân"];
        string[] givens = ["An", "Anh", "Ánh", "Bảo", "Bình", "Chi", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Ngọc", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Uyên", "Vinh", "Yến"];
        MemberStatus[] statuses = [MemberStatus.Full, MemberStatus.Full, MemberStatus.Full, MemberStatus.Full, MemberStatus.Probationary, MemberStatus.Exempt, MemberStatus.Suspended, MemberStatus.TemporarilyTransferred];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var roles = i switch
            {
                0 => new HashSet<UnitRole> { UnitRole.Secretary },
                1 => new HashSet<UnitRole> { UnitRole.DeputySecretary },
                < 9 => new HashSet<UnitRole> { UnitRole.CommitteeMember },
                _ => None,
            };
            var status = i < 9 ? MemberStatus.Full : statuses[i % statuses.Length];
            var name = i == 0 ? "Nguyễn Thị Thu Hà" : $"{families[i % families.Length]} {middles[i / 7 % middles.Length]} {givens[i % givens.Length]}";
            return new Member(
                $"dv-{i:D3}", name, "CB-KHTC", status, roles,
                AadObjectId: i % 3 == 0 ? null : $"aad-{i}",
                StatusSince: status is MemberStatus.Full or MemberStatus.Probationary ? null : new DateOnly(2025, 3, 1),
                AdmittedOn: status == MemberStatus.Probationary ? new DateOnly(2025, 6, 1) : null);
        })];
    }

    /// <summary>An upper committee, 20 đảng bộ cơ sở, chi bộ under them and a few tổ đảng: <paramref name="count"/> rows.</summary>
    public static UnitTreeView LargeTree(int count)
    {
        var rows = new List<UnitTreeRow> { LargeRow("DU", UnitKind.UpperCommittee, 0, 4000, 3700, 3400, name: "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh") };
        var index = 0;
        while (rows.Count < count)
        {
            index++;
            if (index % 20 == 1)
            {
                rows.Add(LargeRow($"DB{index}", UnitKind.GrassrootsCommittee, 1, 200, 185, 170, name: $"Đảng bộ Sở Nông nghiệp số {index}"));
            }
            else if (index % 7 == 0)
            {
                rows.Add(LargeRow($"TD{index}", UnitKind.Group, 3, 18, 17, 15, name: $"Tổ đảng Khoa Nội số {index}"));
            }
            else
            {
                rows.Add(LargeRow($"CB{index}", UnitKind.Cell, 2, 24, 22, 20, name: $"Chi bộ Phòng Kế hoạch số {index}", conversation: index % 3 == 0 ? null : $"19:{index}"));
            }
        }
        return new UnitTreeView(rows, Today);
    }

    private static UnitTreeRow LargeRow(string id, UnitKind kind, int depth, int members, int summoned, int full, string? name = null, string? conversation = null) =>
        new(new Unit(id, kind, name ?? $"{OrganizationTexts.KindName(kind)} {id}", null, ConversationId: conversation),
            depth, new UnitCounts(members, summoned, full, summoned - full, members - summoned, 0, 0));

    private static UnitTreeRow Row(Unit unit, int depth, UnitCounts counts) => new(unit, depth, counts);

    private static UnitCounts Counts(int members, int summoned, int full) =>
        new(members, summoned, full, summoned - full, members - summoned, 0, 0);
}
