using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Tests.CommitteeAttendance;

public sealed class CommitteeAttendanceOptionsTests
{
    [Fact]
    public void Defaults_AreKonTumQuotasAndDomainRules()
    {
        var rules = Bind([]).Rules;

        Assert.Equal(new QuotaRule(2, QuotaPeriod.Year), rules.QuotaOf(CommitteeRank.Provincial));
        Assert.Equal(new QuotaRule(6, QuotaPeriod.Year), rules.QuotaOf(CommitteeRank.Member));
        Assert.Equal((1, true, TimeSpan.FromHours(3)), (rules.VisitsPerCellPerQuarter, rules.PreferFollower, rules.MinGap));
    }

    [Fact]
    public void Bind_OneRankConfigured_OtherKeepsItsDefault()
    {
        var options = Bind(new() { ["CommitteeAttendance:Quotas:Member:Meetings"] = "3", ["CommitteeAttendance:Quotas:Member:Period"] = "Quarter" });

        Assert.Equal(new QuotaRule(3, QuotaPeriod.Quarter), options.Rules.QuotaOf(CommitteeRank.Member));
        Assert.Equal(new QuotaRule(2, QuotaPeriod.Year), options.Rules.QuotaOf(CommitteeRank.Provincial));
    }

    [Theory]
    [InlineData("CommitteeAttendance:Quotas:Member:Meetings", "-1", "CommitteeAttendance:Quotas:Member")]
    [InlineData("CommitteeAttendance:MinHoursBetweenMeetings", "30", "MinHoursBetweenMeetings")]
    [InlineData("CommitteeAttendance:VisitsPerCellPerQuarter", "0", "VisitsPerCellPerQuarter")]
    public void Bind_BadValue_FailsNamingTheSetting(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static CommitteeAttendanceOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection()
            .AddOptions<CommitteeAttendanceOptions>().Bind(configuration.GetSection(CommitteeAttendanceOptions.Section)).ValidateDataAnnotations().Services
            .BuildServiceProvider();
        return provider.GetRequiredService<IOptions<CommitteeAttendanceOptions>>().Value;
    }
}
