using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Meetings.MeetingSamples;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Meetings;

public sealed class MeetingListCardTests
{
    [Fact]
    public void Build_UnitMemberAndEmpty_AreValidAgainstOfficialSchema()
    {
        AdaptiveCardSchema.AssertValid(MeetingListCard.Build(UnitList));
        AdaptiveCardSchema.AssertValid(MeetingListCard.Build(MemberList));
        AdaptiveCardSchema.AssertValid(MeetingListCard.Build(MeetingListView.ForUnit(UnitId, UnitName, UnitPath, [], canManage: true)));
    }

    [Fact]
    public void Build_HeldMeeting_OffersACorrectionOfItsRecordAndNoCancel()
    {
        var card = MeetingListCard.Build(MeetingListView.ForUnit(UnitId, UnitName, UnitPath, [Regular], canManage: true, heldIds: new HashSet<string> { Regular.Id }));

        AdaptiveCardSchema.AssertValid(card);
        var titles = Actions(card).Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains(MeetingTexts.EditRecord, titles);
        Assert.DoesNotContain(MeetingTexts.CancelMeeting, titles);
        Assert.DoesNotContain(MeetingTexts.Edit, titles);
        Assert.Contains(MeetingTexts.HeldStatus, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MonthsWithoutRegular_WarnsAndOffersARegularMeetingOnlyToWhoManages()
    {
        var view = UnitList with { MonthsWithoutRegular = [new DateOnly(2027, 2, 1)] };

        var managed = MeetingListCard.Build(view);
        var readOnly = MeetingListCard.Build(view with { CanManage = false });

        AdaptiveCardSchema.AssertValid(managed);
        Assert.Contains(MeetingTexts.NoRegularMeeting([new DateOnly(2027, 2, 1)]), Text(managed), StringComparison.Ordinal);
        Assert.Contains("Tháng 02/2027", Text(managed), StringComparison.Ordinal);
        Assert.Contains(MeetingTexts.NewRegular, Actions(managed).Select(a => a.GetProperty("title").GetString()));
        Assert.DoesNotContain("02/2027", Text(readOnly), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Unit_TitleAndRowsInTimeOrderInVietnamTime()
    {
        var card = MeetingListCard.Build(MeetingListView.ForUnit(UnitId, UnitName, UnitPath, [.. Upcoming.Reverse()], canManage: false));

        Assert.Equal("Lịch sinh hoạt của Chi bộ Phòng Kế hoạch – Tài chính", Lines(card)[0]);
        var positions = Positions(card,
        [
            "08:00–09:30, Thứ Ba 01/12/2026 (90 phút)",
            "14:30–16:30, Thứ Năm 10/12/2026 (120 phút)",
            "08:00–09:30, Thứ Hai 04/01/2027 (90 phút)",
            "14:00–16:00, Thứ Sáu 15/01/2027 (120 phút)",
        ]);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Build_Rows_ShowKindTopicPlaceStatusAndWarning()
    {
        var text = Text(MeetingListCard.Build(UnitList));

        Assert.Contains("Sinh hoạt chuyên đề: Học tập và làm theo tư tưởng", text, StringComparison.Ordinal);
        Assert.Contains("Hội trường Sở Tài chính và trực tuyến", text, StringComparison.Ordinal);
        Assert.Contains("Đã thông báo", text, StringComparison.Ordinal);
        Assert.Contains("Dự kiến", text, StringComparison.Ordinal);
        Assert.Contains("Đã hủy", text, StringComparison.Ordinal);
        Assert.Contains("Lý do: Gộp vào buổi sinh hoạt định kỳ tháng 02.", text, StringComparison.Ordinal);
        Assert.Contains("⚠ Ngày 01/01/2027 là Tết Dương lịch", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Manager_EditAndCancelPerActiveRowWithIds()
    {
        var card = MeetingListCard.Build(UnitList);

        var edits = Actions(card).Where(a => Str(a, "verb") == MeetingVerbs.Edit).ToList();
        var cancels = Actions(card).Where(a => Str(a, "verb") == MeetingVerbs.Cancel).ToList();
        Assert.Equal(3, edits.Count); // the cancelled meeting has none
        Assert.Equal(3, cancels.Count);
        Assert.Equal(["R-2026-12", "T-2026-Q4", "R-2027-01"], edits.Select(a => Data(a)["meetingId"]));
        Assert.All(edits.Concat(cancels), a => Assert.Equal(UnitId, Data(a)["unitId"]));
        Assert.All(edits, a => Assert.Equal("Sửa", Str(a, "title")));
        Assert.All(cancels, a => Assert.Equal("Hủy buổi họp", Str(a, "title")));
        Assert.Equal("meeting.edit", MeetingVerbs.Edit);
        Assert.Equal("meeting.cancel", MeetingVerbs.Cancel);
    }

    [Fact]
    public void Build_Manager_NewThematicButton()
    {
        var add = Action(MeetingListCard.Build(UnitList), "Thêm buổi sinh hoạt chuyên đề");

        Assert.Equal("meeting.new", Str(add, "verb"));
        Assert.Equal(new Dictionary<string, string> { ["unitId"] = UnitId, ["kind"] = "Thematic" }, Data(add));
    }

    [Fact]
    public void Build_NotManager_NoButtons()
    {
        Assert.Empty(Actions(MeetingListCard.Build(UnitList with { CanManage = false })));
    }

    [Fact]
    public void Build_MemberOwnList_UnitNamePerRowNoButtons()
    {
        var card = MeetingListCard.Build(MemberList);

        Assert.Equal("Lịch sinh hoạt của đồng chí", Lines(card)[0]);
        Assert.Empty(Actions(card));
        var lines = Lines(card).ToList();
        Assert.Equal("Chi bộ Báo tỉnh", lines[lines.IndexOf("14:30–16:00, Thứ Năm 03/12/2026 (90 phút)") + 2]);
        Assert.Equal(2, lines.Count(l => l == UnitName));
    }

    [Fact]
    public void Build_Empty_SaysSoButManagerCanStillAdd()
    {
        var card = MeetingListCard.Build(MeetingListView.ForUnit(UnitId, UnitName, UnitPath, [], canManage: true));

        Assert.Contains(MeetingTexts.ListEmpty, Text(card), StringComparison.Ordinal);
        Assert.Single(Actions(card));
    }

    [Fact]
    public void Build_AYearOfMeetingsWithLongDetails_UnderTeamsLimitAllShown()
    {
        var meetings = Enumerable.Range(0, 24).Select(i => new Meeting(
            UnitId, $"T-{i:D2}", i % 2 == 0 ? MeetingKind.Regular : MeetingKind.Thematic, DecemberStart.AddDays(7 * i), 120,
            Place: "Hội trường tầng 5, trụ sở Đảng ủy các cơ quan Đảng tỉnh, số 12 đường Trần Hưng Đạo",
            OnlineLink: new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + new string('x', 120) + "%40thread.v2/0"),
            Topic: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về thực hành tiết kiệm, chống lãng phí, chống tham nhũng, tiêu cực",
            Warning: "Ngày họp rơi vào ngày nghỉ; PartyBot đề xuất ngày làm việc cuối cùng trước đó, bí thư kiểm tra lại.")).ToList();

        var card = MeetingListCard.Build(MeetingListView.ForUnit(UnitId, UnitName, UnitPath, meetings, canManage: true));

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        Assert.Equal(24, Actions(card).Count(a => Str(a, "verb") == MeetingVerbs.Edit));
        Assert.DoesNotContain("buổi khác", Text(card), StringComparison.Ordinal);
        AdaptiveCardSchema.AssertValid(card);
    }

    [Fact]
    public void Build_HugeList_CutToLimitAndCountsTheRest()
    {
        var meetings = Enumerable.Range(0, 200).Select(i => new Meeting(
            UnitId, $"M-{i:D3}", MeetingKind.Thematic, DecemberStart.AddDays(i), 120, Place: new string('P', 300), Topic: new string('T', 300))).ToList();

        var card = MeetingListCard.Build(MeetingListView.ForUnit(UnitId, UnitName, UnitPath, meetings, canManage: true));

        Assert.InRange(CardJson.SizeInBytes(card), 1, CardJson.MaxSizeInBytes);
        var shown = Actions(card).Count(a => Str(a, "verb") == MeetingVerbs.Edit);
        Assert.InRange(shown, 1, MeetingListCard.MaxRows);
        Assert.Contains($"… và {200 - shown} buổi khác.", Text(card), StringComparison.Ordinal);
    }
}
