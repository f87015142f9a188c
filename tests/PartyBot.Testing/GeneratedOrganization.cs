using System.Globalization;
using System.Text;

namespace PartyBot.Testing;

/// <summary>
/// A real-sized organisation as units.csv and members.csv text: one upper committee, đảng bộ cơ sở under it, chi bộ
/// under each, members with a chi ủy in every chi bộ, each with an e-mail and an Entra id (members DV0000, DV0001, …
/// in file order; member n lives in chi bộ CB{g}-{c}).
/// </summary>
public static class GeneratedOrganization
{
    public const string UnitHeader = "Mã đơn vị,Tên đơn vị,Loại,Mã cấp trên,Ngày họp,Giờ họp,Dời ngày nghỉ,Họp trực tuyến được duyệt";
    public const string MemberHeader = "Mã đảng viên,Họ và tên,Mã đơn vị,Trạng thái,Từ ngày,Ngày vào Đảng,Chức vụ,Email,Entra Object Id,Phụ trách,Quản trị";

    public static (string Units, string Members) Create(int grassroots, int cellsEach, int membersEach)
    {
        var units = new StringBuilder(UnitHeader).Append('\n').Append("DUK,Đảng ủy Khối,Đảng ủy cấp trên,,,,,\n");
        var members = new StringBuilder(MemberHeader).Append('\n');
        string[] roles = ["bí thư", "phó bí thư", "chi ủy viên"];
        var n = 0;
        for (var g = 1; g <= grassroots; g++)
        {
            units.Append(CultureInfo.InvariantCulture, $"DB{g},Đảng bộ {g},Đảng bộ cơ sở,DUK,,,,\n");
            for (var c = 1; c <= cellsEach; c++)
            {
                var cell = $"CB{g}-{c}";
                units.Append(CultureInfo.InvariantCulture, $"{cell},Chi bộ {g}.{c},Chi bộ,DB{g},{1 + c % 3},08:00,có,không\n");
                for (var m = 0; m < membersEach; m++, n++)
                {
                    members.Append(CultureInfo.InvariantCulture,
                        $"{MemberId(n)},Đảng viên số {n},{cell},chính thức,,,{(m < roles.Length ? roles[m] : "")},{Email(n)},{EntraId(n)},,\n");
                }
            }
        }
        return (units.ToString(), members.ToString());
    }

    public static string MemberId(int n) => $"DV{n:0000}";

    public static string Email(int n) => $"dv{n:0000}@demo.test";

    public static string EntraId(int n) => $"7d0e5c5e-0000-4000-8000-{n:000000000000}";

    /// <summary>The chi bộ of member <paramref name="n"/> in an organisation made by <see cref="Create"/>.</summary>
    public static string CellOf(int n, int cellsEach, int membersEach)
    {
        var cell = n / membersEach;
        return $"CB{1 + cell / cellsEach}-{1 + cell % cellsEach}";
    }
}
