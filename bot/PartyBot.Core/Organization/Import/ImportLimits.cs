namespace PartyBot.Core.Organization.Import;

/// <summary>
/// How long a value of the files may be, in characters. Table storage holds a key of 1 KiB at most (a unit id is
/// a key, escaped) and a text of 32K characters; a card shows a name on a line or two: these limits keep every value
/// well inside both, so a file that passes the checks is always written whole.
/// </summary>
public static class ImportLimits
{
    /// <summary>A unit or member id (<c>Mã đơn vị</c>, <c>Mã đảng viên</c>, <c>Mã cấp trên</c>).</summary>
    public const int Id = 64;

    /// <summary>A unit's or a member's name.</summary>
    public const int Name = 200;

    /// <summary>An e-mail or UPN: RFC 5321's longest path.</summary>
    public const int Email = 254;

    /// <summary>A list of unit ids (<c>Phụ trách</c>, <c>Quản trị</c>).</summary>
    public const int UnitList = 1000;

    /// <summary>Anything else: a kind, status, role list, date, time, có/không, Entra Object Id.</summary>
    public const int Word = 100;

    /// <summary>How much of a refused value a message shows.</summary>
    public const int Shown = 40;
}
