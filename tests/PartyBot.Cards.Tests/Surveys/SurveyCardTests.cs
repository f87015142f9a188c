using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Surveys;
using PartyBot.Cards.Tests.Schema;
using static PartyBot.Cards.Tests.Organization.CardInspection;
using static PartyBot.Cards.Tests.Surveys.SurveySamples;

namespace PartyBot.Cards.Tests.Surveys;

public sealed class SurveyCardTests
{
    [Fact]
    public void Ballot_Open_EachCriterionWithItsPointsAndTheScale_BoundedComment_SubmitCarriesUnitAndQuarterOnly()
    {
        var card = BallotCard.Build(Open);

        var ratings = card.Body.OfType<ChoiceSetInput>().ToList();
        Assert.Equal(Options.CriteriaInUse.Select(c => SurveyVerbs.RatingInput(c.Id)), ratings.Select(r => r.Id));
        Assert.Equal("4. Tiến trình, nội dung và không khí sinh hoạt (30 điểm)", ratings[3].Label);
        Assert.All(ratings, r => Assert.True(r.IsRequired));
        Assert.Equal(["5 (tốt nhất)", "4", "3", "2", "1 (kém nhất)"], ratings[0].Choices.Select(c => c.Title));
        Assert.Equal(["5", "4", "3", "2", "1"], ratings[0].Choices.Select(c => c.Value));
        Assert.Equal(500, card.Body.OfType<TextInput>().Single(i => i.Id == SurveyVerbs.CommentInput).MaxLength);
        var submit = Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!));
        Assert.Equal(SurveyVerbs.Vote, submit.Verb);
        Assert.Equal(new Dictionary<string, string> { ["unitId"] = "CB-VP01", ["surveyId"] = "2026-Q4" }, submit.Data);
        Assert.Contains("Hạn bỏ phiếu: 10:30, Thứ Ba 08/12/2026", Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Nhắc nhở", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Ballot_Reminder_TheSameFormWithTheReminderLine()
    {
        var card = BallotCard.Build(Reminder);

        Assert.Contains("Nhắc nhở: khảo sát kết thúc lúc 10:30, Thứ Ba 08/12/2026", Text(card), StringComparison.Ordinal);
        Assert.Equal(8, card.Body.OfType<ChoiceSetInput>().Count());
    }

    [Fact]
    public void Ballot_Recorded_SaysSoWithoutTheRatings_ChangeUnfoldsABlankForm()
    {
        var card = BallotCard.Build(Recorded);

        Assert.Empty(card.Body.OfType<CardInput>());
        Assert.Contains("Phiếu của đồng chí đã được ghi nhận", Text(card), StringComparison.Ordinal);
        var change = Assert.IsType<ShowCardAction>(Assert.Single(card.Actions!));
        Assert.Equal("Sửa phiếu", change.Title);
        Assert.All(change.Card.Body.OfType<ChoiceSetInput>(), r => Assert.Null(r.Value));
        Assert.Equal(SurveyVerbs.Vote, Assert.IsType<ExecuteAction>(Assert.Single(change.Card.Actions!)).Verb);
    }

    [Fact]
    public void Ballot_RecordedChangesNotAllowed_NoAction() =>
        Assert.Null(BallotCard.Build(Recorded with { ChangesAllowed = false }).Actions);

    [Fact]
    public void Ballot_Closed_NoFormNoAction()
    {
        var card = BallotCard.Build(Closed);

        Assert.Empty(card.Body.OfType<CardInput>());
        Assert.Null(card.Actions);
        Assert.Contains("Khảo sát đã kết thúc lúc 10:30, Thứ Ba 08/12/2026", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_Rated_ScoreBandTurnoutAndEachCriterionsMean()
    {
        var card = SurveyResultsCard.Build(Results);
        var text = Text(card);

        // 6 × 100, 80, 100 − 2 × 6 = 88, 100 − 4 = 96: mean 96 → Tốt.
        Assert.Equal(96, RatedResult.Score);
        Assert.Equal("96/100", Fact(card, "Điểm"));
        Assert.Equal("Tốt", Fact(card, "Xếp loại"));
        Assert.Equal("9/12 đảng viên (75 %)", Fact(card, "Số phiếu"));
        Assert.Equal("28,7/30", Fact(card, "Tiến trình, nội dung và không khí sinh hoạt"));
        Assert.Contains("Quý IV/2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_BelowTheMinimumTurnout_MarkedNotRated_NoScore()
    {
        var card = SurveyResultsCard.Build(NotRated);
        var text = Text(card);

        Assert.Contains("Chưa đủ số phiếu tối thiểu (ít nhất 50 % đảng viên được khảo sát và 3 phiếu)", text, StringComparison.Ordinal);
        Assert.False(HasFact(card, "Xếp loại"));
        Assert.Equal("3/12 đảng viên (25 %)", Fact(card, "Số phiếu"));
    }

    [Fact]
    public void EveryCard_ValidAgainstTheOfficialSchema()
    {
        foreach (var card in new[] { BallotCard.Build(Open), BallotCard.Build(Recorded), BallotCard.Build(Closed), SurveyResultsCard.Build(Results), SurveyResultsCard.Build(NotRated) })
        {
            AdaptiveCardSchema.AssertValid(card);
        }
    }
}
