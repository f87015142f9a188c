using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Organization;

public sealed class UnitCountsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Of_OneMemberOfEachStatus_CountsOnlyFullAndProbationaryAsSummoned()
    {
        var counts = UnitCounts.Of(
        [
            Member(MemberStatus.Full),
            Member(MemberStatus.Probationary, admittedOn: new DateOnly(2026, 3, 15)),
            Member(MemberStatus.Exempt, since: new DateOnly(2025, 3, 1)),
            Member(MemberStatus.Suspended, since: new DateOnly(2026, 8, 12)),
            Member(MemberStatus.TemporarilyTransferred, since: new DateOnly(2026, 9, 1)),
        ], Today);

        Assert.Equal(new UnitCounts(Members: 5, Summoned: 2, FullSummoned: 1, Probationary: 1, Exempt: 1, Suspended: 1, Transferred: 1), counts);
    }

    [Fact]
    public void Of_ExemptFromFutureDate_CountsAsFullMemberUntilThatDay()
    {
        var exempt = Member(MemberStatus.Exempt, since: new DateOnly(2027, 1, 1));

        var before = UnitCounts.Of([exempt], new DateOnly(2026, 12, 31));
        var from = UnitCounts.Of([exempt], new DateOnly(2027, 1, 1));

        Assert.Equal((1, 1, 0), (before.Summoned, before.FullSummoned, before.Exempt));
        Assert.Equal((0, 0, 1), (from.Summoned, from.FullSummoned, from.Exempt));
    }

    [Fact]
    public void Of_ExemptWithoutDate_NotSummoned()
    {
        var counts = UnitCounts.Of([Member(MemberStatus.Exempt), Member(MemberStatus.Full)], Today);

        Assert.Equal((2, 1, 1, 1), (counts.Members, counts.Summoned, counts.FullSummoned, counts.Exempt));
    }

    [Fact]
    public void Of_ProbationaryMembers_SummonedButNotFull()
    {
        var counts = UnitCounts.Of([Member(MemberStatus.Probationary), Member(MemberStatus.Probationary), Member(MemberStatus.Full)], Today);

        Assert.Equal((3, 1, 2), (counts.Summoned, counts.FullSummoned, counts.Probationary));
    }

    [Fact]
    public void Of_NoMembers_AllZero()
    {
        Assert.Equal(new UnitCounts(0, 0, 0, 0, 0, 0, 0), UnitCounts.Of([], Today));
    }

    private static Member Member(MemberStatus status, DateOnly? since = null, DateOnly? admittedOn = null) =>
        new(Guid.NewGuid().ToString("N"), "Nguyễn Văn An", "CB1", status, new HashSet<UnitRole>(), StatusSince: since, AdmittedOn: admittedOn);
}
