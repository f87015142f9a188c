using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyBot.Core.Meetings;

namespace PartyBot.Core.Tests.Meetings;

public sealed class MeetingOptionsTests
{
    [Fact]
    public void Defaults_AreDomainValuesAndValid()
    {
        var options = new MeetingOptions();

        Assert.Equal((90, 120, 2, 3, 1, 45, 14), (options.MinimumMinutes, options.MinimumMinutesWithThematic, options.PlanMonthsAhead,
            options.NoticeDaysBefore, options.DocumentsDaysBefore, options.ThematicReminderDayOfQuarter, options.FollowerWarningDaysBeforeQuarterEnd));
        Assert.Empty(Errors(options));
    }

    [Fact]
    public void Validate_ThematicShorterThanRegular_NamesTheSetting() =>
        Assert.Contains(Errors(new MeetingOptions { MinimumMinutesWithThematic = 60 }), e => e.Contains("Meetings:MinimumMinutesWithThematic", StringComparison.Ordinal));

    [Fact]
    public void Bind_OutOfRangeValue_FailsValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Meetings:PlanMonthsAhead"] = "40" }).Build();
        using var provider = new ServiceCollection()
            .AddOptions<MeetingOptions>().Bind(configuration.GetSection(MeetingOptions.Section)).ValidateDataAnnotations().Services
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MeetingOptions>>().Value);

        Assert.Contains(nameof(MeetingOptions.PlanMonthsAhead), error.Message, StringComparison.Ordinal);
    }

    private static List<string> Errors(MeetingOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
