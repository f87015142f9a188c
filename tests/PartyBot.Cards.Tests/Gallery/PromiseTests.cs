using PartyBot.Cards.Tests.Welcome;

namespace PartyBot.Cards.Tests.Gallery;

/// <summary>
/// The cards that tell what PartyBot does describe what it does today (organisation, meetings, attendance); a
/// feature is named when it arrives. Committee members' attendance by rotation, surveys and reports are not built yet.
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
        Assert.DoesNotContain("khảo sát", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("báo cáo", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("đôn đốc", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("phân công", text, StringComparison.OrdinalIgnoreCase);
    }
}
