using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.CommitteeAttendance;

/// <summary>The rotation on crafted cases (domain.md "Committee members attending chi bộ meetings").</summary>
public sealed class RotationPlannerTests
{
    private static readonly string[] SixCells = ["CB1", "CB2", "CB3", "CB4", "CB5", "CB6"];

    [Fact]
    public void Plan_EnoughMembers_EveryCellVisitedOnceInQuarter()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2", "CB3", "CB4").Member("A").Member("B");
        foreach (var cell in new[] { "CB1", "CB2", "CB3", "CB4" })
        {
            rotation.Monthly(cell, day: 1, hour: cell is "CB1" or "CB2" ? 8 : 14);
        }

        var plan = rotation.Plan();

        Assert.Equal(["CB1", "CB2", "CB3", "CB4"], plan.Choices.Select(c => c.UnitId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(plan.Breaches, b => b.Rule == BrokenRule.CellNotVisited);
        Assert.Equal([2, 2], plan.Choices.CountBy(c => c.MemberId).Select(c => c.Value));
        Assert.All(plan.Choices, c => Assert.StartsWith(RotationTexts.CellNotVisited, c.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_QuarterlyQuota_MembersGetExtraMeetingsUntilMet()
    {
        var rotation = new RotationCase { Rules = RotationCase.QuarterlyQuota(3) }.Cells("CB1", "CB2").Member("A").Member("B")
            .Monthly("CB1", day: 2, hour: 8).Monthly("CB2", day: 5, hour: 8);

        var plan = rotation.Plan();

        Assert.Equal([("A", 3), ("B", 3)], plan.Choices.CountBy(c => c.MemberId).OrderBy(c => c.Key).Select(c => (c.Key, c.Value)));
        Assert.DoesNotContain(plan.Breaches, b => b.Rule == BrokenRule.QuotaNotMet);
        Assert.Contains(plan.Choices, c => c.Reasons.Contains(RotationTexts.QuotaShort(1, 3)));
    }

    [Fact]
    public void Plan_QuotaCannotBeMet_BreachNamesMemberAndCount()
    {
        var rotation = new RotationCase { Rules = RotationCase.QuarterlyQuota(2) }.Cell("CB1").Member("A");
        rotation.Meeting("CB1", 10, 1);

        var plan = rotation.Plan();

        var breach = Assert.Single(plan.Breaches, b => b.Rule == BrokenRule.QuotaNotMet);
        Assert.Equal(("DUK", "A"), (breach.UnitId, breach.MemberId));
        Assert.Equal("Đồng chí Nguyễn A: 1/2 lượt dự sinh hoạt chi bộ trong quý 4/2026 (định mức 2 lượt/quý); không còn cuộc họp nào còn trống để cử.", breach.Text);
    }

    [Fact]
    public void Plan_MemberOfTheCell_NeverSentToOwnCellNorItsGroups()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A", home: "CB1").Monthly("CB1").Monthly("CB2", hour: 14);
        var groupMember = new RotationCase().Cell("CB1").Member("G", home: "TD1");
        groupMember.Monthly("CB1");
        var input = groupMember.Input with
        {
            Tree = new OrganizationTree([.. groupMember.Input.Tree.Units, new Unit("TD1", UnitKind.Group, "Tổ đảng 1", "CB1")]),
        };

        var plan = rotation.Plan();
        var groupPlan = RotationPlanner.Plan(input);

        Assert.Equal(["CB2"], plan.Choices.Select(c => c.UnitId));
        Assert.Equal(
            new RuleBreach(BrokenRule.CellNotVisited, "CB1", null, null, RotationTexts.NoOneEligible("Chi bộ CB1")),
            Assert.Single(plan.Breaches, b => b.Rule == BrokenRule.CellNotVisited));
        Assert.Empty(groupPlan.Choices);
    }

    [Theory]
    [InlineData(10, 30, false)] // 2 h 30 after the other's start: too close
    [InlineData(11, 0, true)]   // 3 h after: allowed
    public void Plan_TwoMeetingsCloserThanGap_OneMemberTakesOnlyOne(int hour, int minute, bool both)
    {
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A");
        rotation.Meeting("CB1", 10, 1, 8);
        rotation.Meeting("CB2", 10, 1, hour, minute);

        var plan = rotation.Plan();

        Assert.Equal(both ? 2 : 1, plan.Choices.Count);
        if (!both)
        {
            var breach = Assert.Single(plan.Breaches, b => b.Rule == BrokenRule.CellNotVisited);
            Assert.Equal("CB2", breach.UnitId);
            Assert.Equal("Chi bộ CB2, họp định kỳ 10:30 01/10/2026: chưa cử được cấp ủy viên dự — trong 1 đồng chí có thể cử: 1 có cuộc họp khác cách dưới 3 giờ.", breach.Text);
        }
    }

    [Fact]
    public void Plan_LongMeetingOverlapsNextStartBeyondGap_Clash()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A");
        rotation.Meeting("CB1", 10, 1, 8, minutes: 240);
        rotation.Meeting("CB2", 10, 1, 11, 30);

        Assert.Single(rotation.Plan().Choices);
    }

    [Fact]
    public void Plan_MemberDeclaredUnavailable_OtherChosenOrBreachSaysSo()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A").Member("B");
        rotation.Meeting("CB1", 10, 1);
        rotation.Meeting("CB2", 10, 1, 10);
        rotation.Unavailable.Add(new Unavailability("A", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 3), "công tác"));

        var plan = rotation.Plan();

        Assert.Equal(["CB1 R-2026-10 → B"], plan.Lines());
        Assert.Equal("Chi bộ CB2, họp định kỳ 10:00 01/10/2026: chưa cử được cấp ủy viên dự — trong 2 đồng chí có thể cử: 1 đã báo bận, 1 có cuộc họp khác cách dưới 3 giờ.",
            Assert.Single(plan.Breaches, b => b.Rule == BrokenRule.CellNotVisited).Text);
    }

    [Fact]
    public void Plan_MoreCellsThanMembersAtOneTime_BestPossibleAndOneBreachPerUncoveredMeeting()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2", "CB3", "CB4", "CB5").Member("A").Member("B");
        foreach (var cell in new[] { "CB1", "CB2", "CB3", "CB4", "CB5" })
        {
            rotation.Meeting(cell, 10, 1);
        }

        var plan = rotation.Plan();

        Assert.Equal(2, plan.Choices.Count);
        Assert.Equal(2, plan.Choices.Select(c => c.MemberId).Distinct().Count());
        var uncovered = plan.Breaches.Where(b => b.Rule == BrokenRule.CellNotVisited).ToList();
        Assert.Equal(3, uncovered.Count);
        Assert.All(uncovered, b => Assert.Equal("R-2026-10", b.MeetingId));
        Assert.Empty(uncovered.Select(b => b.UnitId).Intersect(plan.Choices.Select(c => c.UnitId)));
    }

    [Fact]
    public void Plan_HardestCellFirst_CellWithOneOptionIsCovered()
    {
        // CB2 meets once, at the time CB1 also meets; CB1 has two more meetings. Hardest first gives CB2 its only chance.
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A").Monthly("CB1");
        rotation.Meeting("CB2", 10, 1);

        var plan = rotation.Plan();

        Assert.Equal(["CB2 R-2026-10 → A", "CB1 R-2026-11 → A"], plan.Lines());
    }

    [Fact]
    public void Plan_FollowerFree_ChosenWithReason()
    {
        var rotation = new RotationCase { Rules = RotationCase.QuarterlyQuota(0) }.Cell("CB1").Member("A").Member("B", follows: "CB1").Monthly("CB1");

        var choice = Assert.Single(rotation.Plan().Choices);

        Assert.Equal("B", choice.MemberId);
        Assert.Equal([RotationTexts.CellNotVisited, RotationTexts.Follower, RotationTexts.FewestInQuarter], choice.Reasons);
    }

    [Fact]
    public void Plan_FollowerBusyAtEveryMeeting_OtherChosenAndBreachSaysWhy()
    {
        var rotation = new RotationCase().Cell("CB1").Member("A").Member("B", follows: "DB1");
        rotation.Meeting("CB1", 10, 5);
        rotation.Unavailable.Add(new Unavailability("B", new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 5)));

        var plan = rotation.Plan();

        Assert.Equal(["CB1 R-2026-10 → A"], plan.Lines());
        Assert.Equal("Chi bộ CB1, họp định kỳ 08:00 05/10/2026: cử đồng chí Nguyễn A thay đồng chí phụ trách Nguyễn B (đã báo bận).",
            Assert.Single(plan.Breaches, b => b.Rule == BrokenRule.FollowerNotChosen).Text);
    }

    [Fact]
    public void Plan_BalancesLoad_FewestInQuarterChosen()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2", "CB3").Member("A").Member("B");
        rotation.Meeting("CB1", 10, 1);
        rotation.Meeting("CB2", 10, 8);
        rotation.Meeting("CB3", 10, 15);

        var plan = rotation.Plan();

        Assert.Equal(["CB1 R-2026-10 → A", "CB2 R-2026-10 → B", "CB3 R-2026-10 → A"], plan.Lines());
        Assert.Contains(RotationTexts.FewestInQuarter, plan.Choices[1].Reasons);
    }

    [Fact]
    public void Plan_SameInputInAnotherOrder_SamePlanAndReasons()
    {
        var rotation = new RotationCase().Cells(SixCells).Member("A", follows: "CB2").Member("B").Member("C", rank: CommitteeRank.Provincial);
        foreach (var (cell, i) in SixCells.Select((c, i) => (c, i)))
        {
            rotation.Monthly(cell, day: 1 + i % 3, hour: i % 2 == 0 ? 8 : 14);
        }
        var input = rotation.Input;
        var shuffled = input with
        {
            Meetings = [.. input.Meetings.OrderByDescending(m => m.UnitId).ThenByDescending(m => m.StartsAt)],
            Committee = [.. input.Committee.Reverse()],
            Tree = new OrganizationTree(input.Tree.Units.Reverse()),
        };

        static string Text(RotationPlan plan) => string.Join('\n', plan.Choices.Select(c => $"{c.UnitId} {c.MeetingId} {c.MemberId} {c.Reason}")
            .Concat(plan.Breaches.Select(b => b.Text)));

        Assert.Equal(Text(RotationPlanner.Plan(input)), Text(RotationPlanner.Plan(shuffled)));
        Assert.Equal(Text(RotationPlanner.Plan(input)), Text(RotationPlanner.Plan(input)));
    }

    [Fact]
    public void Plan_ConfirmedAssignment_KeptEvenWhenFollowerWouldBeChosen()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A").Member("B", follows: "CB1").Monthly("CB1").Monthly("CB2", hour: 14);
        rotation.Assigned(rotation.Meetings[0], "A", AssignmentState.Confirmed);

        var plan = rotation.Plan();

        Assert.DoesNotContain(plan.Choices, c => c.UnitId == "CB1");
        Assert.Empty(plan.Releases);
        Assert.Empty(plan.Rechecks);
        Assert.Equal("B", plan.MemberOf("CB2"));
    }

    [Fact]
    public void Plan_KeptAssignments_CountAsVisitsAndLoad()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A").Member("B");
        rotation.Meeting("CB1", 10, 1);
        rotation.Meeting("CB2", 10, 8);
        rotation.Assigned(rotation.Meetings[0], "A");

        var plan = rotation.Plan();

        Assert.Equal(["CB2 R-2026-10 → B"], plan.Lines());
    }

    [Fact]
    public void Plan_MeetingMovedStillFine_KeptWithNewStart()
    {
        var rotation = new RotationCase().Cell("CB1").Member("A");
        var meeting = rotation.Meeting("CB1", 10, 2);
        rotation.Assigned(meeting, "A", AssignmentState.Confirmed, startsAt: meeting.StartsAt.AddDays(-1));

        var plan = rotation.Plan();

        Assert.Equal([new RotationRecheck("CB1", "R-2026-10", "A", meeting.StartsAt)], plan.Rechecks);
        Assert.Empty(plan.Releases);
        Assert.Empty(plan.Choices);
    }

    [Fact]
    public void Plan_MeetingMovedOntoClash_ReleasedAndReassigned()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A").Member("B");
        var kept = rotation.Meeting("CB1", 10, 1, 8);
        var moved = rotation.Meeting("CB2", 10, 1, 9);
        rotation.Assigned(kept, "A");
        rotation.Assigned(moved, "A", startsAt: moved.StartsAt.AddDays(7));

        var plan = rotation.Plan();

        Assert.Equal([new RotationRelease("CB2", "R-2026-10", "A", ReleaseCause.Clash, RotationTexts.Released(ReleaseCause.Clash))], plan.Releases);
        Assert.Equal(["CB2 R-2026-10 → B"], plan.Lines());
    }

    [Fact]
    public void Plan_MeetingCancelledOrGone_Released()
    {
        var rotation = new RotationCase().Cells("CB1", "CB2").Member("A");
        var cancelled = rotation.Meeting("CB1", 10, 1) with { Status = MeetingStatus.Cancelled };
        rotation.Meetings[0] = cancelled;
        rotation.Assigned(cancelled, "A");
        rotation.Existing.Add(new CommitteeAssignment(RotationCase.Q4, "CB2", "T-moved", "A", AssignmentState.Confirmed, cancelled.StartsAt, "", 1, rotation.Now));

        var plan = rotation.Plan();

        Assert.Equal([("CB1", ReleaseCause.MeetingCancelled), ("CB2", ReleaseCause.MeetingGone)], plan.Releases.Select(r => (r.UnitId, r.Cause)));
        Assert.Empty(plan.Choices);
    }

    [Theory]
    [InlineData(AssignmentState.Pending, true)]
    [InlineData(AssignmentState.Confirmed, false)]
    public void Plan_AbsenceDeclaredAfterChoice_PendingReleasedConfirmedKept(AssignmentState state, bool released)
    {
        var rotation = new RotationCase().Cell("CB1").Member("A").Member("B");
        var meeting = rotation.Meeting("CB1", 10, 1);
        rotation.Assigned(meeting, "A", state);
        rotation.Unavailable.Add(new Unavailability("A", new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 2)));

        var plan = rotation.Plan();

        Assert.Equal(released ? [ReleaseCause.Unavailable] : [], plan.Releases.Select(r => r.Cause));
        Assert.Equal(released ? ["CB1 R-2026-10 → B"] : [], plan.Lines());
    }

    [Theory]
    [InlineData(47, false)]
    [InlineData(48, true)]
    public void Plan_PendingNotAnsweredInTime_ReleasedAsDeclineAndOtherChosen(int hoursSince, bool released)
    {
        var rotation = new RotationCase().Cell("CB1").Member("A").Member("B");
        var meeting = rotation.Meeting("CB1", 10, 1);
        rotation.Existing.Add(new CommitteeAssignment(RotationCase.Q4, "CB1", meeting.Id, "A", AssignmentState.Pending, meeting.StartsAt, "", 1,
            rotation.Now.AddHours(-hoursSince)));

        var plan = rotation.Plan();

        Assert.Equal(released ? [ReleaseCause.NoAnswer] : [], plan.Releases.Select(r => r.Cause));
        Assert.Equal(released ? ["CB1 R-2026-10 → B"] : [], plan.Lines());
    }

    [Fact]
    public void Plan_MemberDeclined_NotChosenAgainForThatMeeting()
    {
        var rotation = new RotationCase().Cell("CB1").Member("A").Member("B", follows: "CB1");
        var meeting = rotation.Meeting("CB1", 10, 1);
        rotation.Existing.Add(new CommitteeAssignment(RotationCase.Q4, "CB1", meeting.Id, null, AssignmentState.Released, meeting.StartsAt, "", 1, rotation.Now, ["B"]));

        var plan = rotation.Plan();

        Assert.Equal(["CB1 R-2026-10 → A"], plan.Lines());
        Assert.Contains(plan.Breaches, b => b.Rule == BrokenRule.FollowerNotChosen && b.Text.EndsWith("(đã từ chối).", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(AssignmentState.Attended, new[] { "CB1 R-2026-11 → A" })]
    [InlineData(AssignmentState.Missed, new[] { "CB1 R-2026-11 → A", "CB1 R-2026-12 → A" })]
    public void Plan_RecordedMeeting_OnlyAttendedCountsTowardQuotaAndVisit(AssignmentState state, string[] expected)
    {
        var rotation = new RotationCase { Rules = RotationCase.QuarterlyQuota(2) }.Cell("CB1").Member("A").Monthly("CB1");
        rotation.Now = rotation.Meetings[0].StartsAt.AddDays(1);
        rotation.Assigned(rotation.Meetings[0], "A", state);

        var plan = rotation.Plan();

        Assert.Equal(expected, plan.Lines());
        Assert.Empty(plan.Releases);
        Assert.Empty(plan.Rechecks);
    }

    [Theory]
    [InlineData(AssignmentState.Attended, 0)]
    [InlineData(AssignmentState.Missed, 1)]
    [InlineData(AssignmentState.Confirmed, 1)] // not recorded: released, the member having left the committee
    public void Plan_RecordedByMemberNoLongerOnCommittee_KeptAsHistoryAttendedStillTheCellsVisit(AssignmentState state, int choices)
    {
        var rotation = new RotationCase { Rules = RotationCase.QuarterlyQuota(0) }.Cell("CB1").Member("A");
        var held = rotation.Meeting("CB1", 10, 1);
        rotation.Meeting("CB1", 11, 5, id: "R-2026-11");
        rotation.Now = held.StartsAt.AddDays(1);
        rotation.Assigned(held, "Z", state);

        var plan = rotation.Plan();

        Assert.Equal(choices, plan.Choices.Count);
        Assert.Equal(state == AssignmentState.Confirmed ? 1 : 0, plan.Releases.Count);
        Assert.DoesNotContain(plan.Choices, c => c.MeetingId == held.Id);
    }

    [Fact]
    public void Plan_MeetingAlreadyStarted_NotAssignedAnew()
    {
        var rotation = new RotationCase().Cell("CB1").Member("A").Monthly("CB1");
        rotation.Now = rotation.Meetings[1].StartsAt.AddMinutes(1);

        var plan = rotation.Plan();

        Assert.Equal(["CB1 R-2026-12 → A"], plan.Lines());
    }

    [Fact]
    public void Plan_NoMeetingLeftInQuarter_BreachSaysSo()
    {
        var rotation = new RotationCase().Cell("CB1").Member("A");

        var breach = Assert.Single(rotation.Plan().Breaches, b => b.Rule == BrokenRule.CellNotVisited);

        Assert.Equal("Chi bộ CB1: chưa có cấp ủy dự trong quý 4/2026 và không còn cuộc họp nào trong quý để cử.", breach.Text);
    }

    [Theory]
    [InlineData(6, 1, 2)]
    [InlineData(6, 2, 1)]
    [InlineData(6, 3, 2)]
    [InlineData(6, 4, 1)]
    [InlineData(2, 1, 1)]
    [InlineData(2, 2, 0)]
    public void DueIn_YearlyQuota_QuarterSharesAddUpToTheYear(int perYear, int quarter, int due) =>
        Assert.Equal(due, new QuotaRule(perYear, QuotaPeriod.Year).DueIn(new Quarter(2026, quarter)));
}
