using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Meetings;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Meetings.MeetingSamples;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Meetings;

public sealed class AgendaCardTests
{
    public static TheoryData<string> States() => ["regular", "thematic", "updated", "cancelled", "planned", "online-only", "no-place"];

    private static AgendaView State(string name) => name switch
    {
        "regular" => RegularAgenda,
        "thematic" => ThematicAgenda,
        "updated" => UpdatedAgenda,
        "cancelled" => CancelledAgenda,
        "planned" => RegularAgenda with { Meeting = Regular with { Status = MeetingStatus.Planned } },
        "online-only" => ThematicAgenda with { Meeting = Thematic with { Place = null }, RsvpActions = SampleRsvp, DocumentsLink = new Uri("https://example.org/tai-lieu") },
        "no-place" => RegularAgenda with { Meeting = Regular with { Place = null }, ShowDocumentsNote = false },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Build_EveryState_IsValidAgainstOfficialSchemaAndSmall(string state)
    {
        var card = AgendaCard.Build(State(state));

        AdaptiveCardSchema.AssertValid(card);
        Assert.InRange(CardJson.SizeInBytes(card), 1, 20 * 1024);
    }

    [Fact]
    public void Build_UtcStart_ShowsVietnamTimeWeekdayAndLength()
    {
        // StartsAt 2026-12-01T01:00Z is 08:00 in Hà Nội, a Tuesday.
        var card = AgendaCard.Build(RegularAgenda);

        Assert.Equal("08:00–09:30, Thứ Ba 01/12/2026 (90 phút)", Fact(card, "Thời gian"));
        Assert.Contains("Sinh hoạt định kỳ tháng 12/2026", Text(card), StringComparison.Ordinal);
        Assert.Contains("08:00–09:30, Thứ Ba 01/12/2026", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LateEveningUtc_IsNextDayInVietnam()
    {
        var meeting = Regular with { StartsAt = new DateTimeOffset(2026, 12, 5, 17, 30, 0, TimeSpan.Zero), DurationMinutes = 120 };

        var card = AgendaCard.Build(RegularAgenda with { Meeting = meeting });

        Assert.Equal("00:30–02:30, Chủ nhật 06/12/2026 (120 phút)", Fact(card, "Thời gian"));
    }

    [Fact]
    public void Build_Regular_StandardStepsKeepTheirNumbersAndAddedItemsAreNumberedUnderTheirStep()
    {
        var card = AgendaCard.Build(RegularAgenda);

        var positions = Positions(card,
        [
            "1.", "Tuyên bố lý do, giới thiệu đại biểu",
            "2.", "Điểm danh: có mặt, vắng có lý do, vắng không lý do; tình hình đóng đảng phí; thông qua chương trình",
            "3.", "Thông tin thời sự, văn bản của cấp trên (Bản tin sinh hoạt chi bộ)",
            "4.", "Đánh giá kết quả thực hiện nghị quyết, nhiệm vụ tháng trước",
            "4.1", "Sơ kết công tác đảng quý IV năm 2026",
            "5.", "Thảo luận; tự phê bình và phê bình (ít nhất 15 phút)",
            "6.", "Nhiệm vụ tháng tới; phân công",
            "6.1", "Cho ý kiến về dự thảo kế hoạch công tác năm 2027",
            "7.", "Ý kiến của đồng chí cấp ủy viên cấp trên",
            "8.", "Biểu quyết thông qua nghị quyết; đánh giá, xếp loại buổi sinh hoạt; thông qua biên bản",
        ]);
        Assert.Equal(positions.Order(), positions);
        Assert.True(IsBold(Run(card, "Sơ kết công tác đảng quý IV năm 2026")));
        Assert.False(IsBold(Run(card, MeetingTexts.StandardAgenda[3])));
    }

    [Fact]
    public void Build_ItemsAfterSameStep_KeepTheirOrderAndOutOfRangeStepsAreClamped()
    {
        var meeting = Regular with
        {
            ExtraAgenda = [new AgendaItem("Mục A", 8), new AgendaItem("Mục B", 0), new AgendaItem("Mục C", 1), new AgendaItem("Mục D", 99), new AgendaItem("  ", 3)],
        };

        var lines = Lines(AgendaCard.Build(RegularAgenda with { Meeting = meeting })).ToList();

        Assert.Equal(lines.IndexOf(MeetingTexts.StandardAgenda[0]) + 2, lines.IndexOf("Mục B"));
        Assert.Equal(lines.IndexOf("Mục B") + 2, lines.IndexOf("Mục C"));
        Assert.Equal(lines.IndexOf(MeetingTexts.StandardAgenda[7]) + 2, lines.IndexOf("Mục A"));
        Assert.Equal(lines.IndexOf("Mục A") + 2, lines.IndexOf("Mục D"));
        Assert.Equal("1.2", lines[lines.IndexOf("Mục C") - 1]);
        Assert.Equal("8.2", lines[lines.IndexOf("Mục D") - 1]);
        Assert.Equal("4.", lines[lines.IndexOf(MeetingTexts.StandardAgenda[3]) - 1]);
    }

    [Fact]
    public void Build_Thematic_SessionItemIsTheFirstUnderStepFour()
    {
        var lines = Lines(AgendaCard.Build(ThematicAgenda)).ToList();

        Assert.Equal("4.1", lines[lines.IndexOf(MeetingTexts.ThematicAgendaItem) - 1]);
        Assert.Equal("5.", lines[lines.IndexOf(MeetingTexts.StandardAgenda[4]) - 1]);
    }

    [Fact]
    public void Build_NoExtraItems_ExactlyTheEightStepsAndNoAddedNote()
    {
        var card = AgendaCard.Build(RegularAgenda with { Meeting = Regular with { ExtraAgenda = null } });

        var text = Text(card);
        Assert.All(MeetingTexts.StandardAgenda, step => Assert.Contains(step, text, StringComparison.Ordinal));
        Assert.Contains("8.", Lines(card));
        Assert.DoesNotContain("9.", Lines(card));
        Assert.DoesNotContain(MeetingTexts.AddedItemNote, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Thematic_TopicProminentPreparersAndOnlineButton()
    {
        var card = AgendaCard.Build(ThematicAgenda);

        var topic = Run(card, Thematic.Topic!);
        Assert.True(IsBold(topic));
        Assert.Equal("large", topic.GetProperty("size").GetString());
        Assert.True(Text(card).IndexOf(Thematic.Topic!, StringComparison.Ordinal) < Text(card).IndexOf("Thời gian", StringComparison.Ordinal));
        Assert.Equal("Phạm Thị Lan, Hoàng Văn Nam", Fact(card, "Đề dẫn"));
        Assert.Equal("Hội trường Sở Tài chính và trực tuyến", Fact(card, "Địa điểm"));
        var join = Action(card, "Vào phòng họp trực tuyến");
        Assert.Equal("Action.OpenUrl", join.GetProperty("type").GetString());
        Assert.Equal(Thematic.OnlineLink!.ToString(), join.GetProperty("url").GetString());
        Assert.Contains(MeetingTexts.ThematicAgendaItem, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UpperAttendeeAssigned_ShownOnceAbsentOtherwise()
    {
        Assert.Equal("Trần Quốc Khánh", Fact(AgendaCard.Build(RegularAgenda), "Đại biểu cấp trên dự"));
        Assert.Contains("Đại biểu cấp trên dự: Trần Quốc Khánh", AgendaCard.Build(RegularAgenda).FallbackText, StringComparison.Ordinal);
        Assert.False(HasFact(AgendaCard.Build(RegularAgenda with { UpperAttendeeName = null }), "Đại biểu cấp trên dự"));
    }

    [Fact]
    public void Build_DocumentsNote_ShownWithConfiguredDaysOrHidden()
    {
        Assert.Contains("Tài liệu gửi trước ít nhất 1 ngày", Text(AgendaCard.Build(RegularAgenda)), StringComparison.Ordinal);
        Assert.Contains("Tài liệu gửi trước ít nhất 2 ngày", Text(AgendaCard.Build(RegularAgenda with { DocumentsDaysBefore = 2 })), StringComparison.Ordinal);
        Assert.DoesNotContain("Tài liệu gửi trước", Text(AgendaCard.Build(RegularAgenda with { ShowDocumentsNote = false })), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Updated_ShowsSubtleUpdatedLineInVietnamTime()
    {
        var line = Assert.Single(Lines(AgendaCard.Build(UpdatedAgenda)), l => l.StartsWith("Cập nhật lúc", StringComparison.Ordinal));

        Assert.Equal("Cập nhật lúc 14:05, Thứ Sáu 27/11/2026", line);
        Assert.True(Run(AgendaCard.Build(UpdatedAgenda), line).GetProperty("isSubtle").GetBoolean());
        Assert.DoesNotContain("Cập nhật lúc", Text(AgendaCard.Build(RegularAgenda)), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Cancelled_RedBannerWithReasonNoAgendaNoActions()
    {
        var card = AgendaCard.Build(CancelledAgenda);

        Assert.Null(card.Actions);
        Assert.Empty(Actions(card));
        var banner = Assert.IsType<Container>(card.Body[0]);
        Assert.Equal(ContainerStyle.Attention, banner.Style);
        Assert.Equal("ĐÃ HỦY", Lines(card)[0]);
        Assert.Contains("Lý do: Trùng lịch Hội nghị Ban Chấp hành Đảng bộ Sở", Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTexts.AgendaHeading, Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTexts.StandardAgenda[0], Text(card), StringComparison.Ordinal);
        Assert.True(Run(card, "08:00–09:30, Thứ Ba 01/12/2026 (90 phút)").GetProperty("strikethrough").GetBoolean());
        Assert.StartsWith("ĐÃ HỦY", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CancelledWithoutReason_SaysReasonMissing()
    {
        var card = AgendaCard.Build(CancelledAgenda with { Meeting = Cancelled with { CancelReason = null } });

        Assert.Contains(MeetingTexts.CancelNoReason, Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RsvpHook_ActionsFirstThenLinks()
    {
        var card = AgendaCard.Build(State("online-only"));

        Assert.Equal(["Tôi sẽ dự", "Vào phòng họp trực tuyến", "Xem tài liệu"], card.Actions!.Select(a => a.Title));
        Assert.Equal("Trực tuyến", Fact(card, "Địa điểm"));
    }

    [Fact]
    public void Build_InPersonWithoutHook_HasNoActions()
    {
        Assert.Null(AgendaCard.Build(RegularAgenda).Actions);
    }

    [Fact]
    public void Build_NoPlaceYet_SaysItWillBeAnnounced()
    {
        Assert.Equal(MeetingTexts.NoPlace, Fact(AgendaCard.Build(State("no-place")), "Địa điểm"));
    }
}
