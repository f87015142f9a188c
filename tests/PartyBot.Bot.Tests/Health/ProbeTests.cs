using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartyBot.Core.Storage;
using PartyBot.Bot.Health;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Health;

/// <summary>/healthz/live, /healthz/ready and /healthz on the real host, and the start-up rule on the app id.</summary>
public sealed class ProbeTests
{
    [Fact]
    public async Task Probes_StorageAnswers_AllThree200()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(HealthEndpoints.Live)).StatusCode);
        Assert.True(HttpStatusCode.OK == (await host.Http.GetAsync(HealthEndpoints.Ready)).StatusCode, await ReportAsync(host));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(HealthEndpoints.All)).StatusCode);
    }

    private static async Task<string> ReportAsync(BotHost host)
    {
        var report = await host.Service<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>().CheckHealthAsync();
        return string.Join("; ", report.Entries.Select(e => $"{e.Key}: {e.Value.Status} {e.Value.Description} {e.Value.Exception}"));
    }

    [Fact]
    public async Task Probes_StorageStops_LiveStays200_ReadyAndHealthz503()
    {
        await using var channel = await FakeChannel.StartAsync();
        var azurite = await AzuriteServer.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await BotHost.StartAsync(channel, tablesConnection: azurite.ConnectionString, time: time);
        await azurite.DisposeAsync();
        time.Advance(new StorageOptions().HealthCacheDuration); // past the cached answer of the start

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(HealthEndpoints.Live)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Http.GetAsync(HealthEndpoints.Ready)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Http.GetAsync(HealthEndpoints.All)).StatusCode);
    }

    [Fact]
    public async Task Ready_ASettingReloadedInvalid_503NamingIt_LiveStays200()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel);
        var configuration = (IConfigurationRoot)host.Service<IConfiguration>();

        configuration["Storage:MaxRetries"] = "99";
        // A listener that reads the options on change throws here, as it would on the file watcher's thread; the host goes on.
        Assert.ThrowsAny<AggregateException>(configuration.Reload);

        using var ready = await host.Http.GetAsync(HealthEndpoints.Ready);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(HealthEndpoints.Live)).StatusCode);
        var check = host.Service<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>();
        var report = await check.CheckHealthAsync(r => r.Tags.Contains(HealthEndpoints.ReadyTag));
        Assert.Contains("MaxRetries", report.Entries["options"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartHost_NoAppIdInProduction_Refuses()
    {
        await using var channel = await FakeChannel.StartAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(channel, withAppId: false, environment: Environments.Production));

        var invalid = error is AggregateException all ? all.Flatten().InnerExceptions : [error];
        var failures = invalid.OfType<OptionsValidationException>().SelectMany(e => e.Failures);
        Assert.True(failures.Any(f => f.Contains("MicrosoftAppId is not set", StringComparison.Ordinal)), $"The host failed otherwise: {error}");
    }

    [Fact]
    public async Task StartHost_NoAppIdInDevelopment_StartsAndIsReady()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false, environment: Environments.Development);

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync(HealthEndpoints.Ready)).StatusCode);
    }
}
