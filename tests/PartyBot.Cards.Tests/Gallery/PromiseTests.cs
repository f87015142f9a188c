using PartyBot.Cards.Tests.Welcome;

namespace PartyBot.Cards.Tests.Gallery;

/// <summary>
/// The cards that tell what PartyBot does describe what it does today (organisation, meetings, attendance, and on the
/// linked chat's card the survey results it receives); a feature is named there when it arrives. Committee members'
/// attendance by rotation and the reports are reached through their own commands, not described on these cards.
/// </summary>
public sealed class PromiseTests
{
    public static TheoryData<string> Describing() => ["welcome-personal", "welcome-group-chat", "welcome-team-channel", "cell-linked", "help"];

    [Theory]
    [MemberData(nameof(Describing))]
    public void Card_DescribingPartyBot_PromisesNoFeatureThatDoesNotExist(string name)
    {
        var text = WelcomeCardTests.Text(SampleCards.All[name]);

        Assert.DoesNotContain("784", text, StringComparison.Ordinal);
        Assert.DoesNotContain("báo cáo", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("đôn đốc", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("phân công", text, StringComparison.OrdinalIgnoreCase);
    }
}
