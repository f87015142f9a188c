using PartyBot.Cards.Organization;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Organization;
using static PartyBot.Cards.Tests.Organization.CardInspection;
using static PartyBot.Cards.Tests.Organization.OrganizationSamples;

namespace PartyBot.Cards.Tests.Organization;

public sealed class CellLinkedCardTests
{
    private static CellLinkedView WithSlot(MeetingSlot? slot) => CellLinked with { Unit = CellLinked.Unit with { Slot = slot } };

    [Fact]
    public void Build_Sample_IsValidAgainstOfficialSchema()
    {
        AdaptiveCardSchema.AssertValid(CellLinkedCard.Build(CellLinked));
        AdaptiveCardSchema.AssertValid(CellLinkedCard.Build(WithSlot(null)));
    }

    [Fact]
    public void Build_View_ConfirmsTheChiBoByNameWithPathCodeAndLinker()
    {
        var card = CellLinkedCard.Build(CellLinked);

        Assert.Contains("Đã liên kết chi bộ", Text(card), StringComparison.Ordinal);
        Assert.Contains("Từ nay, PartyBot gửi vào cuộc trò chuyện này các thông tin của Chi bộ Phòng Kế hoạch – Tài chính.", Text(card), StringComparison.Ordinal);
        Assert.True(IsBold(Run(card, "Chi bộ Phòng Kế hoạch – Tài chính")));
        Assert.Equal(CellPath, Fact(card, "Đơn vị"));
        Assert.Equal("CB-KHTC", Fact(card, "Mã chi bộ"));
        Assert.Equal("Nguyễn Thị Thu Hà", Fact(card, "Người liên kết"));
    }

    [Fact]
    public void Build_SlotMovingOffHolidays_SaysNextWorkingDay()
    {
        var card = CellLinkedCard.Build(WithSlot(new MeetingSlot(1, new TimeOnly(8, 0))));

        Assert.Equal("Ngày 1 hằng tháng, 08:00; trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp", Fact(card, "Sinh hoạt định kỳ"));
    }

    [Fact]
    public void Build_SlotNotMoving_SaysNotMoved()
    {
        var card = CellLinkedCard.Build(WithSlot(new MeetingSlot(5, new TimeOnly(19, 30), ShiftToWorkingDay: false)));

        Assert.Equal("Ngày 5 hằng tháng, 19:30; trùng ngày nghỉ cũng không dời", Fact(card, "Sinh hoạt định kỳ"));
    }

    [Fact]
    public void Build_NoSlot_ShowsDefaultSlotMarkedAsDefault()
    {
        var card = CellLinkedCard.Build(WithSlot(null));

        Assert.Equal("Ngày 1 hằng tháng, 08:00; trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp (mặc định)", Fact(card, "Sinh hoạt định kỳ"));
    }

    [Fact]
    public void Build_Counts_ShowsMembersSummonedAndFullSummoned()
    {
        var card = CellLinkedCard.Build(CellLinked with { Counts = new UnitCounts(24, 21, 18, 3, 1, 1, 1) });

        Assert.Equal(["24", "Đảng viên"], Tile(card, "Đảng viên"));
        Assert.Equal(["21", "Triệu tập"], Tile(card, "Triệu tập"));
        Assert.Equal(["18", "Chính thức được triệu tập"], Tile(card, "Chính thức được triệu tập"));
    }

    [Fact]
    public void Build_AnyCell_ListsWhatWillArriveHere()
    {
        var text = Text(CellLinkedCard.Build(CellLinked));

        Assert.Contains("Sẽ gửi vào đây", text, StringComparison.Ordinal);
        Assert.Contains("Thông báo sinh hoạt:", text, StringComparison.Ordinal);
        Assert.Contains("Thẻ điểm danh:", text, StringComparison.Ordinal);
        Assert.Contains("Kết quả điểm danh:", text, StringComparison.Ordinal);
        Assert.Contains("Kết quả khảo sát chất lượng sinh hoạt:", text, StringComparison.Ordinal);
        Assert.Contains("Lời nhắc sáng hôm họp và phiếu khảo sát vẫn gửi riêng cho từng đồng chí", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnyCell_FallbackNamesUnitAndSlot()
    {
        Assert.Equal(
            "Đã liên kết cuộc trò chuyện này với Chi bộ Phòng Kế hoạch – Tài chính. Sinh hoạt định kỳ: Ngày 3 hằng tháng, 14:00; trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp.",
            CellLinkedCard.Build(CellLinked).FallbackText);
    }
}
