using System.Text;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.CommitteeAttendance;

/// <summary>
/// The compliance figures of quarter 4/2026 on crafted data, seen on 20/11/2026: the October and November meetings have been
/// held, December's are to come. Quotas: 6 a year (the quarter's share: 1), 2 a year for a tỉnh ủy viên (0).
/// </summary>
public sealed class ComplianceFiguresTests
{
    private static readonly DateTimeOffset Now = RegularSlotRule.ToUtc(new DateOnly(2026, 11, 20), new TimeOnly(12, 0));

    private static ComplianceReport Compute(RotationCase c, params string[] scope)
    {
        var input = c.Input;
        return ComplianceFigures.Compute(new ComplianceInput(
            input.Rules, input.Quarter, Now, input.Tree, scope.Length == 0 ? ["DUK"] : scope, input.Meetings, input.Committee, input.Existing));
    }

    private static CommitteeAssignment Declined(RotationCase c, Meeting meeting, params string[] decliners)
    {
        var row = new CommitteeAssignment(RotationCase.Q4, meeting.UnitId, meeting.Id, null, AssignmentState.Released, meeting.StartsAt, "", decliners.Length, Now, decliners);
        c.Existing.Add(row);
        return row;
    }

    [Fact]
    public void Compute_EachKindOfGap_ListedWithItsLabelConfirmedCellLeftOut()
    {
        var c = new RotationCase().Cells("CB1", "CB2", "CB3", "CB4", "CB5").Member("A").Member("B");
        c.Assigned(c.Meeting("CB1", 10, 6), "A", AssignmentState.Confirmed);
        c.Meeting("CB2", 10, 7);                                               // a meeting, nobody assigned
        Declined(c, c.Meeting("CB3", 12, 3), "A", "B");                        // everyone declined
        c.Assigned(c.Meeting("CB4", 12, 4), "B");                              // assigned, no answer yet
        c.Assigned(c.Meeting("CB5", 12, 5) with { }, "A", AssignmentState.Confirmed);
        c.Meetings[^1] = c.Meetings[^1] with { Status = MeetingStatus.Cancelled }; // …but the meeting was cancelled: no meeting left

        var report = Compute(c);

        Assert.Equal(5, report.Cells);
        Assert.Equal(
            [("CB5", CoverageGap.NoMeeting), ("CB2", CoverageGap.NotAssigned), ("CB3", CoverageGap.Declined), ("CB4", CoverageGap.AwaitingAnswer)],
            report.Uncovered.Select(u => (u.UnitId, u.Gap)));
        Assert.All(report.Uncovered, u => Assert.Equal((0, 1), (u.Confirmed, u.Required)));
    }

    [Fact]
    public void Compute_DeclinedThenReassignedAndPending_AwaitingAnswerNotDeclined()
    {
        var c = new RotationCase().Cells("CB1").Member("A").Member("B");
        var meeting = c.Meeting("CB1", 12, 3);
        c.Existing.Add(new CommitteeAssignment(RotationCase.Q4, "CB1", meeting.Id, "B", AssignmentState.Pending, meeting.StartsAt, "", 2, Now, ["A"]));

        var cell = Assert.Single(Compute(c).Uncovered);

        Assert.Equal(CoverageGap.AwaitingAnswer, cell.Gap);
    }

    [Fact]
    public void Compute_TwoVisitsRequired_OneConfirmedStillListedWithItsCount()
    {
        var c = new RotationCase().Cells("CB1").Member("A");
        c.Rules = RotationCase.QuarterlyQuota(3, visits: 2);
        c.Assigned(c.Meeting("CB1", 10, 6), "A", AssignmentState.Confirmed);
        c.Meeting("CB1", 11, 3);

        var cell = Assert.Single(Compute(c).Uncovered);

        Assert.Equal((1, 2, CoverageGap.NotAssigned), (cell.Confirmed, cell.Required, cell.Gap));
    }

    [Fact]
    public void Compute_MemberFigures_AttendedIsRecordedAttendedAgainstTheQuartersShareOfTheQuota()
    {
        var c = new RotationCase().Cells("CB1", "CB2", "CB3").Member("A").Member("B").Member("P", rank: CommitteeRank.Provincial);
        c.Assigned(c.Meeting("CB1", 10, 6), "A", AssignmentState.Attended);    // held, recorded
        c.Assigned(c.Meeting("CB2", 11, 3), "A", AssignmentState.Attended);    // held, recorded
        c.Assigned(c.Meeting("CB1", 12, 1), "A", AssignmentState.Confirmed);   // to come
        c.Assigned(c.Meeting("CB2", 12, 2), "B");                              // pending
        Declined(c, c.Meeting("CB3", 10, 8), "B");                             // B declined
        var cancelled = c.Meeting("CB3", 11, 9);
        c.Meetings[^1] = cancelled with { Status = MeetingStatus.Cancelled };
        c.Assigned(cancelled, "B", AssignmentState.Confirmed);                 // a cancelled meeting counts for nobody

        var members = Compute(c).Members.ToDictionary(m => m.MemberId);

        Assert.Equal((2, 1, 1, 0, 0, true), (members["A"].Attended, members["A"].Due, members["A"].Upcoming, members["A"].Pending, members["A"].Declined, members["A"].QuotaMet));
        Assert.Equal((0, 1, 0, 1, 1, false), (members["B"].Attended, members["B"].Due, members["B"].Upcoming, members["B"].Pending, members["B"].Declined, members["B"].QuotaMet));
        Assert.Equal((0, 0, true), (members["P"].Attended, members["P"].Due, members["P"].QuotaMet)); // 2 a year: 1, 0, 1, 0
        Assert.Equal("B", Compute(c).Members[0].MemberId); // the largest shortfall first
    }

    [Fact]
    public void Compute_HeldMeetings_MissedIsANoShow_ConfirmedWithoutRecordAwaits_NeitherCountsTowardTheQuota()
    {
        var c = new RotationCase().Cells("CB1", "CB2", "CB3").Member("A");
        c.Assigned(c.Meeting("CB1", 10, 6), "A", AssignmentState.Missed);      // held, recorded "không dự được"
        c.Assigned(c.Meeting("CB2", 10, 9), "A", AssignmentState.Confirmed);   // held, nothing recorded yet
        c.Assigned(c.Meeting("CB3", 10, 12), "A", AssignmentState.Attended);   // held, recorded "đã dự"

        var report = Compute(c);
        var a = Assert.Single(report.Members);

        Assert.Equal((1, 1, 1, 0), (a.Attended, a.NoShows, a.AwaitingRecord, a.Upcoming));
        Assert.Equal(["CB1"], report.Uncovered.Select(u => u.UnitId)); // a no-show does not cover its chi bộ; a confirmation does
    }

    [Fact]
    public void Compute_ScopeOfOneSubtree_OnlyItsCells()
    {
        var c = new RotationCase().Cells("CB1").Cell("CB9", parent: "DUK").Member("A");

        var report = Compute(c, "DB1");

        Assert.Equal(["CB1"], report.Uncovered.Select(u => u.UnitId));
        Assert.Equal(1, report.Cells);
    }

    [Fact]
    public void Compute_SameInputTwice_SameReport()
    {
        var c = new RotationCase().Cells("CB2", "CB1").Member("B").Member("A");
        c.Meeting("CB1", 10, 6);

        Assert.Equal(Compute(c).Uncovered, Compute(c).Uncovered);
        Assert.Equal(Compute(c).Members, Compute(c).Members);
    }

    [Fact]
    public async Task Csv_Report_Utf8WithBomBothTablesAndFormulaEscaped()
    {
        var c = new RotationCase().Cells("CB1").Member("A");
        c.Committee[0] = c.Committee[0] with { FullName = "=Nguyễn Ánh" };
        using var stream = new MemoryStream();

        await ComplianceCsv.WriteAsync(Compute(c), stream, CancellationToken.None);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "Tình hình cấp ủy viên dự sinh hoạt chi bộ quý 4/2026",
            "Chi bộ chưa có cấp ủy viên cấp trên dự",
            "Mã chi bộ,Chi bộ,Thuộc,Tình trạng,Lượt đã xác nhận,Lượt cần trong quý",
            "CB1,Chi bộ CB1,Đảng bộ 1 › Đảng ủy Khối,chưa có cuộc họp trong quý,0,1",
            "Cấp ủy viên",
            "Mã đảng viên,Họ tên,Diện,Đã dự,Định mức quý,Đạt định mức,Sắp dự (đã xác nhận),Chờ trả lời,Từ chối / quá hạn,Không dự (đã xác nhận),\"Đã diễn ra, chưa ghi nhận\"",
        ], lines[..6]);
        Assert.StartsWith("A,", lines[6], StringComparison.Ordinal);
        Assert.DoesNotContain(",=Nguyễn", lines[6], StringComparison.Ordinal);
        Assert.EndsWith(",cấp ủy viên,0,1,không,0,0,0,0,0", lines[6], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4/2026", 2026, 4)]
    [InlineData("Q1/2027", 2027, 1)]
    [InlineData("quý 2/2026", 2026, 2)]
    [InlineData("2026Q3", 2026, 3)]
    public void QuarterText_Typed_Parsed(string text, int year, int number)
    {
        Assert.True(QuarterText.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(year, number), quarter);
    }

    [Theory]
    [InlineData("5/2026")]
    [InlineData("4/26")]
    [InlineData("quý tư")]
    [InlineData("")]
    public void QuarterText_NotAQuarter_Refused(string text) => Assert.False(QuarterText.TryParse(text, out _));
}
