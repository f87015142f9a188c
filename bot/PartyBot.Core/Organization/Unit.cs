namespace PartyBot.Core.Organization;

/// <summary>Kinds of party organisation, from the top of the tree down. The tree has any depth.</summary>
public enum UnitKind
{
    /// <summary>Đảng ủy cấp trên (e.g. Đảng ủy Khối, Đảng ủy xã/phường).</summary>
    UpperCommittee,

    /// <summary>Đảng bộ cơ sở.</summary>
    GrassrootsCommittee,

    /// <summary>Chi bộ (trực thuộc or cơ sở): the unit that meets every month.</summary>
    Cell,

    /// <summary>Tổ đảng, inside a large chi bộ.</summary>
    Group,
}

/// <summary>When a chi bộ holds its regular meeting: a day of the month and a time (Vietnam time).</summary>
/// <param name="ShiftToWorkingDay">True: a slot on a weekend or holiday moves to the next working day. Residential chi bộ may meet on weekends.</param>
public sealed record MeetingSlot(int DayOfMonth, TimeOnly Time, bool ShiftToWorkingDay = true)
{
    public static MeetingSlot Default { get; } = new(1, new TimeOnly(8, 0));
}

/// <summary>A party organisation in the tree.</summary>
/// <param name="ConversationId">The Teams channel or group chat where the chi bộ's cards go, once linked.</param>
public sealed record Unit(
    string Id,
    UnitKind Kind,
    string Name,
    string? ParentId,
    MeetingSlot? Slot = null,
    string? ConversationId = null,
    bool OnlineMeetingsApproved = false)
{
    public bool IsCell => Kind == UnitKind.Cell;
}
