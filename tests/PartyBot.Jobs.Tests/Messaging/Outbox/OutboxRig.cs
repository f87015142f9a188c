using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PartyBot.BotFramework.Schema;
using PartyBot.Core;
using PartyBot.Core.Outbox;
using PartyBot.Core.Storage;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Testing;

namespace PartyBot.Jobs.Tests.Messaging.Outbox;

/// <summary>
/// The fake connector and one or more hosts with an <see cref="OutboxDispatcher"/> (not started: tests drive its rounds)
/// on one set of Azurite tables, all on one fake clock. Pacing is out of the way unless a test's settings bring it back.
/// </summary>
internal sealed class OutboxRig : IAsyncDisposable
{
    public const string TenantId = "tenant-1";

    private readonly Dictionary<string, string?> _settings;
    private readonly List<IHost> _hosts = [];

    private readonly Action<IServiceCollection>? _services;

    private OutboxRig(FakeChannel channel, Dictionary<string, string?> settings, Action<IServiceCollection>? services) =>
        (Channel, _settings, _services) = (channel, settings, services);

    public FakeChannel Channel { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

    public LogCollector Logs { get; } = new();

    public OutboxStore Store => _hosts[0].Services.GetRequiredService<OutboxStore>();

    public OutboxDispatcher Dispatcher => DispatcherOf(0);

    /// <param name="services">More registrations for every host (an observer, say).</param>
    public static async Task<OutboxRig> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = "o" + Guid.NewGuid().ToString("N")[..12],
            ["Outbox:Dispatcher:Enabled"] = "false",
            ["Outbox:Dispatcher:ConversationBurst"] = "1000",
            ["Outbox:Dispatcher:TenantBurst"] = "10000",
            ["Outbox:Dispatcher:RetryBaseDelay"] = "00:00:01",
            ["Outbox:Dispatcher:RetryMaxDelay"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var rig = new OutboxRig(await FakeChannel.StartAsync(), all, services);
        await rig.AddHostAsync();
        return rig;
    }


    /// <summary>Starts the first host: options are validated and, when enabled, the dispatcher runs on its own.</summary>
    public Task StartAsync() => _hosts[0].StartAsync();

    public Task StopAsync() => _hosts[0].StopAsync();

    public IMeterFactory Meters => _hosts[0].Services.GetRequiredService<IMeterFactory>();

    public OutboxDispatcher DispatcherOf(int host) => _hosts[host].Services.GetRequiredService<OutboxDispatcher>();

    /// <summary>Another host instance on the same tables, with a dispatcher of its own (<see cref="DispatcherOf"/>).</summary>
    public async Task AddHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddPartyBotCore(builder.Configuration).AddOutboxDispatcher(builder.Configuration);
        _services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<TableStore>().CreateTablesAsync(CancellationToken.None);
        _hosts.Add(host);
    }

    public OutboxMessage Message(string key, string conversationId, string? tenantId = TenantId, string? text = null) =>
        new(key, "test", new OutboxTarget(Channel.ServiceUrl, conversationId, tenantId), Json(Activity.CreateMessage(text ?? key)), Time.GetUtcNow());

    public Task<OutboxEntry> EnqueueAsync(string key, string conversationId, string? tenantId = TenantId) =>
        Store.EnqueueAsync(Message(key, conversationId, tenantId), CancellationToken.None);

    public async Task<OutboxEntry> RowAsync(string key) => (await Store.FindAsync(key, CancellationToken.None))!;

    /// <summary>Posted activities to one conversation, answered or not.</summary>
    public IReadOnlyList<RecordedCall> Posts(string conversationId) =>
        [.. Channel.Calls.Where(c => c.Method == "POST" && c.Path == $"/connector/v3/conversations/{conversationId}/activities")];

    public static string? Text(RecordedCall call) => call.Body?.GetProperty("text").GetString();

    public static string Json(Activity activity) => JsonSerializer.Serialize(activity, BotJson.Options);

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
        await Channel.DisposeAsync();
    }
}
