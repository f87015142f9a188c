using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyBot.Core.Attendance;

namespace PartyBot.Core.Tests.Attendance;

public sealed class AttendanceOptionsTests
{
    [Theory]
    [InlineData(1000, 1000, AttendanceBand.Good)]
    [InlineData(900, 1000, AttendanceBand.Good)]
    [InlineData(899, 1000, AttendanceBand.Fair)]
    [InlineData(750, 1000, AttendanceBand.Fair)]
    [InlineData(749, 1000, AttendanceBand.Average)]
    [InlineData(650, 1000, AttendanceBand.Average)]
    [InlineData(649, 1000, AttendanceBand.Poor)]
    [InlineData(0, 1000, AttendanceBand.Poor)]
    [InlineData(9, 10, AttendanceBand.Good)]
    [InlineData(3, 4, AttendanceBand.Fair)]
    [InlineData(13, 20, AttendanceBand.Average)]
    public void BandOf_RateAtAndAroundTheThresholds_TheBandFromThatThreshold(int present, int summoned, AttendanceBand expected) =>
        Assert.Equal(expected, new AttendanceOptions().BandOf(Tally(present, summoned, unexcused: 0)));

    [Theory]
    [InlineData(1000, AttendanceBand.Fair)]
    [InlineData(900, AttendanceBand.Fair)]
    [InlineData(899, AttendanceBand.Average)]
    [InlineData(750, AttendanceBand.Average)]
    [InlineData(749, AttendanceBand.Poor)]
    [InlineData(650, AttendanceBand.Poor)]
    [InlineData(649, AttendanceBand.Poor)]
    [InlineData(0, AttendanceBand.Poor)]
    public void BandOf_AnyUnexcusedAbsence_OneBandLowerButNeverBelowPoor(int present, AttendanceBand expected) =>
        Assert.Equal(expected, new AttendanceOptions().BandOf(Tally(present, 1000, unexcused: 1)));

    [Fact]
    public void BandOf_OnlyExcusedAbsences_NotLowered() =>
        Assert.Equal(AttendanceBand.Good, new AttendanceOptions().BandOf(new AttendanceTally(10, 9, 1, 0, 0, 0, 8, 7)));

    [Fact]
    public void BandOf_ConfiguredThresholds_AreUsed()
    {
        var options = new AttendanceOptions { GoodPercent = 95, FairPercent = 80, AveragePercent = 50 };

        Assert.Equal(AttendanceBand.Fair, options.BandOf(Tally(94, 100, 0)));
        Assert.Equal(AttendanceBand.Average, options.BandOf(Tally(79, 100, 0)));
        Assert.Equal(AttendanceBand.Average, options.BandOf(Tally(50, 100, 0)));
        Assert.Equal(AttendanceBand.Poor, options.BandOf(Tally(49, 100, 0)));
    }

    [Fact]
    public void Validate_Defaults_AreValid() =>
        Assert.Empty(Validate(new AttendanceOptions()));

    [Theory]
    [InlineData(75, 90, 65)]
    [InlineData(90, 60, 65)]
    [InlineData(60, 70, 80)]
    public void Validate_ThresholdsNotGoingDown_Rejected(double good, double fair, double average)
    {
        var errors = Validate(new AttendanceOptions { GoodPercent = good, FairPercent = fair, AveragePercent = average });

        var error = Assert.Single(errors);
        Assert.Contains(nameof(AttendanceOptions.GoodPercent), error.MemberNames);
    }

    [Fact]
    public void Validate_EqualThresholds_Accepted() =>
        Assert.Empty(Validate(new AttendanceOptions { GoodPercent = 80, FairPercent = 80, AveragePercent = 80 }));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Validate_WarningMonthOutsideTheYear_Rejected(int months) =>
        Assert.Contains(Validate(new AttendanceOptions { UnexcusedMonthsWarnings = [2, months] }), e => e.MemberNames.Contains(nameof(AttendanceOptions.UnexcusedMonthsWarnings)));

    [Fact]
    public void Validate_NoWarningMonth_Rejected() =>
        Assert.NotEmpty(Validate(new AttendanceOptions { UnexcusedMonthsWarnings = [] }));

    [Fact]
    public void AddAttendance_ThresholdsGoingUpInConfiguration_FailsWithTheReason()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Attendance:GoodPercent"] = "70",
            ["Attendance:FairPercent"] = "75",
        }).Build();
        using var provider = new ServiceCollection().AddAttendance(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AttendanceOptions>>().Value);

        Assert.Contains("GoodPercent (70) ≥ FairPercent (75)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAttendance_ConfiguredWarningMonths_ReplaceTheDefault()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Attendance:ExcusedInARowLimit"] = "4",
            ["Attendance:UnexcusedMonthsWarnings:0"] = "3",
        }).Build();
        using var provider = new ServiceCollection().AddAttendance(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AttendanceOptions>>().Value;

        Assert.Equal((4, 30), (options.ExcusedInARowLimit, options.CheckInClosesMinutesAfter));
        // The configured list replaces the default [2, 3]; it is not appended to it.
        Assert.Equal([3], options.UnexcusedMonthsToWarn);
    }

    [Fact]
    public void AddAttendance_NoWarningMonthsConfigured_WarnsAtTwoAndThree()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Attendance:ReasonMaxLength"] = "100" }).Build();
        using var provider = new ServiceCollection().AddAttendance(configuration).BuildServiceProvider();

        Assert.Equal([2, 3], provider.GetRequiredService<IOptions<AttendanceOptions>>().Value.UnexcusedMonthsToWarn);
    }

    private static AttendanceTally Tally(int present, int summoned, int unexcused) =>
        new(summoned, present, summoned - present - unexcused, unexcused, 0, 0, summoned, present);

    private static List<ValidationResult> Validate(AttendanceOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
