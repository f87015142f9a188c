using System.Globalization;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Organization;

/// <summary>How units and members are written to Table storage (and read back).</summary>
internal static class OrganizationEntities
{
    public const string UnitPartition = "unit";

    public static TableEntity ToEntity(Unit unit) => new(UnitPartition, TableKeys.Escape(unit.Id))
    {
        ["UnitId"] = unit.Id,
        ["Kind"] = unit.Kind.ToString(),
        ["Name"] = unit.Name,
        ["ParentId"] = unit.ParentId,
        ["MeetingDay"] = unit.Slot?.DayOfMonth,
        ["MeetingTime"] = unit.Slot?.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["ShiftToWorkingDay"] = unit.Slot?.ShiftToWorkingDay,
        ["ConversationId"] = unit.ConversationId,
        ["OnlineMeetingsApproved"] = unit.OnlineMeetingsApproved,
    };

    public static Unit ToUnit(TableEntity e) => new(
        e.GetString("UnitId"),
        Enum.Parse<UnitKind>(e.GetString("Kind")),
        e.GetString("Name"),
        e.GetString("ParentId"),
        e.GetInt32("MeetingDay") is { } day
            ? new MeetingSlot(day, TimeOnly.ParseExact(e.GetString("MeetingTime"), "HH:mm", CultureInfo.InvariantCulture), e.GetBoolean("ShiftToWorkingDay") ?? true)
            : null,
        e.GetString("ConversationId"),
        e.GetBoolean("OnlineMeetingsApproved") ?? false);

    public static TableEntity ToEntity(Member m) => new(TableKeys.Escape(m.UnitId), TableKeys.Escape(m.Id))
    {
        ["MemberId"] = m.Id,
        ["FullName"] = m.FullName,
        ["UnitId"] = m.UnitId,
        ["Status"] = m.Status.ToString(),
        ["Roles"] = string.Join(',', m.Roles.Order()),
        ["AadObjectId"] = m.AadObjectId,
        ["Email"] = m.Email,
        ["StatusSince"] = Date(m.StatusSince),
        ["AdmittedOn"] = Date(m.AdmittedOn),
        ["FollowedUnitIds"] = string.Join(',', m.Follows),
        ["AdministeredUnitIds"] = string.Join(',', m.Administers),
        ["CommitteeUnitId"] = m.Committee?.UnitId,
        ["CommitteeRank"] = m.Committee?.Rank.ToString(),
        ["CommitteeStanding"] = m.Committee?.Standing,
    };

    public static Member ToMember(TableEntity e) => new(
        e.GetString("MemberId"),
        e.GetString("FullName"),
        e.GetString("UnitId"),
        Enum.Parse<MemberStatus>(e.GetString("Status")),
        List(e.GetString("Roles")).Select(Enum.Parse<UnitRole>).ToHashSet(),
        e.GetString("AadObjectId"),
        e.GetString("Email"),
        Date(e.GetString("StatusSince")),
        Date(e.GetString("AdmittedOn")),
        List(e.GetString("FollowedUnitIds")),
        List(e.GetString("AdministeredUnitIds")),
        e.GetString("CommitteeUnitId") is { Length: > 0 } committee
            ? new CommitteeSeat(committee, Enum.Parse<CommitteeRank>(e.GetString("CommitteeRank") ?? nameof(CommitteeRank.Member)), e.GetBoolean("CommitteeStanding") ?? false)
            : null);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] List(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
