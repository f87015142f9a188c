using Microsoft.Extensions.Options;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Meetings;

public enum ThematicDueKind
{
    /// <summary>From the quarter's middle: remind the chi bộ's secretary.</summary>
    RemindSecretary,

    /// <summary>Near the quarter's end: tell the upper committee member following the unit.</summary>
    TellFollower,
}

/// <summary>
/// A chi bộ without a thematic session this quarter, and whom to tell. The sender enqueues it in the outbox under
/// <see cref="ClaimKey"/>, so it is sent once.
/// </summary>
/// <param name="MemberId">For <see cref="ThematicDueKind.TellFollower"/>: the committee member to tell; null for the secretary's item.</param>
public sealed record ThematicDue(ThematicDueKind Kind, string UnitId, int Year, int Quarter, DateOnly QuarterEnds, string? MemberId, string ClaimKey);

/// <summary>domain.md "Thematic session": at least one per quarter; remind at the quarter's middle, warn its follower two weeks before the end.</summary>
public sealed class ThematicCheck(OrganizationStore organization, MeetingStore meetings, IOptions<MeetingOptions> options)
{
    public const string ClaimScope = "meetings";

    public async Task<IReadOnlyList<ThematicDue>> FindDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var quarter = (today.Month - 1) / 3 + 1;
        var starts = new DateOnly(today.Year, quarter * 3 - 2, 1);
        var ends = starts.AddMonths(3).AddDays(-1);
        var remind = today >= starts.AddDays(options.Value.ThematicReminderDayOfQuarter - 1);
        var warn = today >= ends.AddDays(-options.Value.FollowerWarningDaysBeforeQuarterEnd);
        if (!remind && !warn)
        {
            return [];
        }
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var permissions = new Permissions(tree);
        var followers = warn ? (await organization.AllMembersAsync(cancellationToken)).Where(m => m.Follows.Count > 0).ToList() : [];
        var (from, to) = (RegularSlotRule.ToUtc(starts, TimeOnly.MinValue), RegularSlotRule.ToUtc(ends.AddDays(1), TimeOnly.MinValue));
        var due = new List<ThematicDue>();
        foreach (var cell in tree.Units.Where(u => u.IsCell).OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            var held = await meetings.ListForUnitAsync(cell.Id, from, to, cancellationToken);
            if (held.Any(m => m.Kind == MeetingKind.Thematic && m.Status != MeetingStatus.Cancelled))
            {
                continue;
            }
            var period = $"{today.Year:D4}Q{quarter}";
            if (remind)
            {
                due.Add(new ThematicDue(ThematicDueKind.RemindSecretary, cell.Id, today.Year, quarter, ends, null, $"thematic-secretary/{cell.Id}/{period}"));
            }
            foreach (var follower in followers.Where(m => warn && permissions.Follows(m, cell.Id)).OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                due.Add(new ThematicDue(ThematicDueKind.TellFollower, cell.Id, today.Year, quarter, ends, follower.Id, $"thematic-follower/{cell.Id}/{period}/{follower.Id}"));
            }
        }
        return due;
    }
}
