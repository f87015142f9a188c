using PartyBot.Core.Attendance;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Attendance;

public sealed class AttendanceTallyTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_MixedChiBo_CountsSummonedPresentAndFullMembers()
    {
        // Full: DV01, DV03, DV04 present; DV02 excused; DV05 marked unexcused; DV06 never came.
        // DV07 (exempt only from 2027) present and full; probationary DV08 present, DV09 excused.
        var entries = new[]
        {
            new AttendanceEntry("DV01", CheckedInAt: Start),
            new AttendanceEntry("DV02", RsvpAnswer.Excused, "Đi công tác", Start.AddDays(-2)),
            new AttendanceEntry("DV03", CheckedInAt: Start),
            new AttendanceEntry("DV04", Mark: AttendanceState.Present, MarkedBy: "DV01", MarkedAt: Start),
            new AttendanceEntry("DV05", CheckedInAt: Start, Mark: AttendanceState.Unexcused, MarkedBy: "DV01", MarkedAt: Start),
            new AttendanceEntry("DV07", CheckedInAt: Start),
            new AttendanceEntry("DV08", CheckedInAt: Start),
            new AttendanceEntry("DV09", Mark: AttendanceState.Excused, MarkReason: "Ốm", MarkedBy: "DV01", MarkedAt: Start),
            new AttendanceEntry("DV10", CheckedInAt: Start),
        };
        var lines = RollCallSheet.Lines(ChiBo.Members(), entries, ChiBo.Day, closing: true);

        var tally = AttendanceTally.Of(lines);

        Assert.Equal(new AttendanceTally(Summoned: 9, Present: 5, Excused: 2, Unexcused: 2, Pending: 0, Exempt: 3, FullSummoned: 7, FullPresent: 4), tally);
        Assert.Equal(100.0 * 5 / 9, tally.RatePercent, 10);
        Assert.Equal(new VoteValidity(7, 4), tally.Validity);
        Assert.True(tally.Validity.ResolutionCanPass);
        Assert.False(tally.Validity.AdmissionCanPass);
    }

    [Fact]
    public void Of_OpenRollCall_CountsPendingSeparately()
    {
        var lines = RollCallSheet.Lines(ChiBo.Members(), [new AttendanceEntry("DV01", CheckedInAt: Start)], ChiBo.Day, closing: false);

        var tally = AttendanceTally.Of(lines);

        Assert.Equal((9, 1, 8, 0, 3), (tally.Summoned, tally.Present, tally.Pending, tally.Unexcused, tally.Exempt));
    }

    [Fact]
    public void Of_ProbationaryMembers_CountInTheRateNotInTheVote()
    {
        var members = new[]
        {
            ChiBo.Make("CB1", "A", "Nguyễn Văn An", MemberStatus.Full),
            ChiBo.Make("CB1", "B", "Trần Văn Bình", MemberStatus.Probationary),
            ChiBo.Make("CB1", "C", "Lê Thị Chi", MemberStatus.Probationary),
        };
        var lines = RollCallSheet.Lines(members, [new("B", CheckedInAt: Start), new("C", CheckedInAt: Start)], ChiBo.Day, closing: true);

        var tally = AttendanceTally.Of(lines);

        Assert.Equal((3, 2, 1, 0), (tally.Summoned, tally.Present, tally.FullSummoned, tally.FullPresent));
        Assert.False(tally.Validity.ResolutionCanPass);
    }

    [Fact]
    public void RatePercent_NobodySummoned_IsZero() =>
        Assert.Equal(0, new AttendanceTally(0, 0, 0, 0, 0, 3, 0, 0).RatePercent);

    [Theory]
    [InlineData(10, 6, 7)]
    [InlineData(9, 5, 6)]
    [InlineData(7, 4, 5)]
    [InlineData(4, 3, 3)]
    [InlineData(3, 2, 2)]
    [InlineData(2, 2, 2)]
    [InlineData(1, 1, 1)]
    public void VoteValidity_FullMembersSummoned_NeedsMoreThanHalfAndTwoThirds(int fullSummoned, int resolution, int admission)
    {
        var validity = new VoteValidity(fullSummoned, 0);

        Assert.Equal((resolution, admission), (validity.ResolutionNeeded, validity.AdmissionNeeded));
    }

    [Fact]
    public void VoteValidity_AnyNumberOfFullMembers_NeededIsTheSmallestThatQualifies()
    {
        for (var n = 1; n <= 300; n++)
        {
            var validity = new VoteValidity(n, 0);
            // More than half: 2·needed > n, and one fewer would not be.
            Assert.True(2 * validity.ResolutionNeeded > n && 2 * (validity.ResolutionNeeded - 1) <= n, $"n = {n}");
            // Two thirds: 3·needed ≥ 2n, and one fewer would not be.
            Assert.True(3 * validity.AdmissionNeeded >= 2 * n && 3 * (validity.AdmissionNeeded - 1) < 2 * n, $"n = {n}");
        }
    }

    [Theory]
    [InlineData(10, 5, false)]
    [InlineData(10, 6, true)]
    [InlineData(4, 2, false)]
    [InlineData(4, 3, true)]
    [InlineData(9, 4, false)]
    [InlineData(9, 5, true)]
    [InlineData(3, 1, false)]
    [InlineData(3, 2, true)]
    public void ResolutionCanPass_PresentFullMembers_OnlyMoreThanHalfOfTheSummoned(int fullSummoned, int fullPresent, bool expected) =>
        Assert.Equal(expected, new VoteValidity(fullSummoned, fullPresent).ResolutionCanPass);

    [Theory]
    [InlineData(10, 6, false)]
    [InlineData(10, 7, true)]
    [InlineData(9, 5, false)]
    [InlineData(9, 6, true)]
    [InlineData(3, 1, false)]
    [InlineData(3, 2, true)]
    public void AdmissionCanPass_PresentFullMembers_AtLeastTwoThirdsOfTheSummoned(int fullSummoned, int fullPresent, bool expected) =>
        Assert.Equal(expected, new VoteValidity(fullSummoned, fullPresent).AdmissionCanPass);

    [Fact]
    public void VoteValidity_NoFullMemberSummoned_NothingCanPass()
    {
        var validity = new VoteValidity(0, 0);

        Assert.False(validity.ResolutionCanPass);
        Assert.False(validity.AdmissionCanPass);
    }

    [Fact]
    public void Validity_HalfTheFullMembersAbsent_ResolutionCannotPass()
    {
        // Ten full members, five came: the absent five still count in the denominator.
        var members = Enumerable.Range(1, 10).Select(i => ChiBo.Make("CB1", $"F{i:D2}", $"Nguyễn Văn F{i:D2}", MemberStatus.Full)).ToList();
        var entries = members.Take(5).Select(m => new AttendanceEntry(m.Id, CheckedInAt: Start));

        var tally = AttendanceTally.Of(RollCallSheet.Lines(members, entries, ChiBo.Day, closing: true));

        Assert.Equal(new VoteValidity(10, 5), tally.Validity);
        Assert.False(tally.Validity.ResolutionCanPass);
        Assert.Equal(50, tally.RatePercent);
    }
}
