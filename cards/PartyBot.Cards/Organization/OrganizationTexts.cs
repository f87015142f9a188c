using PartyBot.Core;
using PartyBot.Core.Organization;

namespace PartyBot.Cards.Organization;

/// <summary>Everything the organisation feature says to users, in Vietnamese.</summary>
public static class OrganizationTexts
{
    public const string NotAMember =
        "PartyBot chưa tìm thấy đồng chí trong danh sách đảng viên của tổ chức, nên chưa thể dùng lệnh này. " +
        "Đồng chí vui lòng liên hệ văn phòng cấp ủy để được bổ sung (cần họ tên, chi bộ và địa chỉ e-mail công vụ).";

    public const string LinkUsage = "Cú pháp: “liên kết chi bộ <mã chi bộ>”, ví dụ: “liên kết chi bộ CB-VP01”.";

    public const string LinkOnlyInGroup =
        "Lệnh “liên kết chi bộ” dùng trong kênh Teams hoặc nhóm chat của chi bộ, không dùng trong trò chuyện riêng với PartyBot.";

    public const string MembersDenied =
        "Chỉ bí thư, phó bí thư chi bộ hoặc văn phòng cấp ủy mới xem được danh sách đảng viên.";

    public static string UnknownUnit(string code) => $"Không có đơn vị nào mang mã “{TypedText.Echo(code)}”. Đồng chí kiểm tra lại mã chi bộ.";

    public static string NotACell(string name) => $"“{name}” không phải là chi bộ: chỉ chi bộ mới liên kết được với một cuộc trò chuyện.";

    public static string LinkDenied(string unitName) =>
        $"Chỉ bí thư, phó bí thư của {unitName} hoặc văn phòng cấp ủy mới liên kết được cuộc trò chuyện này với chi bộ.";

    public static string LinkedElsewhere(string unitName) =>
        $"Cuộc trò chuyện này đã được liên kết với {unitName}. Mỗi cuộc trò chuyện chỉ dành cho một chi bộ.";

    public static string UnitOutsideRights(string code) => $"Đồng chí không có quyền xem danh sách đảng viên của đơn vị “{TypedText.Echo(code)}”.";

    public static string StatusName(MemberStatus status) => status switch
    {
        MemberStatus.Full => "Chính thức",
        MemberStatus.Probationary => "Dự bị",
        MemberStatus.Exempt => "Miễn sinh hoạt",
        MemberStatus.Suspended => "Đình chỉ sinh hoạt",
        MemberStatus.TemporarilyTransferred => "Chuyển sinh hoạt tạm thời",
        _ => status.ToString(),
    };

    public static string RoleName(UnitRole role) => role switch
    {
        UnitRole.Secretary => "Bí thư",
        UnitRole.DeputySecretary => "Phó bí thư",
        UnitRole.CommitteeMember => "Chi ủy viên",
        _ => role.ToString(),
    };

    public static string KindName(UnitKind kind) => kind switch
    {
        UnitKind.UpperCommittee => "Đảng ủy cấp trên",
        UnitKind.GrassrootsCommittee => "Đảng bộ cơ sở",
        UnitKind.Cell => "Chi bộ",
        UnitKind.Group => "Tổ đảng",
        _ => kind.ToString(),
    };

    // ---- Shared by the organisation cards ----

    /// <summary>How every organisation card writes a date.</summary>
    public const string DateFormat = "dd/MM/yyyy";

    /// <summary>Dự bị lasts twelve months from admission (Điều lệ Đảng).</summary>
    public const int ProbationMonths = 12;

    public const string AsOfPrefix = "Tính đến ngày ";
    public const string OrdinaryMember = "Đảng viên";
    public const string RoleSeparator = ", ";
    public const string ListSeparator = "; ";

    /// <summary>A status with the date it took effect, e.g. "Miễn sinh hoạt từ 01/02/2026".</summary>
    public static string StatusSince(string status, string date) => $"{status} từ {date}";

    /// <summary>A probationary member in a list: "Dự bị đến 15/03/2026" (end of the 12 months).</summary>
    public static string ProbationUntil(string endDate) => $"Dự bị đến {endDate}";

    // ---- "tôi là ai" / "hồ sơ" ----

    public const string ProfileTitle = "Hồ sơ của đồng chí";
    public const string ProfileSubtitle = "Thông tin PartyBot đang ghi nhận về đồng chí.";
    public const string ProfileName = "Họ và tên";
    public const string ProfileUnit = "Đơn vị";
    public const string ProfileUnitCode = "Mã đơn vị";
    public const string ProfileStatus = "Tình trạng";
    public const string ProfileAdmittedOn = "Ngày kết nạp";
    public const string ProfileProbationEnds = "Hết thời gian dự bị";
    public const string ProfileRoles = "Chức vụ";
    public const string ProfileFollows = "Phụ trách";
    public const string ProfileAdministers = "Quản trị";
    public const string ProfileTeams = "Tài khoản Teams";
    public const string ProfileEmail = "E-mail";
    public const string TeamsLinked = "Đã liên kết";
    public const string TeamsNotLinked = "Chưa liên kết";
    public const string NoEmail = "Chưa có";
    public const string ProfileFixHint = "Thông tin chưa đúng? Đồng chí báo văn phòng cấp ủy để điều chỉnh.";
    public const string NextStepsHeading = "Đồng chí có thể gõ";
    public const string NextHelp = "**trợ giúp**: xem các lệnh của PartyBot.";
    public const string NextMembersOfCell = "**thành viên**: xem danh sách đảng viên của chi bộ.";
    public const string NextTree = "**thành viên**: xem các đơn vị đồng chí quản trị, kèm số đảng viên.";
    public const string NextMembersOfUnit = "**thành viên <mã đơn vị>**: xem danh sách đảng viên của một đơn vị.";
    public const string NextLinkGeneric = "**liên kết chi bộ <mã chi bộ>** trong kênh Teams hoặc nhóm chat của chi bộ: PartyBot gửi thẻ của chi bộ vào đó.";

    public static string NextLinkOwnCell(string code) =>
        $"**liên kết chi bộ {code}** trong kênh Teams hoặc nhóm chat của chi bộ: PartyBot gửi thẻ của chi bộ vào đó.";

    public static string ProfileFallback(string fullName, string unitPath, string status) =>
        $"Hồ sơ của đồng chí: {fullName}, {unitPath}, {status}.";

    // ---- "liên kết chi bộ" confirmation ----

    public const string LinkedTitle = "Đã liên kết chi bộ";

    /// <summary>Followed by the chi bộ's name (in bold) and a full stop.</summary>
    public const string LinkedLead = "Từ nay, PartyBot gửi vào cuộc trò chuyện này các thông tin của ";

    public const string LinkedPath = "Đơn vị";
    public const string LinkedCode = "Mã chi bộ";
    public const string LinkedBy = "Người liên kết";
    public const string LinkedSlot = "Sinh hoạt định kỳ";
    public const string CountMembers = "Đảng viên";
    public const string CountSummoned = "Triệu tập";
    public const string CountFullSummoned = "Chính thức được triệu tập";
    public const string LinkedArrivesHeading = "Sẽ gửi vào đây";

    /// <summary>What the chi bộ's conversation receives today; a line is added when a feature arrives, not before.</summary>
    public static IReadOnlyList<string> LinkedArrivals { get; } =
    [
        "**Thông báo sinh hoạt:** thời gian, địa điểm và chương trình mỗi buổi sinh hoạt; đảng viên xác nhận tham dự ngay trên thẻ.",
        "**Thẻ điểm danh:** chi bộ điểm danh tại buổi sinh hoạt.",
        "**Kết quả điểm danh:** số có mặt, tỷ lệ và các đồng chí vắng, khi bí thư kết thúc điểm danh.",
        "**Kết quả khảo sát chất lượng sinh hoạt:** điểm và xếp loại của chi bộ mỗi quý, khi khảo sát kết thúc.",
    ];

    public const string LinkedPrivateNote = "Lời nhắc sáng hôm họp và phiếu khảo sát vẫn gửi riêng cho từng đồng chí.";
    public const string SlotDefaultSuffix = " (mặc định)";

    /// <summary>"Ngày 1 hằng tháng, 08:00; trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp".</summary>
    public static string SlotWords(int dayOfMonth, string time, bool shiftToWorkingDay) =>
        $"Ngày {dayOfMonth} hằng tháng, {time}; " +
        (shiftToWorkingDay ? "trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp" : "trùng ngày nghỉ cũng không dời");

    public static string LinkedFallback(string unitName, string slot) => $"Đã liên kết cuộc trò chuyện này với {unitName}. Sinh hoạt định kỳ: {slot}.";

    // ---- "thành viên": a chi bộ's members ----

    public const string MemberListTitle = "Danh sách đảng viên";
    public const string TileTotal = "Tổng số";
    public const string TileSummoned = "Triệu tập";
    public const string TileFull = "Chính thức";
    public const string TileProbationary = "Dự bị";
    public const string TileExempt = "Miễn sinh hoạt";
    public const string TileSuspended = "Đình chỉ";
    public const string TileTransferred = "Chuyển sinh hoạt tạm thời";
    public const string SummonedExplained = "Triệu tập = chính thức + dự bị; không kể đảng viên miễn sinh hoạt, đình chỉ, chuyển sinh hoạt tạm thời.";
    public const string ColumnMember = "Đảng viên";
    public const string ColumnStatus = "Tình trạng";
    public const string ColumnTeams = "Teams";
    public const string LinkedMark = "✓";
    public const string NotLinkedMark = "–";
    public const string CodeSeparator = " · ";
    public const string CodeLegend = "Sau mỗi họ tên là mã đảng viên: gõ “chuyên cần <mã>” hoặc “chuyên cần <họ tên>” để xem chuyên cần của đồng chí đó.";
    public const string TeamsLegend = "✓: đã liên kết tài khoản Teams; –: chưa liên kết, chưa nhận được thẻ của PartyBot; ⚠: PartyBot không nhắn riêng được (lý do ghi dưới họ tên).";
    public const string NoMembers = "Đơn vị chưa có đảng viên nào trong danh sách.";

    public static string MoreMembers(int count) => $"… và {count} đồng chí khác.";

    public const string MembersPaged = "đảng viên";

    public const string MembersPageDenied = "Đồng chí không có quyền xem danh sách đảng viên của đơn vị này.";

    public static string MemberListFallback(string unitName, int members, int summoned) =>
        $"Danh sách đảng viên {unitName}: {members} đồng chí, {summoned} được triệu tập.";

    // ---- "thành viên" for an administrator: the unit tree ----

    public const string TreeTitle = "Các đơn vị đồng chí quản trị";
    public const string TreeUnits = "Đơn vị";
    public const string TreeCells = "Chi bộ";
    public const string TreeUnlinkedCells = "Chưa liên kết Teams";
    public const string TreeMembers = "Đảng viên";
    public const string TreeColumnUnit = "Đơn vị";
    public const string TreeColumnSummoned = "Triệu tập";
    public const string TreeColumnFull = "Chính thức";
    public const string TreeUnlinked = "Chưa liên kết Teams";
    public const string NoteSeparator = " · ";
    public const string TreeLegend = "Số đảng viên tính cả các tổ đảng bên dưới. “Chưa liên kết Teams”: chi bộ chưa có kênh hay nhóm chat nhận thẻ của PartyBot.";
    public const string NoUnits = "Đồng chí chưa được giao quản trị đơn vị nào.";

    public static string MoreUnits(int count) => $"… và {count} đơn vị khác.";

    public const string UnitsPaged = "đơn vị";
    public const string TreeCodeLegend = "Sau tên mỗi đơn vị là mã đơn vị: gõ “thành viên <mã>” để xem danh sách đảng viên của đơn vị đó.";

    /// <summary>Above a page that starts inside a đảng bộ: the units it belongs to, "Đảng ủy Khối › Đảng bộ Sở Y tế".</summary>
    public static string TreeContinued(string path) => $"(tiếp) {path}";

    public static string TreeFallback(int units, int cells, int members) =>
        $"Các đơn vị đồng chí quản trị: {units} đơn vị, {cells} chi bộ, {members} đảng viên.";
}
