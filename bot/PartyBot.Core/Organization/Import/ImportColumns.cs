namespace PartyBot.Core.Organization.Import;

/// <summary>A column of an import file: its canonical Vietnamese header and other spellings also accepted.</summary>
public sealed class ImportColumn(string header, bool required, params string[] aliases)
{
    private readonly HashSet<string> keys = [.. aliases.Append(header).Select(ImportVocabulary.Key)];

    public string Header { get; } = header;
    public bool Required { get; } = required;

    /// <summary>The longest value accepted, in characters (<see cref="ImportLimits"/>); longer is refused before anything is written.</summary>
    public int MaxLength { get; init; } = int.MaxValue;

    /// <summary>True when a header of the file names this column, ignoring case, diacritics and extra spaces.</summary>
    public bool Matches(string header) => keys.Contains(ImportVocabulary.Key(header));

    public override string ToString() => Header;
}

/// <summary>The columns of units.csv, in the documented order (README.md, "Organisation data").</summary>
public static class UnitColumns
{
    public static readonly ImportColumn Id = new("Mã đơn vị", true) { MaxLength = ImportLimits.Id };
    public static readonly ImportColumn Name = new("Tên đơn vị", true) { MaxLength = ImportLimits.Name };
    public static readonly ImportColumn Kind = new("Loại", true, "Loại đơn vị") { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn Parent = new("Mã cấp trên", true, "Mã đơn vị cấp trên") { MaxLength = ImportLimits.Id };
    public static readonly ImportColumn MeetingDay = new("Ngày họp", false) { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn MeetingTime = new("Giờ họp", false) { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn ShiftToWorkingDay = new("Dời ngày nghỉ", false) { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn OnlineApproved = new("Họp trực tuyến được duyệt", false) { MaxLength = ImportLimits.Word };

    public static IReadOnlyList<ImportColumn> All { get; } = [Id, Name, Kind, Parent, MeetingDay, MeetingTime, ShiftToWorkingDay, OnlineApproved];
}

/// <summary>The columns of members.csv, in the documented order (README.md, "Organisation data").</summary>
public static class MemberColumns
{
    public static readonly ImportColumn Id = new("Mã đảng viên", true) { MaxLength = ImportLimits.Id };
    public static readonly ImportColumn FullName = new("Họ và tên", true, "Họ tên") { MaxLength = ImportLimits.Name };
    public static readonly ImportColumn Unit = new("Mã đơn vị", true) { MaxLength = ImportLimits.Id };
    public static readonly ImportColumn Status = new("Trạng thái", true) { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn StatusSince = new("Từ ngày", false) { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn AdmittedOn = new("Ngày vào Đảng", false) { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn Roles = new("Chức vụ", false) { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn Email = new("Email", false, "E-mail", "UPN") { MaxLength = ImportLimits.Email };
    public static readonly ImportColumn EntraId = new("Entra Object Id", false, "Entra Id", "AadObjectId", "Object Id") { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn Follows = new("Phụ trách", false) { MaxLength = ImportLimits.UnitList };
    public static readonly ImportColumn Administers = new("Quản trị", false) { MaxLength = ImportLimits.UnitList };
    public static readonly ImportColumn Committee = new("Cấp ủy", false, "Cấp ủy viên của") { MaxLength = ImportLimits.Id };
    public static readonly ImportColumn CommitteeRank = new("Diện cấp ủy", false) { MaxLength = ImportLimits.Word };
    public static readonly ImportColumn StandingCommittee = new("Thường vụ", false, "Ban thường vụ") { MaxLength = ImportLimits.Word };

    public static IReadOnlyList<ImportColumn> All { get; } =
        [Id, FullName, Unit, Status, StatusSince, AdmittedOn, Roles, Email, EntraId, Follows, Administers, Committee, CommitteeRank, StandingCommittee];
}
