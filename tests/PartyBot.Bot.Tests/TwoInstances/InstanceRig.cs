using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.Bot.Tests.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Core;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Core.Testing;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.TwoInstances;

/// <summary>
/// One organisation on tables of its own (imported with the host's <c>import</c> verb, every member with a 1:1 and every
/// chi bộ linked to a group chat, the meetings planned), and real host processes on it, each with an app id (signed
/// turns), its jobs run on start, its dispatcher on and its clock at <see cref="Moment"/>: Monday 28/12/2026 09:00 in
/// Vietnam, when every job has work. CB1 meets today at 14:00 (reminders, notice), CB2 on the 30th (notice, a committee
/// attendee), CB3 met on the 21st (its survey is open: ballots; its committee members DV08, DV09 attend the others), and
/// the quarter's and the year's reports are 8 working days overdue (reminders, and the follower and office told).
/// The meetings are planned before the hosts start, so what each job finds does not depend on the order the jobs run in.
/// </summary>
internal sealed class InstanceRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Moment = RegularSlotRule.ToUtc(new DateOnly(2026, 12, 28), new TimeOnly(9, 0));

    /// <summary>Every scanner of the host; each run on start.</summary>
    public static readonly string[] Jobs = ["PlanMeetings", "AnnounceMeetings", "MeetingReminders", "ThematicReminders", "AssignAttendees", "Surveys", "Reports"];

    private const string Never = "0 0 0 1 1 ? 2099";

    private const string Units = """
        Mã đơn vị,Tên đơn vị,Loại,Mã cấp trên,Ngày họp,Giờ họp,Dời ngày nghỉ,Họp trực tuyến được duyệt
        DUK,Đảng ủy Khối các cơ quan,Đảng ủy cấp trên,,,,,
        CB1,Chi bộ Văn phòng,Chi bộ,DUK,28,14:00,có,không
        CB2,Chi bộ Tài chính,Chi bộ,DUK,30,08:00,có,không
        CB3,Chi bộ Xây dựng,Chi bộ,DUK,20,08:00,có,không
        """;

    private const string Members = """
        Mã đảng viên,Họ và tên,Mã đơn vị,Trạng thái,Từ ngày,Ngày vào Đảng,Chức vụ,Email,Entra Object Id,Phụ trách,Quản trị,Cấp ủy,Diện cấp ủy,Thường vụ
        DV01,Nguyễn Văn An,CB1,chính thức,,,bí thư,dv01@two.test,00000000-0000-4000-8000-000000000001,,,,,
        DV02,Trần Thị Bình,CB1,chính thức,,,,dv02@two.test,00000000-0000-4000-8000-000000000002,,,,,
        DV03,Lê Văn Cường,CB1,chính thức,,,,dv03@two.test,00000000-0000-4000-8000-000000000003,,DUK,,,
        DV04,Phạm Thị Dung,CB2,chính thức,,,bí thư,dv04@two.test,00000000-0000-4000-8000-000000000004,,,,,
        DV05,Hoàng Văn Em,CB2,chính thức,,,,dv05@two.test,00000000-0000-4000-8000-000000000005,,,,,
        DV06,Vũ Thị Giang,CB2,chính thức,,,,dv06@two.test,00000000-0000-4000-8000-000000000006,,,,,
        DV07,Đỗ Văn Hải,CB3,chính thức,,,bí thư,dv07@two.test,00000000-0000-4000-8000-000000000007,,,,,
        DV08,Bùi Thị Lan,CB3,chính thức,,,,dv08@two.test,00000000-0000-4000-8000-000000000008,CB1;CB2,,DUK,cấp ủy viên,
        DV09,Ngô Văn Minh,CB3,chính thức,,,,dv09@two.test,00000000-0000-4000-8000-000000000009,,,DUK,cấp ủy viên,có
        """;

    private readonly List<HostProcess> hosts = [];
    private readonly ServiceProvider storage;

    private InstanceRig(FakeChannel channel, string tables, string prefix, TimeSpan offset, ServiceProvider storage)
    {
        Channel = channel;
        Tables = tables;
        Prefix = prefix;
        Offset = offset;
        this.storage = storage;
    }

    public FakeChannel Channel { get; }
    public string Tables { get; }
    public string Prefix { get; }

    /// <summary>The hosts' <c>Testing:ClockOffset</c>: one for all, as machines share the time.</summary>
    public TimeSpan Offset { get; }

    /// <summary>The hosts' clock now.</summary>
    public DateTimeOffset Now => TimeProvider.System.GetUtcNow() + Offset;

    public T Service<T>() where T : notnull => storage.GetRequiredService<T>();

    public static string Aad(int member) => $"00000000-0000-4000-8000-{member:000000000000}";

    public static string ChatOf(string unitId) => $"19:{unitId.ToLowerInvariant()}@thread.v2";

    /// <summary>The organisation imported and linked, the meetings planned; no host yet.</summary>
    public static async Task<InstanceRig> CreateAsync(FakeChannel channel)
    {
        var tables = await SharedAzurite.GetConnectionStringAsync();
        var prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        var offset = Moment - TimeProvider.System.GetUtcNow();
        await ImportAsync(tables, prefix);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = tables,
            ["Storage:TablePrefix"] = prefix,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(new TestClock(offset));
        var rig = new InstanceRig(channel, tables, prefix, offset, services.AddPartyBotCore(configuration).BuildServiceProvider());
        await rig.LinkAsync();
        await rig.Service<MeetingPlanner>().PlanAsync(CancellationToken.None);
        return rig;
    }

    /// <summary>A host process on the rig's tables and clock; <paramref name="settings"/> win over the rig's.</summary>
    /// <param name="jobs">Whether the scanners run on start (a host for card clicks alone needs none).</param>
    public async Task<HostProcess> StartHostAsync(bool jobs = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            [TestClock.OffsetKey.Replace(":", "__", StringComparison.Ordinal)] = Offset.ToString("c", CultureInfo.InvariantCulture),
            ["MicrosoftAppId"] = TestActivities.BotAppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["BotFramework__OpenIdMetadataUrl"] = Channel.OpenIdMetadataUrl,
            ["BotFramework__ToChannelFromBotLoginUrl"] = Channel.LoginUrl,
            ["Jobs__RunOnStart"] = jobs ? string.Join(',', Jobs) : "",
            ["Jobs__AssignAttendees__Cron"] = Never,
            ["Jobs__Surveys__Cron"] = Never,
            ["Jobs__Reports__Cron"] = Never,
            // Each run's end in the log ("Job Surveys ran: succeeded"), to know when a host's jobs are done.
            ["Logging__LogLevel__PartyBot.Jobs.JobRunMetrics"] = "Debug",
            // Quick polls, and a lease as short as the host allows for an attempt long enough to hold a send through a kill.
            ["Outbox__Dispatcher__PollInterval"] = "00:00:00.200",
            ["Outbox__Dispatcher__MaxIdlePollInterval"] = "00:00:01",
            ["Outbox__Lease"] = "00:01:00",
            ["BotFramework__ConnectorAttemptTimeout"] = "00:00:20",
            ["BotFramework__ConnectorTotalTimeout"] = "00:00:25",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        var host = await HostProcess.StartAsync(Tables, Prefix, all);
        hosts.Add(host);
        return host;
    }

    /// <summary>Every job of every host has run (its log says so) and every outbox row is finished.</summary>
    public async Task WaitUntilSettledAsync(params HostProcess[] running)
    {
        IReadOnlyList<OutboxRow> rows = [];
        await WaitUntilAsync(async () =>
            running.All(h => Jobs.All(job => h.Output.Contains($"Job {job} ran: succeeded", StringComparison.Ordinal)))
            && (rows = await OutboxAsync()).All(r => r.Finished),
            () => $"The hosts did not settle at {Now:O}. Unfinished: {string.Join(", ", rows.Where(r => !r.Finished).Select(r => $"{r.Key} {r.Status} {r.Attempts} {r.Detail}"))}\n"
                + string.Join("\n----\n", running.Select(h => h.Output)));
    }

    /// <summary>Every outbox row, by key.</summary>
    public async Task<IReadOnlyList<OutboxRow>> OutboxAsync()
    {
        var rows = new List<OutboxRow>();
        await foreach (var row in new TableServiceClient(Tables).GetTableClient(Prefix + TableNames.Outbox).QueryAsync<TableEntity>())
        {
            rows.Add(new OutboxRow(row.GetString("Key"), row.GetString("Kind"), row.GetString("Status"), row.GetString("SentActivityId"), row.GetInt32("Attempts") ?? 0)
            {
                Detail = $"next {row.GetDateTimeOffset("NextAttemptAt"):O} by {row.GetString("LeasedBy")} last {row.GetString("LastAnswer")}",
            });
        }
        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The outbox key of every activity the fake connector took (posted, answered 200), through the id it gave the
    /// activity and the row that recorded it; a post no row recorded is "(no row)".
    /// </summary>
    public async Task<IReadOnlyList<string>> ShownKeysAsync()
    {
        var byActivity = (await OutboxAsync()).Where(r => r.SentActivityId is not null).ToDictionary(r => r.SentActivityId!, r => r.Key, StringComparer.Ordinal);
        return [.. Channel.Calls.Where(c => c.Accepted && c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal))
            .Select(c => c.AnsweredActivityId is { } id && byActivity.TryGetValue(id, out var key) ? key : "(no row)")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>A card click (Action.Execute) in the member's 1:1, signed as the channel signs it for the hosts' clock; returns the invoke's card.</summary>
    public async Task<string> ClickAsync(HostProcess host, int member, string verb, Dictionary<string, string> data)
    {
        var click = TestActivities.InvokeAdaptiveCardAction(verb, data, Aad(member), Channel.ServiceUrl);
        using var request = Channel.CreateActivityRequest(
            new Uri(host.Http.BaseAddress!, "api/messages"), click, TestActivities.BotAppId, new TokenOptions { Now = Now });
        using var response = await host.Http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{verb}: HTTP {(int)response.StatusCode} {content}\n{host.Output}");
        var answer = JsonDocument.Parse(content).RootElement;
        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        return answer.GetProperty("value").GetRawText();
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> failure, TimeSpan? timeout = null)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < (timeout ?? TimeSpan.FromMinutes(3)), failure());
            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }
        await storage.DisposeAsync();
    }

    /// <summary>The host's own <c>import</c> verb, as an office runs it.</summary>
    private static async Task ImportAsync(string tables, string prefix)
    {
        var folder = Directory.CreateTempSubdirectory("partybot-two-instances-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "units.csv"), Units + "\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "members.csv"), Members + "\n");
            var import = await ToolProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "PartyBot.Bot.dll"), "import", folder],
                workingDirectory: AppContext.BaseDirectory,
                environment: new Dictionary<string, string?>
                {
                    ["DOTNET_ENVIRONMENT"] = "Development",
                    ["ConnectionStrings__Tables"] = tables,
                    ["Storage__TablePrefix"] = prefix,
                });
            Assert.True(import.ExitCode == 0, import.All);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What <c>liên kết chi bộ</c> and each member's first message would have stored.</summary>
    private async Task LinkAsync()
    {
        var conversations = Service<ConversationStore>();
        var organization = Service<OrganizationStore>();
        foreach (var cell in (await organization.LoadTreeAsync(CancellationToken.None)).Units.Where(u => u.IsCell))
        {
            await organization.LinkConversationAsync(cell.Id, ChatOf(cell.Id), CancellationToken.None);
            await conversations.SaveConversationAsync(new ConversationAddress(
                ChatOf(cell.Id), ConversationTypes.GroupChat, Channel.ServiceUrl, "msteams", TestActivities.BotId, TestActivities.BotName,
                TestActivities.TenantId, null, cell.Name), CancellationToken.None);
        }
        for (var member = 1; member <= 9; member++)
        {
            await conversations.SaveUserAsync(new UserAddress(
                Aad(member), TestActivities.UserId(Aad(member)), null, Channel.ServiceUrl, "msteams", TestActivities.BotId, TestActivities.TenantId,
                TestActivities.PersonalConversationId(Aad(member))), CancellationToken.None);
        }
    }
}

/// <summary>One outbox row as the tests compare it.</summary>
internal sealed record OutboxRow(string Key, string Kind, string Status, string? SentActivityId, int Attempts)
{
    public bool Finished => Status is not ("Pending" or "Leased");

    /// <summary>The rest of the row, for a failure's message.</summary>
    public string Detail { get; init; } = "";
}
