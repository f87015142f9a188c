using Microsoft.Extensions.Configuration;
using PartyBot.Core.Calendar;

namespace PartyBot.Jobs.Tests;

public sealed class JobScheduleTests
{
    [Fact]
    public void CronOf_NotConfigured_UsesDefault() =>
        Assert.Equal("0 30 3 * * ?", JobSchedule.CronOf(Config([]), "Purge", "0 30 3 * * ?"));

    [Fact]
    public void CronOf_Configured_UsesConfiguration() =>
        Assert.Equal("*/5 * * * * ?", JobSchedule.CronOf(Config(new() { ["Jobs:Purge:Cron"] = "*/5 * * * * ?" }), "Purge", "0 30 3 * * ?"));

    [Fact]
    public void CronOf_Invalid_FailsNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            JobSchedule.CronOf(Config(new() { ["Jobs:Purge:Cron"] = "every morning" }), "Purge", "0 30 3 * * ?"));

        Assert.Contains("Jobs:Purge:Cron", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VietnamZone_Resolves_AsUtcPlus7AllYear()
    {
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
