using System.Globalization;
using PartyBot.Core.Organization;

namespace PartyBot.Cards.Organization;

/// <summary>How the organisation cards write dates, statuses, roles and meeting slots, and in what order they list members.</summary>
internal static class OrganizationFormat
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly date) => date.ToString(OrganizationTexts.DateFormat, CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString("N0", Vietnamese);

    /// <summary>The day the twelve months of dự bị end, when the admission date is known.</summary>
    public static DateOnly? ProbationEnd(Member member) => member.AdmittedOn?.AddMonths(OrganizationTexts.ProbationMonths);

    /// <summary>
    /// The status in a few words, with the date where it matters: "Miễn sinh hoạt từ 01/02/2026",
    /// "Dự bị đến 15/03/2026".
    /// </summary>
    public static string Status(Member member)
    {
        var name = OrganizationTexts.StatusName(member.Status);
        return member.Status switch
        {
            MemberStatus.Full => name,
            MemberStatus.Probationary => ProbationEnd(member) is { } end ? OrganizationTexts.ProbationUntil(Date(end)) : name,
            _ => member.StatusSince is { } since ? OrganizationTexts.StatusSince(name, Date(since)) : name,
        };
    }

    /// <summary>The roles in rank order ("Bí thư"), or null for a member without a role.</summary>
    public static string? Roles(Member member) =>
        member.Roles.Count == 0 ? null : string.Join(OrganizationTexts.RoleSeparator, member.Roles.OrderBy(RoleRank).Select(OrganizationTexts.RoleName));

    public static bool IsLeader(Member member) => member.HasRole(UnitRole.Secretary) || member.HasRole(UnitRole.DeputySecretary);

    public static bool IsTeamsLinked(Member member) => !string.IsNullOrEmpty(member.AadObjectId);

    public static string Slot(MeetingSlot slot) => OrganizationTexts.SlotWords(slot.DayOfMonth, Time(slot.Time), slot.ShiftToWorkingDay);

    /// <summary>
    /// The order of a member list: bí thư, phó bí thư, chi ủy viên, then everyone else; within each, by given
    /// name (the last word of a Vietnamese name), then by full name, in Vietnamese alphabetical order.
    /// </summary>
    public static IEnumerable<Member> InListOrder(IEnumerable<Member> members) =>
        members
            .OrderBy(Rank)
            .ThenByName();

    private static int Rank(Member member) => member.Roles.Count == 0 ? NoRoleRank : member.Roles.Min(RoleRank);

    private const int NoRoleRank = 3;

    private static int RoleRank(UnitRole role) => role switch
    {
        UnitRole.Secretary => 0,
        UnitRole.DeputySecretary => 1,
        UnitRole.CommitteeMember => 2,
        _ => NoRoleRank,
    };

}
