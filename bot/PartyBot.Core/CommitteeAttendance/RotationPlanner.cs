using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>
/// Who of the upper committee attends which chi bộ meeting in a quarter (Quy định 784): a pure function of its input, so
/// the same input gives the same plan, and every choice carries its reason.
/// <list type="number">
/// <item>Stored assignments are kept (a confirmed one is never reshuffled); those whose meeting was cancelled, left the
/// quarter, or moved onto a clash or a declared absence are released, and so is one not yet confirmed whose member has
/// since declared an absence on that day, or not answered in time (then counted as a decline).</item>
/// <item>Every chi bộ short of its visits in the quarter, hardest first (fewest possible pairs of meeting and member), gets
/// the best pair: the member who follows it, then one still short of his or her quota, then the fewest meetings in the
/// quarter and in that month, then the earliest meeting. Never the member's own chi bộ, never two meetings closer than
/// the rules' gap, never a declared absence, never a member who declined that meeting.</item>
/// <item>Members still short of their quarter's share of the quota get more open meetings, those they follow first.</item>
/// <item>What cannot be kept is listed, per meeting and per member, with the exact cause.</item>
/// </list>
/// </summary>
public static class RotationPlanner
{
    public static RotationPlan Plan(RotationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var planning = new Planning(input);
        planning.KeepExisting();
        planning.CoverCells();
        planning.TopUpQuotas();
        return planning.Result();
    }

    private sealed class Planning
    {
        private static readonly StringComparer Ids = StringComparer.OrdinalIgnoreCase;

        private readonly RotationInput input;
        private readonly RotationRules rules;
        private readonly List<Cell> cells;
        private readonly Dictionary<string, Cell> cellsById = new(Ids);
        private readonly Dictionary<string, Candidate> candidates = new(Ids);
        private readonly Dictionary<(string Unit, string Meeting), Slot> slots = [];
        private readonly List<RotationChoice> choices = [];
        private readonly List<RotationRelease> releases = [];
        private readonly List<RotationRecheck> rechecks = [];
        private readonly List<RuleBreach> breaches = [];

        public Planning(RotationInput input)
        {
            this.input = input;
            rules = input.Rules;
            var tree = input.Tree;
            foreach (var member in input.Committee.Where(m => m.Committee is not null && m.Status is MemberStatus.Full or MemberStatus.Probationary)
                .OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                var home = tree.Find(member.UnitId) is { Kind: UnitKind.Group, ParentId: { } parent } ? parent : member.UnitId;
                var quota = rules.QuotaOf(member.Committee!.Rank);
                var off = input.Unavailable.Where(u => Ids.Equals(u.MemberId, member.Id)).OrderBy(u => u.From).ToList();
                candidates.TryAdd(member.Id, new Candidate(member, home, quota, quota.DueIn(input.Quarter), off));
            }
            cells = [.. tree.Units.Where(u => u.IsCell).OrderBy(u => u.Id, StringComparer.Ordinal).Select(unit => new Cell(unit, tree))];
            foreach (var cell in cells)
            {
                cellsById[cell.Unit.Id] = cell;
                foreach (var candidate in candidates.Values)
                {
                    if (cell.Ancestors.Contains(candidate.Member.Committee!.UnitId) && !Ids.Equals(candidate.HomeCellId, cell.Unit.Id))
                    {
                        cell.Eligible.Add(candidate);
                        cell.CanSend.Add(candidate);
                        if (candidate.Member.Follows.Any(cell.Ancestors.Contains))
                        {
                            cell.Followers.Add(candidate);
                        }
                    }
                }
            }
            foreach (var meeting in input.Meetings
                .Where(m => m.StartsAt >= input.Quarter.Starts && m.StartsAt < input.Quarter.Ends)
                .OrderBy(m => m.StartsAt).ThenBy(m => m.UnitId, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal))
            {
                if (cellsById.TryGetValue(meeting.UnitId, out var cell) && slots.TryAdd((meeting.UnitId, meeting.Id), new Slot(meeting, cell)))
                {
                    cell.Slots.Add(slots[(meeting.UnitId, meeting.Id)]);
                }
            }
        }

        /// <summary>Stored assignments: kept, brought up to date (a moved meeting) or released. Unmoved ones first, so a moved one yields to them.</summary>
        public void KeepExisting()
        {
            var live = new List<(CommitteeAssignment Row, Slot? Slot)>();
            foreach (var row in input.Existing.OrderBy(r => r.UnitId, StringComparer.Ordinal).ThenBy(r => r.MeetingId, StringComparer.Ordinal))
            {
                var slot = slots.GetValueOrDefault((row.UnitId, row.MeetingId));
                slot?.Decliners.UnionWith(row.Decliners);
                if (row.State == AssignmentState.Missed && slot is not null)
                {
                    slot.Taken = true; // its outcome is recorded: nobody is sent afterwards, and it counts for no one
                }
                if (row.IsLive)
                {
                    live.Add((row, slot));
                }
            }
            foreach (var (row, slot) in live.OrderBy(l => l.Slot is not null && l.Slot.Meeting.StartsAt != l.Row.StartsAt))
            {
                if (row.State == AssignmentState.Attended)
                {
                    KeepAttended(row, slot);
                    continue;
                }
                var cause = CauseToRelease(row, slot);
                if (cause is { } release)
                {
                    releases.Add(new RotationRelease(row.UnitId, row.MeetingId, row.MemberId!, release, RotationTexts.Released(release)));
                    continue;
                }
                if (slot!.Meeting.StartsAt != row.StartsAt)
                {
                    rechecks.Add(new RotationRecheck(row.UnitId, row.MeetingId, row.MemberId!, slot.Meeting.StartsAt));
                }
                Assign(slot, candidates[row.MemberId!]);
            }
        }

        /// <summary>A recorded visit is history: never released or moved; it counts for the chi bộ, and for the member while on the committee.</summary>
        private void KeepAttended(CommitteeAssignment row, Slot? slot)
        {
            if (slot is null || slot.AssignedTo is not null)
            {
                return;
            }
            if (candidates.TryGetValue(row.MemberId!, out var candidate))
            {
                Assign(slot, candidate);
                return;
            }
            slot.Cell.Visits++;
            slot.Taken = true;
        }

        private ReleaseCause? CauseToRelease(CommitteeAssignment row, Slot? slot)
        {
            if (slot is null)
            {
                return ReleaseCause.MeetingGone;
            }
            if (slot.Meeting.Status == MeetingStatus.Cancelled)
            {
                return ReleaseCause.MeetingCancelled;
            }
            if (slot.AssignedTo is not null || !candidates.TryGetValue(row.MemberId!, out var candidate) || !slot.Cell.CanSend.Contains(candidate))
            {
                return ReleaseCause.NotEligible;
            }
            if (row.State == AssignmentState.Pending && candidate.IsOff(slot))
            {
                return ReleaseCause.Unavailable; // declared after the choice, before an answer
            }
            if (row.State == AssignmentState.Pending && row.UpdatedAt + rules.AnswerWithin <= input.Now && slot.IsOpen(input.Now))
            {
                slot.Decliners.Add(candidate.Member.Id);
                return ReleaseCause.NoAnswer;
            }
            if (slot.Meeting.StartsAt == row.StartsAt)
            {
                return null; // Unchanged: kept as stored, even if the rules changed since (it was told, or confirmed).
            }
            return candidate.IsOff(slot) ? ReleaseCause.Unavailable : Clashes(candidate, slot) ? ReleaseCause.Clash : null;
        }

        /// <summary>Each chi bộ short of visits gets one more per round, the hardest chi bộ first.</summary>
        public void CoverCells()
        {
            for (var round = 1; round <= rules.VisitsPerCellPerQuarter; round++)
            {
                var due = cells.Where(c => c.Visits < round)
                    .Select(c => (Cell: c, Options: c.OpenSlots(input.Now).Sum(s => c.Eligible.Count(e => !s.Decliners.Contains(e.Member.Id) && !e.IsOff(s)))))
                    .OrderBy(c => c.Options).ThenBy(c => c.Cell.Unit.Id, StringComparer.Ordinal)
                    .Select(c => c.Cell)
                    .ToList();
                foreach (var cell in due)
                {
                    CoverOnce(cell);
                }
            }
        }

        private void CoverOnce(Cell cell)
        {
            (Slot Slot, Candidate Candidate)? best = null;
            var fewest = int.MaxValue;
            var someoneNotShort = false;
            foreach (var slot in cell.OpenSlots(input.Now))
            {
                foreach (var candidate in cell.Eligible)
                {
                    if (!CanGo(candidate, slot))
                    {
                        continue;
                    }
                    fewest = Math.Min(fewest, candidate.Load);
                    someoneNotShort |= candidate.Short <= 0;
                    if (best is not { } b || CoverOrder(cell, slot, candidate, b.Slot, b.Candidate) < 0)
                    {
                        best = (slot, candidate);
                    }
                }
            }
            if (best is not { } chosen)
            {
                return;
            }
            var reasons = new List<string> { cell.Visits == 0 ? RotationTexts.CellNotVisited : RotationTexts.CellVisits(cell.Visits) };
            var follows = cell.Followers.Contains(chosen.Candidate);
            if (follows)
            {
                reasons.Add(RotationTexts.Follower);
            }
            else if (rules.PreferFollower)
            {
                NoteFollowersPassedOver(cell, chosen.Slot, chosen.Candidate);
            }
            if (chosen.Candidate.Short > 0 && someoneNotShort)
            {
                reasons.Add(RotationTexts.QuotaShort(chosen.Candidate.Load, chosen.Candidate.Due));
            }
            if (chosen.Candidate.Load == fewest)
            {
                reasons.Add(RotationTexts.FewestInQuarter);
            }
            Choose(chosen.Slot, chosen.Candidate, reasons);
        }

        /// <summary>Negative when (slot, candidate) is the better pair for the chi bộ's visit.</summary>
        private int CoverOrder(Cell cell, Slot slot, Candidate candidate, Slot otherSlot, Candidate other)
        {
            int Compare(bool a, bool b) => b.CompareTo(a); // true first
            var order = rules.PreferFollower ? Compare(cell.Followers.Contains(candidate), cell.Followers.Contains(other)) : 0;
            order = order != 0 ? order : Compare(candidate.Short > 0, other.Short > 0);
            order = order != 0 ? order : candidate.Load.CompareTo(other.Load);
            order = order != 0 ? order : candidate.LoadIn(slot).CompareTo(other.LoadIn(otherSlot));
            order = order != 0 ? order : slot.CompareTo(otherSlot);
            return order != 0 ? order : string.CompareOrdinal(candidate.Member.Id, other.Member.Id);
        }

        /// <summary>Members short of the quarter's share get open meetings, one per member per pass, the shortest first.</summary>
        public void TopUpQuotas()
        {
            var open = slots.Values.Where(s => s.IsOpen(input.Now)).Order().ToList();
            for (var progress = true; progress;)
            {
                progress = false;
                foreach (var candidate in candidates.Values.Where(c => c.Short > 0).OrderByDescending(c => c.Short).ThenBy(c => c.Member.Id, StringComparer.Ordinal))
                {
                    Slot? best = null;
                    foreach (var slot in open.Where(s => s.AssignedTo is null && s.Cell.CanSend.Contains(candidate) && CanGo(candidate, s)))
                    {
                        if (best is null || TopUpOrder(candidate, slot, best) < 0)
                        {
                            best = slot;
                        }
                    }
                    if (best is null)
                    {
                        continue;
                    }
                    var reasons = new List<string> { RotationTexts.QuotaShort(candidate.Load, candidate.Due) };
                    if (best.Cell.Followers.Contains(candidate))
                    {
                        reasons.Add(RotationTexts.Follower);
                    }
                    Choose(best, candidate, reasons);
                    progress = true;
                }
            }
        }

        private static int TopUpOrder(Candidate candidate, Slot slot, Slot other)
        {
            var order = other.Cell.Followers.Contains(candidate).CompareTo(slot.Cell.Followers.Contains(candidate));
            order = order != 0 ? order : slot.Cell.Visits.CompareTo(other.Cell.Visits);
            order = order != 0 ? order : candidate.LoadIn(slot).CompareTo(candidate.LoadIn(other));
            return order != 0 ? order : slot.CompareTo(other);
        }

        public RotationPlan Result()
        {
            foreach (var cell in cells.Where(c => c.Visits < rules.VisitsPerCellPerQuarter))
            {
                NoteUnvisited(cell);
            }
            foreach (var candidate in candidates.Values.Where(c => c.Short > 0))
            {
                var anyLeft = slots.Values.Any(s => s.IsOpen(input.Now) && s.AssignedTo is null && s.Cell.CanSend.Contains(candidate));
                breaches.Add(new RuleBreach(BrokenRule.QuotaNotMet, candidate.Member.Committee!.UnitId, null, candidate.Member.Id,
                    RotationTexts.QuotaNotMet(candidate.Member.FullName, candidate.Load, candidate.Due, candidate.Quota, input.Quarter, anyLeft)));
            }
            return new RotationPlan(
                [.. choices.OrderBy(c => c.StartsAt).ThenBy(c => c.UnitId, StringComparer.Ordinal).ThenBy(c => c.MeetingId, StringComparer.Ordinal)],
                releases,
                rechecks,
                [.. breaches.OrderBy(b => b.Rule).ThenBy(b => b.UnitId, StringComparer.Ordinal).ThenBy(b => b.MeetingId, StringComparer.Ordinal)
                    .ThenBy(b => b.MemberId, StringComparer.Ordinal)]);
        }

        private void NoteUnvisited(Cell cell)
        {
            var name = cell.Unit.Name;
            var open = cell.OpenSlots(input.Now).ToList();
            if (cell.Eligible.Count == 0)
            {
                breaches.Add(new RuleBreach(BrokenRule.CellNotVisited, cell.Unit.Id, null, null, RotationTexts.NoOneEligible(name)));
                return;
            }
            if (open.Count == 0)
            {
                breaches.Add(new RuleBreach(BrokenRule.CellNotVisited, cell.Unit.Id, null, null, RotationTexts.NoMeetingLeft(name, input.Quarter)));
                return;
            }
            foreach (var slot in open)
            {
                var declined = cell.Eligible.Count(e => slot.Decliners.Contains(e.Member.Id));
                var away = cell.Eligible.Count(e => !slot.Decliners.Contains(e.Member.Id) && e.IsOff(slot));
                var clashing = cell.Eligible.Count(e => !slot.Decliners.Contains(e.Member.Id) && !e.IsOff(slot) && Clashes(e, slot));
                breaches.Add(new RuleBreach(BrokenRule.CellNotVisited, cell.Unit.Id, slot.Meeting.Id, null,
                    RotationTexts.NobodyFree(name, slot.Label, cell.Eligible.Count, away, clashing, declined, rules.MinGap)));
            }
        }

        private void NoteFollowersPassedOver(Cell cell, Slot slot, Candidate chosen)
        {
            foreach (var follower in cell.Followers)
            {
                var why = slot.Decliners.Contains(follower.Member.Id) ? RotationTexts.WhyDeclined
                    : follower.IsOff(slot) ? RotationTexts.WhyUnavailable
                    : RotationTexts.WhyClash;
                breaches.Add(new RuleBreach(BrokenRule.FollowerNotChosen, cell.Unit.Id, slot.Meeting.Id, follower.Member.Id,
                    RotationTexts.FollowerNotChosen(cell.Unit.Name, slot.Label, chosen.Member.FullName, follower.Member.FullName, why)));
            }
        }

        private bool CanGo(Candidate candidate, Slot slot) =>
            !slot.Decliners.Contains(candidate.Member.Id) && !candidate.IsOff(slot) && !Clashes(candidate, slot);

        /// <summary>Another of the member's meetings starts less than the gap before or after this one, or overlaps it.</summary>
        private bool Clashes(Candidate candidate, Slot slot) => candidate.Assigned.Any(other => !ReferenceEquals(other, slot) &&
            (Math.Abs((other.Meeting.StartsAt - slot.Meeting.StartsAt).Ticks) < rules.MinGap.Ticks ||
             other.Meeting.StartsAt < slot.Meeting.EndsAt && slot.Meeting.StartsAt < other.Meeting.EndsAt));

        private void Choose(Slot slot, Candidate candidate, List<string> reasons)
        {
            choices.Add(new RotationChoice(slot.Meeting.UnitId, slot.Meeting.Id, slot.Meeting.StartsAt, candidate.Member.Id, reasons));
            Assign(slot, candidate);
        }

        private static void Assign(Slot slot, Candidate candidate)
        {
            slot.AssignedTo = candidate;
            slot.Cell.Visits++;
            candidate.Assigned.Add(slot);
        }
    }

    private sealed class Cell(Unit unit, OrganizationTree tree)
    {
        public Unit Unit { get; } = unit;
        public HashSet<string> Ancestors { get; } = tree.SelfAndAncestors(unit.Id).Select(u => u.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        /// <summary>Who may be sent, in member id order; <see cref="CanSend"/> is the same as a set.</summary>
        public List<Candidate> Eligible { get; } = [];
        public HashSet<Candidate> CanSend { get; } = [];
        public HashSet<Candidate> Followers { get; } = [];
        public List<Slot> Slots { get; } = [];
        public int Visits { get; set; }

        public IEnumerable<Slot> OpenSlots(DateTimeOffset now) => Slots.Where(s => s.IsOpen(now));
    }

    private sealed class Slot(Meeting meeting, Cell cell) : IComparable<Slot>
    {
        public Meeting Meeting { get; } = meeting;
        public Cell Cell { get; } = cell;
        public DateOnly FirstDay { get; } = DateOnly.FromDateTime(VietnamTime.ToVietnam(meeting.StartsAt).DateTime);
        public DateOnly LastDay { get; } = DateOnly.FromDateTime(VietnamTime.ToVietnam(meeting.EndsAt).DateTime);
        public int Month => FirstDay.Month;
        public HashSet<string> Decliners { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Candidate? AssignedTo { get; set; }
        public string Label => RotationTexts.MeetingLabel(Meeting.Kind, Meeting.StartsAt);

        /// <summary>Attended by someone no longer among the candidates: nobody else is sent.</summary>
        public bool Taken { get; set; }

        public bool IsOpen(DateTimeOffset now) => AssignedTo is null && !Taken && Meeting.Status != MeetingStatus.Cancelled && Meeting.StartsAt >= now;

        public int CompareTo(Slot? other)
        {
            ArgumentNullException.ThrowIfNull(other);
            var order = Meeting.StartsAt.CompareTo(other.Meeting.StartsAt);
            order = order != 0 ? order : string.CompareOrdinal(Meeting.UnitId, other.Meeting.UnitId);
            return order != 0 ? order : string.CompareOrdinal(Meeting.Id, other.Meeting.Id);
        }
    }

    private sealed class Candidate(Member member, string homeCellId, QuotaRule quota, int due, List<Unavailability> off)
    {
        public Member Member { get; } = member;
        public string HomeCellId { get; } = homeCellId;
        public QuotaRule Quota { get; } = quota;

        /// <summary>Meetings to attend this quarter (its share of the quota).</summary>
        public int Due { get; } = due;
        public List<Slot> Assigned { get; } = [];
        public int Load => Assigned.Count;
        public int Short => Due - Load;

        public int LoadIn(Slot slot) => Assigned.Count(s => s.Month == slot.Month);

        public bool IsOff(Slot slot) => off.Any(u => u.Covers(slot.FirstDay, slot.LastDay));
    }
}
