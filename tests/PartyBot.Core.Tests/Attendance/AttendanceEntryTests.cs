using PartyBot.Core.Attendance;

namespace PartyBot.Core.Tests.Attendance;

public sealed class AttendanceEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 1, 5, 0, TimeSpan.Zero);

    [Fact]
    public void Current_NothingRecorded_IsPending() =>
        Assert.Equal((AttendanceState.Pending, (string?)null), new AttendanceEntry("DV01").Current);

    [Fact]
    public void Current_AttendingRsvpOnly_IsStillPending() =>
        // The RSVP is an intention; only the check-in or the secretary's mark says the member came.
        Assert.Equal((AttendanceState.Pending, (string?)null), new AttendanceEntry("DV01", RsvpAnswer.Attending, RsvpAt: At).Current);

    [Fact]
    public void Current_ExcusedRsvp_IsExcusedWithItsReason() =>
        Assert.Equal((AttendanceState.Excused, "Đi công tác"), new AttendanceEntry("DV01", RsvpAnswer.Excused, "Đi công tác", At).Current);

    [Fact]
    public void Current_CheckInAfterExcusedRsvp_IsPresentWithoutReason() =>
        Assert.Equal((AttendanceState.Present, (string?)null), new AttendanceEntry("DV01", RsvpAnswer.Excused, "Đi công tác", At, CheckedInAt: At).Current);

    [Theory]
    [InlineData(AttendanceState.Present)]
    [InlineData(AttendanceState.Unexcused)]
    public void Current_MarkOverCheckInAndRsvp_MarkWinsWithoutReason(AttendanceState mark)
    {
        var entry = new AttendanceEntry("DV01", RsvpAnswer.Excused, "Ốm", At, At, mark, MarkReason: "ghi nhầm", MarkedBy: "DV02", MarkedAt: At);

        // A reason is shown only with an excused absence, even when one is stored.
        Assert.Equal((mark, (string?)null), entry.Current);
    }

    [Fact]
    public void Current_ExcusedMarkOverCheckIn_CarriesTheMarkReasonNotTheRsvpReason()
    {
        var entry = new AttendanceEntry("DV01", RsvpAnswer.Excused, "Ốm", At, At, AttendanceState.Excused, "Về sớm vì việc gia đình", "DV02", At);

        Assert.Equal((AttendanceState.Excused, "Về sớm vì việc gia đình"), entry.Current);
    }

    [Fact]
    public void Current_UnexcusedMarkOverExcusedRsvp_IsUnexcused()
    {
        var entry = new AttendanceEntry("DV01", RsvpAnswer.Excused, "Ốm", At, Mark: AttendanceState.Unexcused, MarkedBy: "DV02", MarkedAt: At);

        Assert.Equal((AttendanceState.Unexcused, (string?)null), entry.Current);
    }

    [Fact]
    public void Describe_NothingChanged_NoLine()
    {
        var entry = new AttendanceEntry("DV01", RsvpAnswer.Attending, RsvpAt: At);

        Assert.Empty(AttendanceEntities.Describe(entry, entry with { }, "DV01", At));
    }

    [Fact]
    public void Describe_RsvpCheckInAndMarkChanged_OneLineEachWithFromAndTo()
    {
        var before = new AttendanceEntry("DV03", RsvpAnswer.Excused, "Ốm", At);
        var after = before with { CheckedInAt = At, Mark = AttendanceState.Excused, MarkReason = "Về sớm", MarkedBy = "DV01", MarkedAt = At, Rsvp = RsvpAnswer.Attending, RsvpReason = null };

        var lines = AttendanceEntities.Describe(before, after, "DV01", At).ToList();

        Assert.Equal(
        [
            new AttendanceChange("DV03", "DV01", At, AttendanceEntities.Rsvp, "Excused", "Attending"),
            new AttendanceChange("DV03", "DV01", At, AttendanceEntities.CheckIn, null, At.ToString("O")),
            new AttendanceChange("DV03", "DV01", At, AttendanceEntities.Mark, "Excused", "Excused", "Về sớm"),
        ], lines);
    }
}
