using PartyBot.Cards.Help;

namespace PartyBot.Cards.Tests.Help;

public sealed class HelpTextsTests
{
    [Fact]
    public void NotUnderstood_Text_QuotesItAndPointsToHelp()
    {
        Assert.Equal("PartyBot chưa hiểu “lịch họp”. Đồng chí gõ “trợ giúp” để xem các lệnh.", HelpTexts.NotUnderstood("  lịch   họp "));
    }

    [Fact]
    public void NotUnderstood_LongText_ShortensEcho()
    {
        var reply = HelpTexts.NotUnderstood(new string('a', 500));

        Assert.Contains(new string('a', 60) + "…”", reply, StringComparison.Ordinal);
        Assert.True(reply.Length < 150);
    }

    [Fact]
    public void NotUnderstood_Blank_AnswersReady()
    {
        Assert.Equal(HelpTexts.EmptyMessage, HelpTexts.NotUnderstood(" \n "));
    }
}
