using System.Globalization;

namespace PartyBot.Core.Organization.Import;

/// <summary>Everything the import says to people (Vietnamese): value names, problems, the summary.</summary>
public static class ImportTexts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string KindName(UnitKind kind) => kind switch
    {
        UnitKind.UpperCommittee => "đảng ủy cấp trên",
        UnitKind.GrassrootsCommittee => "đảng bộ cơ sở",
        UnitKind.Cell => "chi bộ",
        _ => "tổ đảng",
    };

    public static string StatusName(MemberStatus status) => status switch
    {
        MemberStatus.Full => "chính thức",
        MemberStatus.Probationary => "dự bị",
        MemberStatus.Exempt => "miễn sinh hoạt",
        MemberStatus.Suspended => "đình chỉ",
        _ => "chuyển sinh hoạt tạm thời",
    };

    public static string RoleName(UnitRole role) => role switch
    {
        UnitRole.Secretary => "bí thư",
        UnitRole.DeputySecretary => "phó bí thư",
        _ => "chi ủy viên",
    };

    public static string CommitteeRankName(CommitteeRank rank) => rank switch
    {
        CommitteeRank.Provincial => "tỉnh ủy viên",
        _ => "cấp ủy viên",
    };

    public const string Yes = "có";
    public const string No = "không";

    public const string KindWhat = "loại đơn vị";
    public const string StatusWhat = "trạng thái";
    public const string RoleWhat = "chức vụ";
    public const string CommitteeRankWhat = "diện cấp ủy";
    public const string YesNoWhat = "giá trị có/không";

    public const string ErrorLabel = "Lỗi";
    public const string WarningLabel = "Cảnh báo";

    /// <summary>"members.csv, dòng 14, cột "Trạng thái": " — where a problem is.</summary>
    public static string Location(string file, int line, string? column) => (line, column) switch
    {
        ( > 0, not null) => $"{file}, dòng {line}, cột \"{column}\": ",
        ( > 0, null) => $"{file}, dòng {line}: ",
        _ => $"{file}: ",
    };

    // The files and their columns.
    public static string FileMissing(string folder) => $"không có tệp này trong thư mục \"{folder}\".";
    public const string EmptyFile = "tệp trống: thiếu dòng tiêu đề.";
    public const string NotUtf8 = "tệp không phải UTF-8. Trong Excel, lưu lại bằng \"CSV UTF-8 (Comma delimited)\".";
    public static string MissingColumn(string header) => $"thiếu cột \"{header}\".";
    public static string DuplicateColumn(string header) => $"cột \"{header}\" có hai lần.";
    public static string UnknownColumn(string header) => $"cột \"{header}\" không thuộc mẫu nhập nên bị bỏ qua.";
    public static string TooManyFields(int fields, int headers) =>
        $"dòng có {fields} ô, nhiều hơn {headers} cột của dòng tiêu đề (một giá trị có dấu phẩy cần đặt trong ngoặc kép).";
    public const string TextAfterQuote = "có chữ sau dấu ngoặc kép đóng.";
    public const string UnterminatedQuote = "dấu ngoặc kép mở không được đóng (đến hết tệp).";
    public const string MalformedRecord = "dòng không đúng định dạng CSV.";

    // Values in a row.
    public const string Required = "chưa điền (bắt buộc).";
    public static string TooLong(string value, int max) =>
        $"\"{Shown(value)}\" dài {value.Length.ToString("N0", Vietnamese)} ký tự, quá giới hạn {max.ToString("N0", Vietnamese)} ký tự.";
    public static string ControlCharacter(string value, char control) =>
        $"\"{Shown(value)}\" có ký tự điều khiển U+{(int)control:X4} (tab hoặc ký tự ẩn khác); xóa ký tự đó.";
    public static string NotOneOf(string value, string what, IEnumerable<string> choices) =>
        $"\"{value}\" không phải {what} hợp lệ ({string.Join(", ", choices)}).";
    public static string BadId(string value) => $"\"{value}\": mã không được chứa khoảng trắng, dấu phẩy hoặc dấu chấm phẩy.";
    public static string BadDate(string value) => $"\"{value}\" không phải ngày hợp lệ (dd/MM/yyyy, ví dụ 01/07/2026).";
    public static string BadDay(string value) => $"\"{value}\" không phải ngày trong tháng (từ 1 đến 31).";
    public static string BadTime(string value) => $"\"{value}\" không phải giờ hợp lệ (HH:mm, ví dụ 08:00 hoặc 19:30).";
    public static string BadEntraId(string value) =>
        $"\"{value}\" không phải Entra Object Id hợp lệ (một GUID, ví dụ 3f2504e0-4f89-41d3-9a0c-0305e82c3301).";
    public static string BadEmail(string value) => $"\"{value}\" không phải địa chỉ e-mail hợp lệ.";
    public static string OnlyForCells(string value, UnitKind kind) =>
        $"\"{value}\": chỉ chi bộ mới có lịch họp; với {KindName(kind)} để trống cột này.";
    public const string ExemptNeedsDate = "chưa điền: đảng viên miễn sinh hoạt cần ngày bắt đầu miễn.";
    public const string ProbationNeedsAdmission = "chưa điền: đảng viên dự bị cần ngày vào Đảng (ngày bắt đầu 12 tháng dự bị).";

    /// <summary>The start of a refused value, control characters shown as �: a message stays one readable line.</summary>
    private static string Shown(string value)
    {
        var start = new string([.. value.Take(ImportLimits.Shown).Select(c => char.IsControl(c) ? '\uFFFD' : c)]);
        return value.Length > ImportLimits.Shown ? start + "…" : start;
    }

    // The tree.
    public static string DuplicateUnit(string id, int firstLine) => $"mã đơn vị \"{id}\" đã có ở dòng {firstLine}.";
    public static string UnknownUnit(string id) => $"không có đơn vị \"{id}\" trong units.csv.";
    public static string WrongParent(UnitKind kind, string parentId, UnitKind parentKind, IEnumerable<UnitKind> allowed) =>
        $"{KindName(kind)} không thể trực thuộc {KindName(parentKind)} \"{parentId}\": {KindName(kind)} chỉ trực thuộc {string.Join(" hoặc ", allowed.Select(KindName))}.";
    public const string GroupNeedsCell = "tổ đảng phải trực thuộc một chi bộ; điền mã chi bộ.";
    public static string Cycle(IEnumerable<string> path) => $"cấp trên tạo thành vòng lặp: {string.Join(" → ", path)}.";

    // Members.
    public static string DuplicateMember(string id, int firstLine) => $"mã đảng viên \"{id}\" đã có ở dòng {firstLine}.";
    public static string DuplicateEmail(string email, int firstLine) => $"e-mail \"{email}\" đã dùng cho đảng viên ở dòng {firstLine}.";
    public static string DuplicateEntraId(string id, int firstLine) => $"Entra Object Id \"{id}\" đã dùng cho đảng viên ở dòng {firstLine}.";
    public static string EmailOfStoredMember(string email, string memberId) =>
        $"e-mail \"{email}\" đang là của đảng viên {memberId} trong dữ liệu đã lưu (không có trong tệp, hoặc chưa đổi e-mail trong tệp).";
    public static string EntraIdOfStoredMember(string id, string memberId) =>
        $"Entra Object Id \"{id}\" đang gắn với đảng viên {memberId} trong dữ liệu đã lưu.";
    public static string MemberUnitKind(string unitId, UnitKind kind) =>
        $"\"{unitId}\" là {KindName(kind)}; đảng viên sinh hoạt ở một chi bộ hoặc một tổ đảng.";
    public const string StandingWithoutCommittee = "chỉ ghi cho cấp ủy viên: ủy viên ban thường vụ phải có cột \"Cấp ủy\" (mã đảng ủy cấp trên hoặc đảng bộ cơ sở); điền cột đó hoặc để trống cột này.";
    public const string RankWithoutCommittee = "chỉ ghi cho cấp ủy viên: điền cột \"Cấp ủy\" (mã đảng ủy cấp trên hoặc đảng bộ cơ sở) hoặc để trống cột này.";
    public static string CommitteeUnitKind(string unitId, UnitKind kind) =>
        $"\"{unitId}\" là {KindName(kind)}; cột này ghi mã đảng ủy cấp trên hoặc đảng bộ cơ sở mà đồng chí là cấp ủy viên.";
    public static string RoleInGroup(string groupId) =>
        $"\"{groupId}\" là tổ đảng: bí thư, phó bí thư, chi ủy viên ghi Mã đơn vị là chi bộ của mình.";

    // Warnings about a chi bộ.
    public static string FewFullMembers(string cellId, int full) =>
        $"chi bộ {cellId} chỉ có {full} đảng viên chính thức đang sinh hoạt (cần ít nhất {UnitCounts.MinimumFullMembers}).";
    public static string NoSecretary(string cellId) => $"chi bộ {cellId} chưa có bí thư.";
    public static string SecondSecretary(string cellId, int firstLine) => $"chi bộ {cellId} đã có bí thư ở dòng {firstLine}.";
    public static string NoCommittee(string cellId, int full) =>
        $"chi bộ {cellId} có {full} đảng viên chính thức (từ {UnitCounts.FullMembersForCommittee} trở lên) nhưng chưa có chi ủy viên.";

    // The outcome.
    public static string Rejected(int errors, int warnings) =>
        $"Không ghi gì vào dữ liệu: {errors} lỗi, {warnings} cảnh báo. Sửa các lỗi trên rồi nhập lại.";

    public static string Done(ImportCounts c, int warnings, TimeSpan elapsed) =>
        $"Đã nhập trong {elapsed.TotalSeconds.ToString("0.0", Vietnamese)} giây. " +
        $"Đơn vị: {c.UnitsCreated} mới, {c.UnitsUpdated} cập nhật, {c.UnitsUnchanged} không đổi, {c.UnitsKeptAbsent} không có trong tệp (giữ nguyên). " +
        $"Đảng viên: {c.MembersCreated} mới, {c.MembersUpdated} cập nhật, {c.MembersUnchanged} không đổi, {c.MembersKeptAbsent} không có trong tệp (giữ nguyên). " +
        $"{warnings} cảnh báo.";
}
