using System.Text.Json;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Welcome;

namespace PartyBot.Cards.Tests.Welcome;

public sealed class WelcomeCardTests
{
    [Theory]
    [InlineData(WelcomeScope.Personal, "tôi là ai")]
    [InlineData(WelcomeScope.GroupChat, "liên kết chi bộ <mã chi bộ>")]
    [InlineData(WelcomeScope.TeamChannel, "@PartyBot liên kết chi bộ <mã chi bộ>")]
    public void Build_Scope_ShowsThatScopesFirstStep(WelcomeScope scope, string command)
    {
        Assert.Contains(command, Text(WelcomeCard.Build(scope)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WelcomeScope.Personal)]
    [InlineData(WelcomeScope.GroupChat)]
    [InlineData(WelcomeScope.TeamChannel)]
    public void Build_AnyScope_ListsWhatPartyBotDoes(WelcomeScope scope)
    {
        var text = Text(WelcomeCard.Build(scope));

        Assert.Contains("Chào mừng đồng chí đến với PartyBot", text, StringComparison.Ordinal);
        Assert.Contains("định kỳ hằng tháng", text, StringComparison.Ordinal);
        Assert.Contains("chuyên đề hằng quý", text, StringComparison.Ordinal);
        Assert.Contains("danh sách đảng viên", text, StringComparison.Ordinal);
        Assert.Contains("điểm danh", text, StringComparison.Ordinal);
        Assert.Contains("chuyên cần", text, StringComparison.Ordinal);
        Assert.Contains("trợ giúp", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WelcomeScope.Personal)]
    [InlineData(WelcomeScope.GroupChat)]
    [InlineData(WelcomeScope.TeamChannel)]
    public void Build_AnyScope_HasHelpButtonWithHelpVerb(WelcomeScope scope)
    {
        var action = Assert.IsType<ExecuteAction>(Assert.Single(WelcomeCard.Build(scope).Actions!));

        Assert.Equal("Xem trợ giúp", action.Title);
        Assert.Equal("help", action.Verb);
    }

    [Fact]
    public void Build_TeamChannel_TellsToMentionPartyBot()
    {
        var card = WelcomeCard.Build(WelcomeScope.TeamChannel);

        Assert.Contains("@PartyBot trợ giúp", Text(card), StringComparison.Ordinal);
        Assert.Contains("@PartyBot trợ giúp", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Personal_DoesNotMentionLinking()
    {
        Assert.DoesNotContain("liên kết chi bộ", Text(WelcomeCard.Build(WelcomeScope.Personal)), StringComparison.Ordinal);
    }

    /// <summary>All text of a card, runs joined, as a reader sees it.</summary>
    internal static string Text(AdaptiveCard card)
    {
        var parts = new List<string>();
        Collect(CardJson.ToJsonElement(card), parts);
        return string.Join("\n", parts);
    }

    private static void Collect(JsonElement json, List<string> parts)
    {
        if (json.ValueKind == JsonValueKind.Object)
        {
            if (json.TryGetProperty("inlines", out var inlines))
            {
                parts.Add(string.Concat(inlines.EnumerateArray().Select(run => run.GetProperty("text").GetString())));
                return;
            }
            foreach (var property in json.EnumerateObject())
            {
                if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String)
                {
                    parts.Add(property.Value.GetString()!);
                }
                Collect(property.Value, parts);
            }
        }
        else if (json.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in json.EnumerateArray())
            {
                Collect(item, parts);
            }
        }
    }
}
