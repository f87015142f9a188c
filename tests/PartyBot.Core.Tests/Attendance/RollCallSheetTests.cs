using PartyBot.Core.Attendance;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.Attendance;

public sealed class RollCallSheetTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lines_MembersNotSummoned_AreExemptWithTheReasonTheMinutesUse()
    {
        var lines = RollCallSheet.Lines(ChiBo.Members(), [], ChiBo.Day, closing: false).ToDictionary(l => l.MemberId);

        Assert.Equal(new RollCallLine("DV10", "Ngô Văn Bảo", MemberStatus.Exempt, AttendanceState.Exempt, AttendanceTexts.ExemptReason), lines["DV10"]);
        Assert.Equal(new RollCallLine("DV11", "Dương Thị Cúc", MemberStatus.Suspended, AttendanceState.Exempt, AttendanceTexts.SuspendedReason), lines["DV11"]);
        Assert.Equal(new RollCallLine("DV12", "Lý Văn Đạt", MemberStatus.TemporarilyTransferred, AttendanceState.Exempt, AttendanceTexts.TransferredReason), lines["DV12"]);
    }

    [Fact]
    public void Lines_ExemptionFromAFutureDate_StillSummoned()
    {
        var lines = RollCallSheet.Lines(ChiBo.Members(), [], ChiBo.Day, closing: false).ToDictionary(l => l.MemberId);

        Assert.Equal(new RollCallLine("DV07", "Vũ Văn Sơn", MemberStatus.Exempt, AttendanceState.Pending), lines["DV07"]);
    }

    [Fact]
    public void Lines_ExemptionFromTheMeetingDay_NotSummoned()
    {
        var member = ChiBo.Make("CB1", "DV20", "Mai Văn Tiến", MemberStatus.Exempt, ChiBo.Day);

        var line = Assert.Single(RollCallSheet.Lines([member], [], ChiBo.Day, closing: false));

        Assert.Equal((AttendanceState.Exempt, AttendanceTexts.ExemptReason), (line.State, line.Reason));
    }

    [Fact]
    public void Lines_ProbationaryMembers_AreSummoned()
    {
        var lines = RollCallSheet.Lines(ChiBo.Members(), [new AttendanceEntry("DV08", CheckedInAt: Start)], ChiBo.Day, closing: false).ToDictionary(l => l.MemberId);

        Assert.Equal(new RollCallLine("DV08", "Bùi Thị Thảo", MemberStatus.Probationary, AttendanceState.Present, At: Start), lines["DV08"]);
        Assert.Equal(AttendanceState.Pending, lines["DV09"].State);
    }

    [Fact]
    public void Lines_RowOfAMemberNotSummoned_StillExempt()
    {
        // A suspended member who clicked anyway (or a row written before the suspension) does not count.
        var lines = RollCallSheet.Lines(ChiBo.Members(), [new AttendanceEntry("DV11", CheckedInAt: Start)], ChiBo.Day, closing: true).ToDictionary(l => l.MemberId);

        Assert.Equal(AttendanceState.Exempt, lines["DV11"].State);
        Assert.Null(lines["DV11"].At);
    }

    [Fact]
    public void Lines_Closing_PendingBecomesUnexcusedAndExcusedRsvpStaysExcused()
    {
        var entries = new[]
        {
            new AttendanceEntry("DV01", CheckedInAt: Start.AddMinutes(-2)),
            new AttendanceEntry("DV02", RsvpAnswer.Excused, "Đi công tác Hà Nội", Start.AddDays(-3)),
            new AttendanceEntry("DV03", RsvpAnswer.Attending, RsvpAt: Start.AddDays(-3)),
            new AttendanceEntry("DV04", Mark: AttendanceState.Present, MarkedBy: "DV01", MarkedAt: Start.AddMinutes(40)),
        };

        var open = RollCallSheet.Lines(ChiBo.Members(), entries, ChiBo.Day, closing: false).ToDictionary(l => l.MemberId);
        var closed = RollCallSheet.Lines(ChiBo.Members(), entries, ChiBo.Day, closing: true).ToDictionary(l => l.MemberId);

        Assert.Equal((AttendanceState.Pending, AttendanceState.Unexcused), (open["DV03"].State, closed["DV03"].State));
        Assert.Equal((AttendanceState.Pending, AttendanceState.Unexcused), (open["DV05"].State, closed["DV05"].State));
        Assert.Equal(new RollCallLine("DV02", "Trần Thị Lan", MemberStatus.Full, AttendanceState.Excused, "Đi công tác Hà Nội"), closed["DV02"]);
        Assert.Equal(new RollCallLine("DV01", "Nguyễn Văn Hùng", MemberStatus.Full, AttendanceState.Present, At: Start.AddMinutes(-2)), closed["DV01"]);
        Assert.Equal(new RollCallLine("DV04", "Phạm Thị Ngọc", MemberStatus.Full, AttendanceState.Present, At: Start.AddMinutes(40), MarkedBy: "DV01"), closed["DV04"]);
        Assert.Equal(AttendanceState.Exempt, closed["DV10"].State);
        Assert.DoesNotContain(closed.Values, l => l.State == AttendanceState.Pending);
    }

    [Fact]
    public void Lines_MarkTakenBack_ShowsTheCheckInTimeAndNoMarker()
    {
        // Pending as a mark is stored as no mark: the check-in counts again.
        var entry = new AttendanceEntry("DV03", CheckedInAt: Start, MarkedBy: "DV01", MarkedAt: Start.AddMinutes(10));

        var line = RollCallSheet.Lines(ChiBo.Members(), [entry], ChiBo.Day, closing: false).Single(l => l.MemberId == "DV03");

        Assert.Equal((AttendanceState.Present, Start, (string?)null), (line.State, line.At, line.MarkedBy));
    }

    [Fact]
    public void Lines_RowsOfPeopleNotInTheList_AreLeftOut()
    {
        var lines = RollCallSheet.Lines(ChiBo.Members(), [new AttendanceEntry("DV99", CheckedInAt: Start)], ChiBo.Day, closing: true);

        Assert.Equal(12, lines.Count);
        Assert.DoesNotContain(lines, l => l.MemberId == "DV99");
    }

    [Fact]
    public void Lines_MemberIdInAnotherCase_StillMatchesTheRow()
    {
        var lines = RollCallSheet.Lines(ChiBo.Members(), [new AttendanceEntry("dv05", CheckedInAt: Start)], ChiBo.Day, closing: true);

        Assert.Equal(AttendanceState.Present, lines.Single(l => l.MemberId == "DV05").State);
    }

    [Fact]
    public void Lines_AnyOrderIn_ComeOutByGivenNameInVietnameseOrder()
    {
        var members = ChiBo.Members().Reverse();

        var lines = RollCallSheet.Lines(members, [], ChiBo.Day, closing: false);

        Assert.Equal(
            ["Ngô Văn Bảo", "Dương Thị Cúc", "Lý Văn Đạt", "Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Văn Minh", "Phạm Thị Ngọc", "Hoàng Văn Phúc", "Đỗ Thị Quyên", "Vũ Văn Sơn", "Bùi Thị Thảo", "Đặng Văn Tùng"],
            lines.Select(l => l.FullName));
    }

    [Fact]
    public void Lines_NoMembers_NoLines() =>
        Assert.Empty(RollCallSheet.Lines([], [new AttendanceEntry("DV01")], ChiBo.Day, closing: true));
}
