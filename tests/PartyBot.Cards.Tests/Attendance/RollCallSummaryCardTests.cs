using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Attendance;
using static PartyBot.Cards.Tests.Attendance.AttendanceSamples;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Attendance;

public sealed class RollCallSummaryCardTests
{
    private static RollCallSummaryView Of(IReadOnlyList<RollCallLine> lines)
    {
        var record = new RollCallRecord(AttendanceTally.Of(lines), lines);
        return Summary with { Record = record, Band = Options.BandOf(record.Tally) };
    }

    public static TheoryData<string> States() => ["sample", "nobody-absent", "large", "large-long-names", "everyone-excused-long"];

    private static RollCallSummaryView State(string name) => name switch
    {
        "sample" => Summary,
        "nobody-absent" => Of([.. ClosedLines.Where(l => l.State is AttendanceState.Present or AttendanceState.Exempt)]),
        "large" => Of(LargeLines(@long: false, closed: true)),
        "large-long-names" => Of(LargeLines(@long: true, closed: true)),
        "everyone-excused-long" => Of([.. LargeLines(@long: true, closed: true).Select(l => l.State == AttendanceState.Exempt ? l : l with { State = AttendanceState.Excused, Reason = LongReason })]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Build_EveryState_IsValidAgainstOfficialSchemaAndUnderSizeLimit(string state)
    {
        var card = RollCallSummaryCard.Build(State(state));

        AdaptiveCardSchema.AssertValid(card);
        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
    }

    [Fact]
    public void Build_Sample_MeetingUnitAndWhoClosedWhenInVietnamTime()
    {
        var card = RollCallSummaryCard.Build(Summary);

        var lines = Lines(card);
        Assert.Equal("Kết quả điểm danh", lines[0]);
        Assert.Equal(Meetings.MeetingSamples.UnitName, lines[1]);
        Assert.Contains("Sinh hoạt định kỳ tháng 12/2026", lines);
        Assert.Equal("08:00–09:30, Thứ Ba 01/12/2026 (90 phút)", Fact(card, "Thời gian"));
        Assert.Equal("09:35, Thứ Ba 01/12/2026, do đồng chí Nguyễn Thị Thu Hà", Fact(card, "Kết thúc điểm danh"));
    }

    [Fact]
    public void Build_Sample_OnlyTheMinutesButtonNoRefresh()
    {
        var card = RollCallSummaryCard.Build(Summary);

        Assert.Null(card.Refresh);
        var button = Assert.Single(Actions(card));
        Assert.Equal(Minutes.MinutesVerbs.Link, button.GetProperty("verb").GetString());
        Assert.Equal(Summary.Meeting.Id, button.GetProperty("data").GetProperty("meetingId").GetString());
        Assert.Empty(Inputs(card));
    }

    [Fact]
    public void Build_Sample_CountsBlockAgreesWithTheClosedRollCall()
    {
        var card = RollCallSummaryCard.Build(Summary);
        var lines = Lines(card).ToList();
        var summary = lines[(lines.IndexOf("Triệu tập") - 1)..(lines.FindIndex(l => l.StartsWith("Tính trên", StringComparison.Ordinal)) + 1)];
        var rollCall = RollCallCard.Build(ClosedRollCallView);

        foreach (var tile in new[] { "Có mặt", "Vắng có lý do", "Vắng không lý do" })
        {
            Assert.Equal(Tile(rollCall, tile), Tile(card, tile));
        }
        Assert.Contains("Tỷ lệ có mặt: 83,3 % (10/12 đồng chí) · Mức chuyên cần: Trung bình", Lines(rollCall));
        Assert.Contains("Trung bình", summary);
        Assert.Contains("Có 1 đồng chí vắng không lý do nên mức chuyên cần bị hạ một bậc.", summary);
        Assert.Contains("Biểu quyết nghị quyết: đủ điều kiện — cần ít nhất 6/10 đảng viên chính thức có mặt (hơn một nửa), đã có 8.", summary);
    }

    [Fact]
    public void Build_Sample_AbsentWithReasonsUnexcusedAndNotSummoned()
    {
        var card = RollCallSummaryCard.Build(Summary);

        var lines = Lines(card).ToList();
        Assert.Equal("Trịnh Văn Dũng — Đi công tác tại Hà Nội theo Quyết định số 125/QĐ-STC", lines[lines.IndexOf("Vắng có lý do (1)") + 2]);
        Assert.Equal("Đỗ Văn Đức.", lines[lines.IndexOf("Vắng không lý do (1)") + 1]);
        var exempt = lines.IndexOf("Miễn sinh hoạt / không triệu tập (3)");
        Assert.Equal(
            ["Dương Văn Long — Đình chỉ sinh hoạt", "Lý Thị Yến — Chuyển sinh hoạt tạm thời", "Bùi Thị Mai — Miễn sinh hoạt"],
            lines.Skip(exempt).Where(l => l.Contains(" — ", StringComparison.Ordinal)).Take(3));
        Assert.DoesNotContain(AttendanceCardTexts.NobodyAbsent, lines);
    }

    [Fact]
    public void Build_ProbationaryAbsent_MarkedDuBi()
    {
        var lines = ClosedLines.Select(l => l.MemberId == "dv-012" ? l with { State = AttendanceState.Excused, Reason = "Nghỉ chế độ thai sản", At = null } : l).ToList();

        var card = RollCallSummaryCard.Build(Of(lines));

        Assert.Contains("Trần Thị Bích Ngọc (dự bị) — Nghỉ chế độ thai sản", Lines(card));
        Assert.Contains("Vắng có lý do (2)", Lines(card));
        // A probationary member's absence lowers the rate but not the vote figures.
        Assert.Equal("75 % (9/12 đồng chí)", Fact(card, "Tỷ lệ có mặt"));
        Assert.Contains("Biểu quyết nghị quyết: đủ điều kiện — cần ít nhất 6/10 đảng viên chính thức có mặt (hơn một nửa), đã có 8.", Lines(card));
    }

    [Fact]
    public void Build_NobodyAbsent_SaysSoAndBandNotLowered()
    {
        var card = RollCallSummaryCard.Build(State("nobody-absent"));

        Assert.Contains(AttendanceCardTexts.NobodyAbsent, Lines(card));
        Assert.DoesNotContain("Vắng có lý do (", Text(card), StringComparison.Ordinal);
        Assert.Equal("100 % (10/10 đồng chí)", Fact(card, "Tỷ lệ có mặt"));
        Assert.Equal("Tốt", Fact(card, "Mức chuyên cần"));
        Assert.DoesNotContain("hạ một bậc", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Sample_FallbackHasTheNumbers()
    {
        Assert.Equal(
            "Kết quả điểm danh Sinh hoạt định kỳ tháng 12/2026 – Chi bộ Phòng Kế hoạch – Tài chính: có mặt 10/12 (83,3 %), vắng có lý do 1, vắng không lý do 1.",
            RollCallSummaryCard.Build(Summary).FallbackText);
    }

    [Fact]
    public void Build_TwoHundredExcusedWithLongReasons_CutWithCountOfTheRest()
    {
        var card = RollCallSummaryCard.Build(State("everyone-excused-long"));

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        var shown = Runs(card).Count(r => r.GetProperty("text").GetString() == AttendanceCardTexts.ReasonSeparator + LongReason);
        Assert.InRange(shown, 20, RollCallSummaryCard.MaxListed);
        Assert.Contains($"… và {160 - shown} đồng chí khác.", Lines(card));
    }

    [Fact]
    public void Build_ThreeHundredLongNames_UnderTeamsLimitCountedInUtf16WithEveryCount()
    {
        var lines = LargeLines(@long: true, closed: true, count: 300);

        var card = RollCallSummaryCard.Build(Of(lines));

        Assert.InRange(2 * CardJson.ToJson(card).Length, 1, CardJson.MaxSizeInBytes);
        Assert.Equal([lines.Count(l => l.State == AttendanceState.Excused).ToString(System.Globalization.CultureInfo.InvariantCulture), "Vắng có lý do"], Tile(card, "Vắng có lý do"));
        Assert.Contains(lines.First(l => l.State == AttendanceState.Unexcused).FullName, Text(card), StringComparison.Ordinal);
    }
}
