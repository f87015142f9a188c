using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests.Support;

/// <summary>A real Kestrel host on loopback with AddBotFramework, MapBotFramework and a <see cref="RecordingBot"/>.</summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AppPassword = "test-only-password";

    private readonly LoopbackHost _host;

    private BotHost(LoopbackHost host, LogCollector logs)
    {
        _host = host;
        Logs = logs;
        Client = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public Uri Endpoint => new(_host.BaseAddress, "api/messages");

    public HttpClient Client { get; }

    public LogCollector Logs { get; }

    public IServiceProvider Services => _host.Services;

    public TurnLog Turns => Services.GetRequiredService<TurnLog>();

    /// <summary>Settings of an authenticated bot whose keys come from the fake channel.</summary>
    public static Dictionary<string, string?> AuthenticatedSettings(FakeChannel channel) => new()
    {
        ["MicrosoftAppId"] = TestActivities.BotAppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["BotFramework:OpenIdMetadataUrl"] = channel.OpenIdMetadataUrl,
    };

    public static async Task<BotHost> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var logs = new LogCollector();
        var host = await LoopbackHost.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
                builder.Services.AddBotFramework(builder.Configuration);
                builder.Services.AddSingleton<TurnLog>();
                builder.Services.AddScoped<ActivityHandler, RecordingBot>();
                services?.Invoke(builder.Services);
            },
            app => app.MapBotFramework(),
            // Local mode (no app id) runs only in Development.
            settings.TryGetValue("MicrosoftAppId", out var appId) && !string.IsNullOrEmpty(appId) ? Environments.Production : Environments.Development);
        return new BotHost(host, logs);
    }

    /// <summary>Posts an activity as the fake channel would: with a token for <paramref name="audience"/>, or none when null.</summary>
    public Task<HttpResponseMessage> PostAsync(FakeChannel channel, Activity activity, string? audience, TokenOptions? options = null) =>
        Client.SendAsync(channel.CreateActivityRequest(Endpoint, activity, audience, options));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        Logs.Dispose();
    }
}
