using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Connector;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests.Support;

/// <summary>The connector client as AddBotFramework registers it, with fast retries, and its logs.</summary>
public sealed class ConnectorHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public static ConnectorHarness Create(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null) =>
        new(settings, configure);

    private ConnectorHarness(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.050" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddDevelopmentEnvironment().AddBotFramework(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Client = _services.GetRequiredService<IConnectorClient>();
        SingleAttemptClient = _services.GetRequiredKeyedService<IConnectorClient>(ConnectorClient.SingleAttempt);
    }

    public IConnectorClient Client { get; }

    /// <summary>The keyed client without retries (<see cref="ConnectorClient.SingleAttempt"/>).</summary>
    public IConnectorClient SingleAttemptClient { get; }

    public LogCollector Logs { get; } = new();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
