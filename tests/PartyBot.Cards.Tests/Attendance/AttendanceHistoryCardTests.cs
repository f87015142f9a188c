using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Tests.Attendance.AttendanceSamples;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Attendance;

public sealed class AttendanceHistoryCardTests
{
    private static AttendanceHistoryView Many(int count, bool @long) => History with
    {
        MemberName = Name(1, @long),
        Rows =
        [
            .. Enumerable.Range(0, count).Select(i => new AttendanceHistoryRow(
                (@long ? "Chi bộ Văn phòng Đảng ủy, Hội đồng nhân dân và Ủy ban nhân dân xã Tân Phước Khánh " : "Chi bộ 3 ") + i,
                i % 3 == 0 ? MeetingKind.Thematic : MeetingKind.Regular,
                new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero).AddDays(i),
                i % 2 == 0 ? AttendanceState.Excused : AttendanceState.Present,
                i % 2 == 0 ? LongReason : null)),
        ],
    };

    public static TheoryData<string> States() => ["sample", "empty", "three-months", "many", "many-long", "many-long-utf16"];

    private static AttendanceHistoryView State(string name) => name switch
    {
        "sample" => History,
        "empty" => EmptyHistory,
        "three-months" => History with { UnexcusedMonths = 3 },
        "many" => Many(60, @long: false),
        "many-long" => Many(200, @long: true),
        "many-long-utf16" => Many(300, @long: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Build_EveryState_IsValidAgainstOfficialSchemaAndUnderSizeLimit(string state)
    {
        var card = AttendanceHistoryCard.Build(State(state));

        AdaptiveCardSchema.AssertValid(card);
        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
    }

    [Fact]
    public void Build_Sample_TitleYearMemberAndUnit()
    {
        var card = AttendanceHistoryCard.Build(History);

        Assert.Equal("Chuyên cần năm 2026 — Nguyễn Văn An", Lines(card)[0]);
        Assert.Equal(Meetings.MeetingSamples.UnitName, Lines(card)[1]);
        Assert.Empty(Actions(card));
    }

    [Fact]
    public void Build_Sample_CountsOfTheYear()
    {
        var card = AttendanceHistoryCard.Build(History);

        Assert.Equal(["7", "Có mặt"], Tile(card, "Có mặt"));
        Assert.Equal(["2", "Vắng có lý do"], Tile(card, "Vắng có lý do"));
        Assert.Equal(["2", "Vắng không lý do"], Tile(card, "Vắng không lý do"));
        Assert.Equal(["1", "Miễn"], Tile(card, "Miễn"));
        Assert.Equal("Chuyên cần năm 2026 của đồng chí Nguyễn Văn An: có mặt 7, vắng có lý do 2, vắng không lý do 2.", card.FallbackText);
    }

    [Fact]
    public void Build_TwoUnexcusedMonths_CountOutOfThreeAndReminder()
    {
        var card = AttendanceHistoryCard.Build(History);

        Assert.Contains("Số tháng vắng sinh hoạt không lý do: 2/3" + AttendanceCardTexts.UnexcusedMonthsOutOf, Lines(card));
        Assert.Equal("attention", Run(card, "2/3").GetProperty("color").GetString());
        Assert.Single(card.Body.OfType<Container>(), c => c.Style == ContainerStyle.Warning);
        Assert.Contains(
            "Đã vắng sinh hoạt không có lý do 2 tháng trong năm 2026; vắng không lý do thêm một tháng nữa có thể bị xem xét xóa tên trong danh sách đảng viên (Điều lệ Đảng, Điều 8).",
            Lines(card));
    }

    [Fact]
    public void Build_ThreeUnexcusedMonths_StrikeOffRuleInRed()
    {
        var card = AttendanceHistoryCard.Build(History with { UnexcusedMonths = 3 });

        Assert.Contains("Số tháng vắng sinh hoạt không lý do: 3/3" + AttendanceCardTexts.UnexcusedMonthsOutOf, Lines(card));
        Assert.Single(card.Body.OfType<Container>(), c => c.Style == ContainerStyle.Attention);
        var text = Text(card);
        Assert.Contains("Đã vắng sinh hoạt không có lý do 3 tháng trong năm 2026.", text, StringComparison.Ordinal);
        Assert.Contains("ba tháng trong năm mà không có lý do chính đáng thì chi bộ xem xét, đề nghị cấp có thẩm quyền xóa tên", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Build_FewerThanTwoUnexcusedMonths_NoWarning(int months)
    {
        var card = AttendanceHistoryCard.Build(History with { UnexcusedMonths = months });

        Assert.DoesNotContain(card.Body.OfType<Container>(), c => c.Style is ContainerStyle.Warning or ContainerStyle.Attention);
        Assert.DoesNotContain("Điều lệ Đảng", Text(card), StringComparison.Ordinal);
        Assert.Contains($"Số tháng vắng sinh hoạt không lý do: {months}/3" + AttendanceCardTexts.UnexcusedMonthsOutOf, Lines(card));
    }

    [Fact]
    public void Build_ConfiguredToWarnFromThreeMonths_NoReminderAtTwo()
    {
        var card = AttendanceHistoryCard.Build(History with { WarnAtMonths = [3] });

        Assert.DoesNotContain(card.Body.OfType<Container>(), c => c.Style is ContainerStyle.Warning or ContainerStyle.Attention);
        Assert.Equal("default", Run(card, "2/3").TryGetProperty("color", out var color) ? color.GetString() : "default");
    }

    [Fact]
    public void Build_ConfiguredToWarnFromOneMonth_ReminderAtOneWithTheRule()
    {
        var card = AttendanceHistoryCard.Build(History with { UnexcusedMonths = 1, WarnAtMonths = [1, 3] });

        Assert.Single(card.Body.OfType<Container>(), c => c.Style == ContainerStyle.Warning);
        Assert.Contains(
            "Đã vắng sinh hoạt không có lý do 1 tháng trong năm 2026; vắng không lý do 3 tháng trong năm có thể bị xem xét xóa tên trong danh sách đảng viên (Điều lệ Đảng, Điều 8).",
            Lines(card));
    }

    [Fact]
    public void Build_Sample_RowPerMeetingOldestFirstWithKindStateAndReason()
    {
        var card = AttendanceHistoryCard.Build(History with { Rows = [.. History.Rows.Reverse()] });

        var lines = Lines(card).ToList();
        var positions = Positions(card, ["05/01/2026", "02/02/2026", "02/03/2026", "19/03/2026", "01/04/2026", "01/10/2026"]);
        Assert.Equal(positions.Order(), positions);
        var april = lines.IndexOf("01/04/2026");
        Assert.Equal(["Sinh hoạt định kỳ", Meetings.MeetingSamples.UnitName, "Vắng có lý do", "Ốm, có giấy của bệnh viện"], lines[(april + 1)..(april + 5)]);
        var thematic = lines.IndexOf("19/03/2026");
        Assert.Equal("Sinh hoạt chuyên đề", lines[thematic + 1]);
        Assert.Equal("Miễn sinh hoạt", lines[lines.IndexOf("01/09/2026") + 3]);
        Assert.Equal("Vắng không lý do", lines[lines.IndexOf("02/03/2026") + 3]);
    }

    [Fact]
    public void Build_EveningUtc_DateOfTheNextDayInVietnam()
    {
        var row = new AttendanceHistoryRow(Meetings.MeetingSamples.UnitName, MeetingKind.Regular, new DateTimeOffset(2026, 4, 30, 18, 0, 0, TimeSpan.Zero), AttendanceState.Present);

        var card = AttendanceHistoryCard.Build(History with { Rows = [row] });

        Assert.Contains("01/05/2026", Lines(card));
        Assert.DoesNotContain("30/04/2026", Lines(card));
    }

    [Fact]
    public void Build_EmptyYear_KindSentenceNoTable()
    {
        var card = AttendanceHistoryCard.Build(EmptyHistory);

        Assert.Contains(
            "Năm 2026 chưa có buổi sinh hoạt nào được điểm danh. Kết quả từng buổi sẽ hiện ở đây sau khi bí thư kết thúc điểm danh.",
            Lines(card));
        Assert.DoesNotContain(AttendanceCardTexts.HistoryHeading, Lines(card));
        Assert.Equal(["0", "Có mặt"], Tile(card, "Có mặt"));
    }

    [Fact]
    public void Build_ManyLongRows_UnderSizeLimitWithCountOfTheRest()
    {
        var card = AttendanceHistoryCard.Build(Many(200, @long: true));

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        Assert.Contains(Lines(card), l => l.StartsWith("… và ", StringComparison.Ordinal) && l.EndsWith(" buổi khác.", StringComparison.Ordinal));
    }
}
