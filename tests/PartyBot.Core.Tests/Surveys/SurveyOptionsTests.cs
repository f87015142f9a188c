using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartyBot.Core.Surveys;
using PartyBot.Testing;

namespace PartyBot.Core.Tests.Surveys;

public sealed class SurveyOptionsTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7 + 1)).ToArray());

    private static List<ValidationResult> Validate(SurveyOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Defaults_EightCriteriaOfTheGuide_TotalOneHundredAndValid()
    {
        var options = new SurveyOptions();

        Assert.Equal(8, options.CriteriaInUse.Count);
        Assert.Equal(100, options.CriteriaInUse.Sum(c => c.Points));
        Assert.Equal((7, 2, 50.0), (options.OpenForDays, options.RemindDaysBeforeClose, options.MinTurnoutPercent));
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_PointsNotTotallingOneHundred_Rejected() =>
        Assert.Contains(Validate(new SurveyOptions { Criteria = [new() { Id = "a", Title = "A", Points = 60 }] }), r => r.ErrorMessage!.Contains("total 100", StringComparison.Ordinal));

    [Fact]
    public void Validate_TwoCriteriaWithOneId_Rejected() =>
        Assert.NotEmpty(Validate(new SurveyOptions { Criteria = [new() { Id = "a", Title = "A", Points = 50 }, new() { Id = "a", Title = "B", Points = 50 }] }));

    [Theory]
    [InlineData(5, 5, 90, 70, 50, 2, 7)]
    [InlineData(1, 5, 70, 90, 50, 2, 7)]
    [InlineData(1, 5, 90, 70, 50, 7, 7)]
    public void Validate_ScaleBandsOrReminderOutOfOrder_Rejected(int min, int max, double good, double fair, double average, int remind, int openFor) =>
        Assert.NotEmpty(Validate(new SurveyOptions
        {
            ScaleMin = min, ScaleMax = max, GoodScore = good, FairScore = fair, AverageScore = average, RemindDaysBeforeClose = remind, OpenForDays = openFor,
        }));

    [Fact]
    public void AddSurveys_ConfiguredCriteria_ReplaceTheDefault()
    {
        using var provider = Provider(Environments.Development, new()
        {
            ["Surveys:Criteria:0:Id"] = "all",
            ["Surveys:Criteria:0:Title"] = "Chung",
            ["Surveys:Criteria:0:Points"] = "100",
        });

        Assert.Equal("all", Assert.Single(provider.GetRequiredService<IOptions<SurveyOptions>>().Value.CriteriaInUse).Id);
    }

    [Fact]
    public void BallotKeyCheck_ProductionWithoutKey_FailsWithTheReason()
    {
        using var provider = Provider(Environments.Production, []);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SurveyOptions>>().Value);

        Assert.Contains("Surveys:BallotKey is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BallotKeyCheck_ProductionWithKey_Starts() =>
        Assert.Equal(Key, Provider(Environments.Production, new() { ["Surveys:BallotKey"] = Key }).GetRequiredService<IOptions<SurveyOptions>>().Value.BallotKey);

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")] // 5 bytes
    public void BallotKeyCheck_BadKey_FailsEvenInDevelopment(string key)
    {
        using var provider = Provider(Environments.Development, new() { ["Surveys:BallotKey"] = key });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SurveyOptions>>().Value);
    }

    [Fact]
    public void BallotKeyCheck_DevelopmentWithoutKey_StartsWithTheDevelopmentKey()
    {
        using var provider = Provider(Environments.Development, []);

        Assert.Null(provider.GetRequiredService<IOptions<SurveyOptions>>().Value.BallotKey);
        Assert.NotNull(provider.GetRequiredService<BallotReceipts>());
    }

    private static ServiceProvider Provider(string environment, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (environment == Environments.Development)
        {
            services.AddDevelopmentEnvironment();
        }
        return services.AddSurveys(configuration).AddBallotKeyCheck().BuildServiceProvider();
    }
}
