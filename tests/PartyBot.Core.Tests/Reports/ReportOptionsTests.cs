using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;

namespace PartyBot.Core.Tests.Reports;

/// <summary>The catalogue and the ladder from configuration: the defaults hold, a bad setting stops the host at start.</summary>
public sealed class ReportOptionsTests
{
    private static List<ValidationResult> Validate(ReportOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        results.AddRange(options.Validate(new ValidationContext(options)));
        return results;
    }

    [Fact]
    public void Defaults_AreValid_FourKindsOwedByChiBo()
    {
        var options = new ReportOptions();

        Assert.Empty(Validate(options));
        Assert.Equal(["bien-ban", "quy", "6-thang", "nam"], options.KindsInUse.Select(k => k.Id));
        Assert.All(options.KindsInUse, k => Assert.Equal([UnitKind.Cell], k.OwedBy));
    }

    public static TheoryData<string, ReportOptions> Broken => new()
    {
        { "an id of its own", new ReportOptions { Kinds = [new() { Id = "quy", Title = "A", OwedBy = [UnitKind.Cell] }, new() { Id = "quy", Title = "B", OwedBy = [UnitKind.Cell] }] } },
        { "must match", new ReportOptions { Kinds = [new() { Id = "Quý!", Title = "A", OwedBy = [UnitKind.Cell] }] } },
        { "ad-hoc reports are asked in chat", new ReportOptions { Kinds = [new() { Id = "x", Title = "A", Period = ReportPeriod.AdHoc, OwedBy = [UnitKind.Cell] }] } },
        { "WindowStart", new ReportOptions { WindowStart = new TimeSpan(18, 0, 0) } },
        { "TellStandingCommitteeAfterWorkingDays", new ReportOptions { TellStandingCommitteeAfterWorkingDays = 5 } },
        { "Targets", new ReportOptions { Targets = new ReportTargets { RatedGoodPercent = 120 } } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BadSetting_SaysWhich(string expected, ReportOptions options)
    {
        Assert.Contains(Validate(options), r => r.ErrorMessage!.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_ConfiguredCatalogue_ReplacesTheDefaults_BadOneStopsTheHost()
    {
        var good = Resolve(new Dictionary<string, string?>
        {
            ["Reports:Kinds:0:Id"] = "quy", ["Reports:Kinds:0:Title"] = "Báo cáo quý", ["Reports:Kinds:0:Period"] = "Quarterly",
            ["Reports:Kinds:0:OwedBy:0"] = "Cell", ["Reports:Kinds:0:OwedBy:1"] = "GrassrootsCommittee", ["Reports:RepeatEveryWorkingDays"] = "3",
        });
        Assert.Equal(("quy", 2, 3), (Assert.Single(good.KindsInUse).Id, good.KindsInUse[0].OwedBy.Count, good.RepeatEveryWorkingDays));

        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new Dictionary<string, string?> { ["Reports:WindowEnd"] = "06:00:00" }));
        Assert.Contains("WindowStart", error.Message, StringComparison.Ordinal);
    }

    private static ReportOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section)).ValidateDataAnnotations();
        return services.BuildServiceProvider().GetRequiredService<IOptions<ReportOptions>>().Value;
    }
}
