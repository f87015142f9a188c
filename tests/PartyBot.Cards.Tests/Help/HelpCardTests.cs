using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Help;
using PartyBot.Cards.Tests.Welcome;

namespace PartyBot.Cards.Tests.Help;

public sealed class HelpCardTests
{
    private static readonly CommandHelp[] Commands =
    [
        new("trợ giúp", "Xem danh sách lệnh."),
        new("liên kết chi bộ <mã>", "Liên kết cuộc trò chuyện với chi bộ.", "liên kết chi bộ CB01"),
    ];

    [Fact]
    public void Build_Commands_ShowsEachCommandDescriptionAndExample()
    {
        var text = WelcomeCardTests.Text(HelpCard.Build(Commands));

        Assert.Contains("trợ giúp", text, StringComparison.Ordinal);
        Assert.Contains("Xem danh sách lệnh.", text, StringComparison.Ordinal);
        Assert.Contains("liên kết chi bộ <mã>", text, StringComparison.Ordinal);
        Assert.Contains("Ví dụ: liên kết chi bộ CB01", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Commands_OneTableRowPerCommandAfterHeader()
    {
        var rows = HelpCard.Build(Commands).Body.OfType<ColumnSet>().ToList();

        Assert.Equal(Commands.Length + 1, rows.Count);
        Assert.False(rows[0].Separator);
        Assert.All(rows.Skip(1), row => Assert.True(row.Separator));
    }

    [Fact]
    public void Build_AnyCommands_ExplainsMentionAndDiacritics()
    {
        var text = WelcomeCardTests.Text(HelpCard.Build(Commands));

        Assert.Contains("Trong kênh hoặc nhóm chat, nhắc tên @PartyBot trước lệnh", text, StringComparison.Ordinal);
        Assert.Contains("có dấu hay không dấu", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CommandWithMarkdownCharacters_KeepsTextVerbatimInTextRun()
    {
        var card = HelpCard.Build([new CommandHelp("**đậm**_x_", "mô tả")]);

        Assert.Contains("**đậm**_x_", WelcomeCardTests.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoCommands_SaysSo()
    {
        Assert.Contains("Hiện chưa có lệnh nào.", WelcomeCardTests.Text(HelpCard.Build([])), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Commands_FallbackTextListsCommands()
    {
        Assert.Equal("Các lệnh của PartyBot: trợ giúp, liên kết chi bộ <mã>", HelpCard.Build(Commands).FallbackText);
    }
}
