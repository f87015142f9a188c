using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Authentication;
using PartyBot.BotFramework.Schema;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests;

/// <summary>
/// The real bot host (Program) on a loopback Kestrel port, with Table storage on Azurite and the Bot Framework
/// channel played by a <see cref="FakeChannel"/>: its OpenID metadata signs the inbound tokens, its
/// connector records what the bot sends.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string AppId = TestActivities.BotAppId;

    private const string Never = "0 0 0 1 1 ? 2099";

    private readonly Dictionary<string, string?> settings;

    private BotHost(Dictionary<string, string?> settings) => this.settings = settings;

    public FakeChannel Channel { get; private init; } = null!;
    public bool RequiresToken { get; private init; }
    public TimeProvider? Time { get; private init; }
    private Action<IServiceCollection>? ExtraServices { get; init; }
    public string? Environment { get; private init; }
    public HttpClient Http { get; private set; } = null!;

    /// <summary>What the host logged, filtered by its configuration (appsettings.json's log levels) as the console is.</summary>
    public LogCollector Logs { get; } = new();

    /// <param name="withAppId">True: a configured app id, so every request needs the channel's token. False: local development mode.</param>
    /// <param name="tablesConnection">Another Table storage than the test run's Azurite (e.g. one a test will stop).</param>
    /// <param name="time">The clock of the host (e.g. a FakeTimeProvider); the system clock when null.</param>
    /// <param name="settings">More settings, over the tests' defaults.</param>
    /// <param name="services">More service registrations, after the host's (e.g. a TableServiceClient that counts its calls).</param>
    /// <param name="environment">The hosting environment; by default Testing with an app id, Development without.</param>
    public static async Task<BotHost> StartAsync(
        FakeChannel channel, bool withAppId = true, string? tablesConnection = null, TimeProvider? time = null,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? environment = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = tablesConnection ?? await SharedAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = "b" + Guid.NewGuid().ToString("N")[..12],
            ["BotFramework:OpenIdMetadataUrl"] = channel.OpenIdMetadataUrl,
            ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.050",
            ["BotFramework:ConnectorTotalTimeout"] = "00:00:10",
            ["BotFramework:ConnectorAttemptTimeout"] = "00:00:05",
            // Scanner jobs stay out of the command tests' way: they are tested on their own in PartyBot.Jobs.Tests.
            ["Jobs:AnnounceMeetings:Cron"] = Never,
            ["Jobs:MeetingReminders:Cron"] = Never,
            ["Jobs:ThematicReminders:Cron"] = Never,
            ["Jobs:PlanMeetings:Cron"] = Never,
            ["Jobs:AssignAttendees:Cron"] = Never,
            ["Jobs:Reports:Cron"] = Never,
            ["Jobs:Surveys:Cron"] = Never,
            ["Jobs:RunOnStart"] = "",
            // The outbox dispatcher runs when a test says so (DispatchAsync), unpaced and with short back-offs.
            ["Outbox:Dispatcher:Enabled"] = "false",
            ["Outbox:Dispatcher:ConversationBurst"] = "1000",
            ["Outbox:Dispatcher:TenantBurst"] = "10000",
            ["Outbox:Dispatcher:RetryBaseDelay"] = "00:00:00.050",
            ["Outbox:Dispatcher:RetryMaxDelay"] = "00:00:00.100",
            ["Jobs:CatchUpToday"] = "",
            ["MicrosoftAppId"] = withAppId ? AppId : "",
            ["MicrosoftAppPassword"] = withAppId ? "not-a-real-secret" : "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var host = new BotHost(all) { Channel = channel, RequiresToken = withAppId, Time = time, ExtraServices = services, Environment = environment };
        host.UseKestrel(0);
        try
        {
            host.StartServer();
        }
        catch (Exception startError)
        {
            try
            {
                await host.DisposeAsync();
            }
            catch (Exception stopError)
            {
                // A host that failed to start may fail to stop too; the start's error is the one the test asks about.
                throw new AggregateException(startError, stopError);
            }
            throw;
        }
        host.Http = host.CreateClient();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment ?? (RequiresToken ? "Testing" : Environments.Development)); // local mode runs only in Development
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        // The only seam: MSAL would ask login.microsoftonline.com for the outbound token.
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider(RequiresToken ? "outbound-test-token" : null));
            if (Time is not null)
            {
                services.AddSingleton(Time);
            }
            ExtraServices?.Invoke(services);
        });
    }

    /// <summary>Posts an activity as the channel does: with a valid token when the host has an app id.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: BotJson.Options) };
        token ??= RequiresToken ? Channel.CreateToken(AppId, activity.ServiceUrl ?? "", activity.ChannelId ?? "msteams") : null;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return Http.SendAsync(request);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>One round of the host's outbox dispatcher: what proactive messages are due go out now. Returns how many were attempted.</summary>
    public Task<int> DispatchAsync() => Service<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);

    /// <summary>Dispatcher rounds until one finds nothing to send (at most 10): what was queued and can go now has gone.</summary>
    public async Task DeliverQueuedAsync()
    {
        for (var round = 0; round < 10 && await DispatchAsync() > 0; round++)
        {
        }
    }

    private sealed class FixedTokenProvider(string? token) : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
    }
}
