using PartyBot.Core.Meetings;

namespace PartyBot.Core.Tests.Meetings;

public sealed class MonthlyMeetingRuleTests
{
    // 08:00 Vietnam time on Tuesday 01/12/2026.
    private static readonly DateTimeOffset December1 = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static readonly Meeting Regular = new("CB1", "R-2026-12", MeetingKind.Regular, December1, 90);

    [Fact]
    public void IsOnlyRegularOfItsMonth_AnotherRegularThatMonth_IsFalse_ACancelledOneOrAnotherMonthsDoesNotCount()
    {
        var cancelled = new Meeting("CB1", "M-2", MeetingKind.Regular, December1.AddDays(7), 90, MeetingStatus.Cancelled);
        var nextMonth = new Meeting("CB1", "R-2027-01", MeetingKind.Regular, December1.AddMonths(1), 90);
        var thematic = new Meeting("CB1", "T-1", MeetingKind.Thematic, December1.AddDays(3), 120);
        var second = new Meeting("CB1", "M-3", MeetingKind.Regular, December1.AddDays(14), 90);

        Assert.True(MonthlyMeetingRule.IsOnlyRegularOfItsMonth(Regular, [Regular, cancelled, nextMonth, thematic]));
        Assert.False(MonthlyMeetingRule.IsOnlyRegularOfItsMonth(Regular, [Regular, second]));
        Assert.False(MonthlyMeetingRule.IsOnlyRegularOfItsMonth(thematic, [thematic]));
    }

    [Fact]
    public void MonthOf_LastEveningOfTheMonthInVietnam_IsThatMonthThoughUtcIsTheSameDay()
    {
        // 31/12/2026 23:00 in Vietnam is 16:00 UTC; 01/01/2027 01:00 in Vietnam is 31/12 18:00 UTC.
        Assert.Equal((2026, 12), MonthlyMeetingRule.MonthOf(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal((2027, 1), MonthlyMeetingRule.MonthOf(new DateTimeOffset(2026, 12, 31, 18, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(0, 90, 90)]     // at the same time: one sitting of 90 minutes
    [InlineData(60, 30, 90)]    // inside the regular meeting
    [InlineData(-20, 90, 110)]  // overlapping its start
    public void ShortSharedSitting_ThematicOverlappingTheRegular_IsTooShortUnderTheMinimum(int offsetMinutes, int minutes, int sitting)
    {
        var result = MonthlyMeetingRule.ShortSharedSitting(null, MeetingKind.Thematic, December1.AddMinutes(offsetMinutes), minutes, [Regular], 120);

        Assert.Equal(new ShortSitting(Regular, sitting, 120), result);
    }

    [Theory]
    [InlineData(90, 30)]   // right after it: one sitting of 120 minutes
    [InlineData(0, 120)]   // at the same time, 120 minutes
    [InlineData(360, 90)]  // the afternoon: another sitting
    public void ShortSharedSitting_LongEnoughOrAnotherSitting_IsNull(int offsetMinutes, int minutes) =>
        Assert.Null(MonthlyMeetingRule.ShortSharedSitting(null, MeetingKind.Thematic, December1.AddMinutes(offsetMinutes), minutes, [Regular], 120));

    [Fact]
    public void ShortSharedSitting_TheMeetingItselfOrSameKindOrCancelled_IsNotAPartner()
    {
        var cancelledThematic = new Meeting("CB1", "T-1", MeetingKind.Thematic, December1, 90, MeetingStatus.Cancelled);
        var otherRegular = Regular with { Id = "M-2" };

        Assert.Null(MonthlyMeetingRule.ShortSharedSitting(Regular.Id, MeetingKind.Regular, December1, 90, [Regular, cancelledThematic, otherRegular], 120));
    }
}
