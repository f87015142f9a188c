using Microsoft.Extensions.Options;
using PartyBot.Core.Surveys;

namespace PartyBot.Core.Tests.Surveys;

public sealed class BallotReceiptsTests
{
    private static readonly SurveyId Q4 = new("CB1", new Quarter(2026, 4));
    private static readonly SurveyId Q1 = new("CB1", new Quarter(2027, 1));

    private static BallotReceipts With(string? key) => new(Options.Create(new SurveyOptions { BallotKey = key }));

    private static string RandomKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Of_SameMemberAndSurvey_SameKeyEveryTime_HexOfSixtyFour()
    {
        Assert.Matches("^[0-9a-f]{64}$", With(null).Of(Q4, "M1"));
        Assert.Equal(With(null).Of(Q4, "M1"), With(null).Of(Q4, "M1"));
    }

    [Fact]
    public void Of_SameMemberTwoSurveys_KeysShareNothingRecognisable()
    {
        var receipts = With(RandomKey());

        var a = receipts.Of(Q4, "M1");
        var b = receipts.Of(Q1, "M1");

        Assert.NotEqual(a, b);
        Assert.Equal(a, receipts.Of(Q4, "M1"));
        Assert.DoesNotContain("M1", a, StringComparison.OrdinalIgnoreCase);
        // No shared prefix or suffix a reader could match rows by (a keyed hash differs all over).
        Assert.True(a[..8] != b[..8] && a[^8..] != b[^8..]);
    }

    [Fact]
    public void Of_OtherKey_OtherReceipts_SoTheStorageAloneCannotRecomputeThem()
    {
        Assert.NotEqual(With(RandomKey()).Of(Q4, "M1"), With(RandomKey()).Of(Q4, "M1"));
        Assert.NotEqual(With(null).Of(Q4, "M1"), With(RandomKey()).Of(Q4, "M1"));
    }

    [Fact]
    public void Of_PartsThatWouldConcatenateAlike_DifferentReceipts() =>
        Assert.NotEqual(With(null).Of(new SurveyId("CB1|2026-Q4", new Quarter(2026, 4)), "M1"), With(null).Of(new SurveyId("CB1", new Quarter(2026, 4)), "2026-Q4|M1"));
}
