using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PartyBot.Core.Testing;

namespace PartyBot.Core.Tests.Testing;

/// <summary>Testing:ClockOffset moves the host's clock in Development, and stops a host anywhere else.</summary>
public sealed class TestClockTests
{
    [Fact]
    public void AddTestClock_InDevelopment_TheClockIsTheSystemsMovedByTheOffset()
    {
        var offset = new TimeSpan(26, 14, 30, 0);
        var services = Register("26.14:30:00", Environments.Development);

        var before = TimeProvider.System.GetUtcNow();
        var now = services.BuildServiceProvider().GetRequiredService<TimeProvider>().GetUtcNow();
        var after = TimeProvider.System.GetUtcNow();

        Assert.InRange(now, before + offset, after + offset);
    }

    [Fact]
    public void AddTestClock_NotSet_AddsNoClock() =>
        Assert.DoesNotContain(Register(null, Environments.Development), d => d.ServiceType == typeof(TimeProvider));

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void AddTestClock_OutsideDevelopment_Refused(string environment)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Register("-3.00:00:00", environment));
        Assert.Contains("Development only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTestClock_NotATimeSpan_Refused() =>
        Assert.Contains("+40d", Assert.Throws<InvalidOperationException>(() => Register("+40d", Environments.Development)).Message, StringComparison.Ordinal);

    private static ServiceCollection Register(string? offset, string environment)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TestClock.OffsetKey] = offset }).Build();
        var services = new ServiceCollection();
        services.AddTestClock(configuration, new HostingEnvironment { EnvironmentName = environment });
        return services;
    }
}
