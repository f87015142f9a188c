using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PartyBot.BotFramework.Schema;
using PartyBot.Core;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Core.Storage;
using PartyBot.Jobs.Messaging.Outbox;
using PartyBot.Testing;

namespace PartyBot.Jobs.Tests.Meetings;

/// <summary>
/// The jobs' services as the host registers them, on fresh tables in Azurite and a fake Bot Connector, at
/// 23/11/2026 08:00 Vietnam time. Chi bộ "CB1" is linked to <see cref="ChatId"/>; its members: M1 (secretary, with a
/// personal chat), M2 (never had a personal chat with the bot), M3 (exempt), M4 (no Entra id: no address).
/// </summary>
internal sealed class NoticeRig : IAsyncDisposable
{
    public const string UnitId = "CB1";
    public const string ChatId = "19:cb1@thread.v2";
    public const string BotId = "28:partybot";
    public const string TenantId = "tenant-1";

    private readonly IConfiguration _configuration;
    private readonly List<ServiceProvider> _otherHosts = [];

    private NoticeRig(FakeChannel channel, ServiceProvider services, FakeTimeProvider time, LogCollector logs, IConfiguration configuration)
    {
        Channel = channel;
        Services = services;
        Time = time;
        Logs = logs;
        _configuration = configuration;
    }

    public FakeChannel Channel { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public LogCollector Logs { get; }
    public MeetingStore Meetings => Services.GetRequiredService<MeetingStore>();
    public ConversationStore Conversations => Services.GetRequiredService<ConversationStore>();
    public OrganizationStore Organization => Services.GetRequiredService<OrganizationStore>();
    public OutboxStore Outbox => Services.GetRequiredService<OutboxStore>();

    /// <summary>One round of the host's outbox dispatcher (not started in the rig: the tests drive it).</summary>
    public Task<int> DispatchAsync() => Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);

    /// <summary>The outbox rows still to deliver, by key.</summary>
    public async Task<IReadOnlyList<string>> DueKeysAsync() =>
        [.. (await Outbox.FindDueAsync(1000, CancellationToken.None)).Select(e => e.Message.Key).Order(StringComparer.Ordinal)];

    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    /// <param name="settings">Settings that win over the rig's (e.g. an attendance rule).</param>
    public static async Task<NoticeRig> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var channel = await FakeChannel.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Configuration(channel, await SharedAzurite.GetConnectionStringAsync()))
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var time = new FakeTimeProvider(Now);
        var logs = new LogCollector();
        var provider = BuildHost(configuration, time, logs);
        var rig = new NoticeRig(channel, provider, time, logs, configuration);
        await provider.GetRequiredService<TableStore>().CreateTablesAsync(CancellationToken.None);
        await rig.SeedAsync();
        return rig;
    }

    /// <summary>Another host instance on the same tables and clock (its own dispatcher, observers, stores), as a second machine.</summary>
    public IServiceProvider AnotherHost()
    {
        var host = BuildHost(_configuration, Time, Logs);
        _otherHosts.Add(host);
        return host;
    }

    private static ServiceProvider BuildHost(IConfiguration configuration, FakeTimeProvider time, LogCollector logs)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSingleton<TimeProvider>(time);
        services.AddDevelopmentEnvironment(); // the connector without an app id
        services.AddPartyBotCore(configuration).AddPartyBotJobs(configuration);
        return services.BuildServiceProvider();
    }

    public static Dictionary<string, string?> Configuration(FakeChannel channel, string tables) => new()
    {
        ["ConnectionStrings:Tables"] = tables,
        ["Storage:TablePrefix"] = "n" + Guid.NewGuid().ToString("N")[..12],
        ["BotFramework:OpenIdMetadataUrl"] = channel.OpenIdMetadataUrl,
        ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.050",
        ["BotFramework:ConnectorTotalTimeout"] = "00:00:10",
        ["BotFramework:ConnectorAttemptTimeout"] = "00:00:05",
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
    };

    /// <summary>A service from a new scope, as a job run or a turn gets it.</summary>
    public T Scoped<T>() where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public IReadOnlyList<RecordedCall> Posts(string conversationId) =>
        [.. Channel.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith($"/v3/conversations/{conversationId}/activities", StringComparison.Ordinal))];

    public IReadOnlyList<RecordedCall> AllActivityPosts() =>
        [.. Channel.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal))];

    public async Task<Meeting> AddMeetingAsync(string id, DateTimeOffset startsAt, string unitId = UnitId, MeetingStatus status = MeetingStatus.Planned)
    {
        var meeting = new Meeting(unitId, id, MeetingKind.Regular, startsAt, 120, status, Place: "Phòng họp 2", PreparerMemberIds: ["M1"]);
        Assert.True(await Meetings.AddAsync(meeting, CancellationToken.None));
        return meeting;
    }

    public static Member NewMember(string id, string name, MemberStatus status, string? aad, DateOnly? since = null, params UnitRole[] roles) =>
        new(id, name, UnitId, status, new HashSet<UnitRole>(roles), aad, StatusSince: since);

    public async Task AddUserAsync(string aad, string userId, string? personalConversationId) =>
        await Conversations.SaveUserAsync(
            new UserAddress(aad, userId, null, Channel.ServiceUrl, "msteams", BotId, TenantId, personalConversationId), CancellationToken.None);

    private Task SeedAsync() => SeedAsync(Services, Channel);

    /// <summary>The rig's organisation and addresses, into the storage of <paramref name="services"/> (a host of a test's own).</summary>
    public static async Task SeedAsync(IServiceProvider services, FakeChannel channel)
    {
        var organization = services.GetRequiredService<OrganizationStore>();
        var conversations = services.GetRequiredService<ConversationStore>();
        await organization.SaveUnitAsync(new Unit("DU", UnitKind.GrassrootsCommittee, "Đảng ủy Sở", null), CancellationToken.None);
        await organization.SaveUnitAsync(new Unit(UnitId, UnitKind.Cell, "Chi bộ 1", "DU", ConversationId: ChatId), CancellationToken.None);
        await conversations.SaveConversationAsync(
            new ConversationAddress(ChatId, ConversationTypes.GroupChat, channel.ServiceUrl, "msteams", BotId, "PartyBot", TenantId, null, "Chi bộ 1"),
            CancellationToken.None);
        Member[] members =
        [
            NewMember("M1", "Nguyễn Văn An", MemberStatus.Full, "aad-1", null, UnitRole.Secretary),
            NewMember("M2", "Trần Thị Bình", MemberStatus.Probationary, "aad-2"),
            NewMember("M3", "Lê Văn Cường", MemberStatus.Exempt, "aad-3", new DateOnly(2026, 1, 1)),
            NewMember("M4", "Phạm Thị Dung", MemberStatus.Full, null),
        ];
        foreach (var member in members)
        {
            await organization.SaveMemberAsync(member, null, CancellationToken.None);
        }
        foreach (var (aad, userId, personal) in new (string, string, string?)[] { ("aad-1", "29:user-1", "a:personal-1"), ("aad-2", "29:user-2", null), ("aad-3", "29:user-3", "a:personal-3") })
        {
            await conversations.SaveUserAsync(
                new UserAddress(aad, userId, null, channel.ServiceUrl, "msteams", BotId, TenantId, personal), CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _otherHosts)
        {
            await host.DisposeAsync();
        }
        await Services.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
