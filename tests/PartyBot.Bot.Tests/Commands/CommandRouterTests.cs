using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;

namespace PartyBot.Bot.Tests.Commands;

public sealed class CommandRouterTests
{
    private static readonly CommandRouter Router = new(CommandTable.All);

    [Theory]
    [InlineData("lịch", "lịch", "")]
    [InlineData("Lich  Sinh Hoat!", "lịch", "")]
    [InlineData("lịch họp", "lịch họp", "")]
    [InlineData("lich hop CB-VP01", "lịch họp", "CB-VP01")]
    [InlineData("chuyên cần  Nguyễn Văn An", "chuyên cần", "Nguyễn Văn An")]
    [InlineData("tôi là ai?", "tôi là ai", "")]
    [InlineData("da du CB-VP01 Chi bộ cần bám sát nghị quyết", "đã dự", "CB-VP01 Chi bộ cần bám sát nghị quyết")]
    [InlineData("Không dự được CB-VP01 ốm", "không dự được", "CB-VP01 ốm")]
    public void Match_CommandWordsThenArguments_FindsTheCommand(string text, string command, string arguments)
    {
        var match = Router.Match(text);

        Assert.NotNull(match);
        Assert.Equal(command, match.Value.Command.DisplayName);
        Assert.Equal(arguments, match.Value.Arguments);
    }

    [Theory]
    [InlineData("lich hpo")]
    [InlineData("lịch abc")]
    [InlineData("tôi là ai vậy")]
    [InlineData("lichhop")]
    public void Match_ExtraWordsAfterACommandWithoutArguments_MatchesNothing(string text)
    {
        Assert.Null(Router.Match(text));
    }

    [Fact]
    public void Match_LichHpo_IsNotTheMemberSchedule()
    {
        Assert.NotEqual(typeof(MyMeetingsCommand), Router.Match("lich hpo")?.Command.Handler);
    }

    [Theory]
    [InlineData("lich hpo", "lịch họp")]
    [InlineData("lịch hopp", "lịch họp")]
    [InlineData("tro gipu", "trợ giúp")]
    [InlineData("diem dnah", "điểm danh")]
    [InlineData("chuyen cna DV-001", "chuyên cần DV-001")]
    [InlineData("thanh vien CB-VP01", null)]
    [InlineData("thanh vein CB-VP01", "thành viên CB-VP01")]
    [InlineData("toi la ia", "tôi là ai")]
    [InlineData("lichh", "lịch")]
    public void Suggest_NearMiss_NamesTheClosestCommandWithTheArgumentsAsTyped(string text, string? expected)
    {
        Assert.Equal(expected, Router.Suggest(text));
    }

    [Theory]
    [InlineData("xin chào bạn")]
    [InlineData("helpful")]
    [InlineData("abc")]
    [InlineData("")]
    public void Suggest_FarFromEveryCommand_SuggestsNothing(string text)
    {
        Assert.Null(Router.Suggest(text));
    }

    [Fact]
    public void Suggest_HugeText_SuggestsNothingQuickly()
    {
        Assert.Null(Router.Suggest(new string('x', 100_000)));
    }

    [Theory]
    [InlineData("lich hop", "lich hpo", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void EditDistance_DamerauOptimalAlignment_CountsATranspositionAsOne(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
    }
}
