using PartyBot.Cards.Attendance;
using static PartyBot.Cards.Tests.Meetings.MeetingCardInspection;
using static PartyBot.Cards.Tests.Organization.CardInspection;

namespace PartyBot.Cards.Tests.Attendance;

/// <summary>Who spoke on the roll-call card, and the secretary's view of who speaks.</summary>
public sealed class SpeakingCardTests
{
    [Fact]
    public void RollCall_SecretaryClosedView_TickFormListsThePresentWithTheSpeakersTicked()
    {
        var card = RollCallCard.Build(SpeakingSamples.SecretaryClosed);

        var input = Input(card, AttendanceVerbs.SpeakersInput);
        Assert.True(input.GetProperty("isMultiSelect").GetBoolean());
        var ticked = SpeakingSamples.SecretaryClosed.Speaking!.Spoke;
        Assert.Equal(ticked.Order(StringComparer.Ordinal), input.GetProperty("value").GetString()!.Split(',').Order(StringComparer.Ordinal));
        var save = Actions(card).Single(a => a.TryGetProperty("verb", out var v) && v.GetString() == AttendanceVerbs.Speakers);
        Assert.Equal(input.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()),
            save.GetProperty("data").GetProperty(AttendanceVerbs.SpeakersShownKey).GetString()!.Split(','));
        Assert.Contains(Actions(card), a => a.TryGetProperty("verb", out var v) && v.GetString() == AttendanceVerbs.Clerk);
    }

    [Fact]
    public void RollCall_SharedClosedCard_NamesSpeakersAndClerk_NoFormButRefresh()
    {
        var card = RollCallCard.Build(SpeakingSamples.SharedClosed);

        Assert.Empty(Inputs(card));
        Assert.Contains(SpeakingSamples.SharedClosed.Speaking!.ClerkName!, Text(card), StringComparison.Ordinal);
        Assert.Contains(SpeakingCardTexts.SpokeMark, Text(card), StringComparison.Ordinal);
        Assert.Equal([AttendanceVerbs.ViewRollCall], Actions(card).Select(a => a.GetProperty("verb").GetString()));
    }

    [Fact]
    public void Overview_SilentThreeOrMoreInARow_ListedInTheWarningMostSilentFirst()
    {
        var text = Text(SpeakingOverviewCard.Build(SpeakingSamples.Overview));

        var bình = text.IndexOf(SpeakingOverviewTexts.SilentLine("Trần Thị Bình", 8), StringComparison.Ordinal);
        var hoa = text.IndexOf(SpeakingOverviewTexts.SilentLine("Lê Thị Hoa", 4), StringComparison.Ordinal);
        Assert.True(bình >= 0 && hoa > bình);
        Assert.DoesNotContain(SpeakingOverviewTexts.SilentLine("Phạm Minh Tuấn", 1), text, StringComparison.Ordinal);
        Assert.Contains(SpeakingOverviewTexts.Counts(11, 9), text, StringComparison.Ordinal);
    }
}
