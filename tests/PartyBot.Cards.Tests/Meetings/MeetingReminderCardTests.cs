using PartyBot.Cards.Meetings;
using PartyBot.Cards.Tests.Schema;
using PartyBot.Core.Meetings;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Meetings.MeetingSamples;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Meetings;

public sealed class MeetingReminderCardTests
{
    [Fact]
    public void Build_RegularAndThematic_AreValidAgainstOfficialSchema()
    {
        AdaptiveCardSchema.AssertValid(MeetingReminderCard.Build(ThematicReminder));
        AdaptiveCardSchema.AssertValid(MeetingReminderCard.Build(RegularReminder));
    }

    [Fact]
    public void Build_Regular_SaysTodayWithTimeInVietnamAndPlace()
    {
        var card = MeetingReminderCard.Build(RegularReminder);

        Assert.Contains("Hôm nay đồng chí có buổi sinh hoạt định kỳ của Chi bộ Phòng Kế hoạch – Tài chính.", Text(card), StringComparison.Ordinal);
        Assert.Equal("08:00–09:30, Thứ Ba 01/12/2026 (90 phút)", Fact(card, "Thời gian"));
        Assert.Equal("Phòng họp tầng 3, Sở Tài chính", Fact(card, "Địa điểm"));
        Assert.False(HasFact(card, "Chủ đề"));
        Assert.Null(card.Actions);
        Assert.StartsWith("Hôm nay đồng chí có buổi sinh hoạt định kỳ", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Thematic_TopicPreparersAndJoinLink()
    {
        var card = MeetingReminderCard.Build(ThematicReminder);

        Assert.Contains("Hôm nay đồng chí có buổi sinh hoạt chuyên đề", Text(card), StringComparison.Ordinal);
        Assert.Equal(Thematic.Topic, Fact(card, "Chủ đề"));
        Assert.Equal("Phạm Thị Lan, Hoàng Văn Nam", Fact(card, "Đề dẫn"));
        Assert.Equal(Thematic.OnlineLink!.ToString(), Str(Action(card, "Vào phòng họp trực tuyến"), "url"));
    }

    [Fact]
    public void Build_Cancelled_Refused()
    {
        Assert.Throws<ArgumentException>(() => MeetingReminderCard.Build(RegularReminder with { Meeting = Cancelled }));
    }
}
