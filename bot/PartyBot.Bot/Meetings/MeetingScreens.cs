using Microsoft.Extensions.Options;
using PartyBot.Bot.Organization;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Meetings;

/// <summary>Builds the meeting cards the handlers answer with: a chi bộ's list, a member's own list, the form.</summary>
public sealed class MeetingScreens(
    MeetingStore meetings, HeldMeetings held, OrganizationStore organization, IOptions<MeetingOptions> options, TimeProvider time)
{
    /// <summary>How far ahead the lists look.</summary>
    public const int MonthsAhead = 3;

    /// <summary>A new meeting's default day: this many days from today.</summary>
    public const int NewMeetingDaysAhead = 7;

    public int MinimumMinutes => options.Value.MinimumMinutes;

    public DateOnly Today() => DateOnly.FromDateTime(VietnamTime.Now(time).DateTime);

    /// <summary>
    /// "lịch họp": the chi bộ's meetings from today to <see cref="MonthsAhead"/> months ahead, with buttons for whoever may
    /// manage it, and the months the planner keeps planned that have no regular meeting (Điều lệ Điều 24).
    /// </summary>
    public async Task<AdaptiveCard> UnitListAsync(Caller caller, Unit unit, CancellationToken cancellationToken)
    {
        var (from, to) = Window();
        var monthStart = new DateOnly(Today().Year, Today().Month, 1);
        var fromMonthStart = await meetings.ListForUnitAsync(unit.Id, RegularSlotRule.ToUtc(monthStart, TimeOnly.MinValue), to, cancellationToken);
        var list = fromMonthStart.Where(m => m.StartsAt >= from).ToList();
        var view = MeetingListView.ForUnit(unit.Id, unit.Name, caller.Tree.PathOf(unit.Id), list, caller.Permissions.CanManage(caller.Member, unit.Id),
            await held.HeldAmongAsync(list, cancellationToken)) with { MonthsWithoutRegular = MonthsWithoutRegular(monthStart, fromMonthStart) };
        return MeetingListCard.Build(view);
    }

    /// <summary>This month and the next ones the planner keeps planned (within the list's window) without a regular meeting, not cancelled.</summary>
    private List<DateOnly> MonthsWithoutRegular(DateOnly monthStart, IReadOnlyList<Meeting> fromMonthStart)
    {
        var months = Math.Min(options.Value.PlanMonthsAhead, MonthsAhead - 1);
        return [.. Enumerable.Range(0, months + 1)
            .Select(monthStart.AddMonths)
            .Where(month => !fromMonthStart.Any(m => m.Kind == MeetingKind.Regular && m.Status != MeetingStatus.Cancelled
                && MonthlyMeetingRule.MonthOf(m.StartsAt) == (month.Year, month.Month)))];
    }

    /// <summary>"lịch": the meetings of the member's own chi bộ and of every chi bộ in the units he or she follows.</summary>
    public async Task<AdaptiveCard> MemberListAsync(Caller caller, CancellationToken cancellationToken)
    {
        var tree = caller.Tree;
        var cells = new List<Unit>();
        if (tree.SelfAndAncestors(caller.Member.UnitId).FirstOrDefault(u => u.IsCell) is { } home)
        {
            cells.Add(home);
        }
        cells.AddRange(caller.Member.Follows.Where(id => tree.Find(id) is not null).SelectMany(tree.Subtree).Where(u => u.IsCell));
        var byId = cells.DistinctBy(u => u.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
        var (from, to) = Window();
        var found = await meetings.ListStartingAsync(byId.Keys, from, to, cancellationToken);
        var rows = found.Select(m => new MeetingListRow(m, byId.TryGetValue(m.UnitId, out var unit) ? unit.Name : m.UnitId)).ToList();
        return MeetingListCard.Build(MeetingListView.ForMember(rows));
    }

    /// <summary>The members the secretary may pick as preparers: the chi bộ's full and probationary members.</summary>
    public async Task<IReadOnlyList<MemberOption>> MemberOptionsAsync(Unit unit, CancellationToken cancellationToken)
    {
        var members = await organization.MembersOfAsync(unit.Id, cancellationToken);
        return [.. members
            .Where(m => m.Status is MemberStatus.Full or MemberStatus.Probationary && !m.Id.Contains(',', StringComparison.Ordinal))
            .OrderBy(m => m.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select(m => new MemberOption(m.Id, m.FullName))];
    }

    /// <summary>
    /// The empty form: the given kind, <see cref="NewMeetingDaysAhead"/> days from today at the chi bộ's slot time, the
    /// minimum length, and the key the meeting is created under (<see cref="MeetingCreateKey"/>).
    /// </summary>
    public async Task<AdaptiveCard> NewFormAsync(Unit unit, MeetingKind kind, CancellationToken cancellationToken)
    {
        var today = Today();
        var slot = unit.Slot ?? MeetingSlot.Default;
        var view = new MeetingFormView(unit.Id, unit.Name, null, kind, today.AddDays(NewMeetingDaysAhead), slot.Time, MinimumMinutes, MinimumMinutes,
            await MemberOptionsAsync(unit, cancellationToken), unit.OnlineMeetingsApproved, EarliestDate: today, CreateKey: MeetingCreateKey.New());
        return MeetingFormCard.Build(view);
    }

    /// <summary>The form filled with a stored meeting; for a <paramref name="held"/> one, without the kind, day and time (kept as they are).</summary>
    public async Task<AdaptiveCard> EditFormAsync(Unit unit, Meeting meeting, bool held, CancellationToken cancellationToken)
    {
        var view = MeetingFormView.ForMeeting(meeting, unit.Name, await MemberOptionsAsync(unit, cancellationToken), MinimumMinutes,
            unit.OnlineMeetingsApproved, Today()) with { Held = held };
        return MeetingFormCard.Build(view);
    }

    private (DateTimeOffset From, DateTimeOffset To) Window()
    {
        var today = Today();
        return (RegularSlotRule.ToUtc(today, TimeOnly.MinValue), RegularSlotRule.ToUtc(today.AddMonths(MonthsAhead).AddDays(1), TimeOnly.MinValue));
    }
}
