using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace PartyBot.Core.Organization.Import;

/// <summary>
/// How the files' headers and values are read: names match ignoring case, diacritics and extra spaces
/// ("Chinh thuc" is "chính thức"); dates are dd/MM/yyyy, times HH:mm.
/// </summary>
internal static class ImportVocabulary
{
    public static readonly Choices<UnitKind> Kinds = new(ImportTexts.KindWhat, Enum.GetValues<UnitKind>(), ImportTexts.KindName,
        (UnitKind.UpperCommittee, "đảng ủy"), (UnitKind.Cell, "chi bộ cơ sở"), (UnitKind.Cell, "chi bộ trực thuộc"));

    public static readonly Choices<MemberStatus> Statuses = new(ImportTexts.StatusWhat, Enum.GetValues<MemberStatus>(), ImportTexts.StatusName,
        (MemberStatus.Suspended, "đình chỉ sinh hoạt"));

    public static readonly Choices<UnitRole> Roles = new(ImportTexts.RoleWhat, Enum.GetValues<UnitRole>(), ImportTexts.RoleName);

    public static readonly Choices<CommitteeRank> CommitteeRanks = new(ImportTexts.CommitteeRankWhat, Enum.GetValues<CommitteeRank>(), ImportTexts.CommitteeRankName,
        (CommitteeRank.Member, "đảng ủy viên"), (CommitteeRank.Member, "ủy viên"), (CommitteeRank.Provincial, "cấp tỉnh"));

    public static readonly Choices<bool> YesNo = new(ImportTexts.YesNoWhat, [true, false], yes => yes ? ImportTexts.Yes : ImportTexts.No,
        (true, "x"), (true, "1"), (false, "0"));

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "H'h'mm", "H'h'"];

    /// <summary>"  Mã  đơn vị " → "ma don vi": lower case, no diacritics (đ → d), single spaces.</summary>
    public static string Key(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (c == '\uFEFF' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || c == '_')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.ToLowerInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryDay(string text, out int day) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;

    /// <summary>An Entra object id is a GUID; it is kept in the lower-case form Teams sends.</summary>
    public static bool TryEntraId(string text, out string id)
    {
        var valid = Guid.TryParseExact(text, "D", out var guid);
        id = valid ? guid.ToString("D") : "";
        return valid;
    }

    /// <summary>A bare address (UPN or e-mail), no display name: an.nguyenvan@example.vn.</summary>
    public static bool TryEmail(string text, out string email)
    {
        email = text;
        return MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Length > 0;
    }

    /// <summary>Unit ids go into lists separated by ';' and into storage keys: no spaces, commas or semicolons.</summary>
    public static bool IsUnitId(string text) => !text.Any(c => char.IsWhiteSpace(c) || c is ',' or ';');

    /// <summary>"A; B ;;C" → [A, B, C] (';' separates; ',' is accepted inside a quoted field too).</summary>
    public static IReadOnlyList<string> List(string text) =>
        text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The accepted names of a set of values, for parsing and for listing them in a message.</summary>
internal sealed class Choices<T> where T : notnull
{
    private readonly Dictionary<string, T> byKey = new(StringComparer.Ordinal);

    public Choices(string what, IEnumerable<T> values, Func<T, string> name, params (T Value, string Alias)[] aliases)
    {
        What = what;
        Names = values.Select(name).ToArray();
        foreach (var value in values)
        {
            byKey[ImportVocabulary.Key(name(value))] = value;
        }
        foreach (var (value, alias) in aliases)
        {
            byKey[ImportVocabulary.Key(alias)] = value;
        }
    }

    /// <summary>What the values are ("trạng thái"), for messages.</summary>
    public string What { get; }

    /// <summary>The canonical names, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool TryParse(string text, out T value) => byKey.TryGetValue(ImportVocabulary.Key(text), out value!);
}
