using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartyBot.Core;
using PartyBot.Core.Storage;
using PartyBot.Testing;

namespace PartyBot.Jobs.Tests;

/// <summary>Core and the jobs in a plain host with hosted Quartz, on the test run's Azurite under a table prefix of its own.</summary>
internal static class JobsHost
{
    /// <summary>Built with its tables created, not started. <paramref name="settings"/> win over the defaults.</summary>
    /// <param name="configure">More services; none by default.</param>
    public static async Task<IHost> BuildAsync(TimeProvider time, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = "j" + Guid.NewGuid().ToString("N")[..12],
            ["Jobs:RunOnStart"] = "",
            ["Jobs:CatchUpToday"] = "",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        // Development: the connector runs without an app id only there.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(all);
        builder.Services.AddSingleton(time);
        builder.Services.AddPartyBotCore(builder.Configuration).AddPartyBotJobs(builder.Configuration);
        configure?.Invoke(builder.Services, builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<TableStore>().CreateTablesAsync(CancellationToken.None);
        return host;
    }

    /// <summary>Polls until <paramref name="probe"/> gives a value, for at most 20 seconds.</summary>
    public static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string failure) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(200);
        }
    }
}
