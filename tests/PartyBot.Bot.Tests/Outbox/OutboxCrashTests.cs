using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.BotFramework.Schema;
using PartyBot.Bot.Tests.Turns;
using PartyBot.Core;
using PartyBot.Core.Outbox;
using PartyBot.Core.Storage;
using PartyBot.Testing;
using Xunit.Abstractions;
using Activity = PartyBot.BotFramework.Schema.Activity;

namespace PartyBot.Bot.Tests.Outbox;

/// <summary>
/// Issue 11, item 7: the real host (a process of its own, its dispatcher on) killed with SIGKILL in the middle of a
/// delivery, then started again. A clean run delivers every row once; this one must deliver the same set: nothing lost,
/// and a row shown twice only when its attempt was cut by the kill (its lease ran out, the next host sent it again).
/// </summary>
public sealed class OutboxCrashTests(ITestOutputHelper output)
{
    private const int Messages = 120;
    private const int Conversations = 30;

    /// <summary>Default pacing; short leases and polls so the next host takes over the killed one's rows within seconds.</summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Outbox__Lease"] = "00:00:05",
        ["BotFramework__ConnectorAttemptTimeout"] = "00:00:01",
        ["Outbox__Dispatcher__PollInterval"] = "00:00:00.200",
        ["Outbox__Dispatcher__MaxIdlePollInterval"] = "00:00:01",
    };

    [Fact]
    public async Task Dispatcher_HostKilledMidRunThenStartedAgain_DeliversEveryRow_TwiceOnlyIfItsAttemptWasCut()
    {
        await using var channel = await FakeChannel.StartAsync();
        channel.EnforceTeamsLimits();
        var tables = await SharedAzurite.GetConnectionStringAsync();
        var prefix = "x" + Guid.NewGuid().ToString("N")[..12];
        await using var storage = await StorageAsync(tables, prefix);
        var store = storage.GetRequiredService<OutboxStore>();
        var keys = Enumerable.Range(0, Messages).Select(i => $"m{i:D3}").ToList();
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            var target = new OutboxTarget(channel.ServiceUrl, $"19:c{i % Conversations}@thread.v2", "tenant-1");
            var activity = System.Text.Json.JsonSerializer.Serialize(Activity.CreateMessage(key), BotJson.Options);
            await store.EnqueueAsync(new OutboxMessage(key, "test", target, activity, TimeProvider.System.GetUtcNow()), CancellationToken.None);
        }

        int shownAtKill;
        await using (var first = await HostProcess.StartAsync(tables, prefix, Settings))
        {
            await WaitUntilAsync(() => Shown(channel).Count >= 30, TimeSpan.FromSeconds(60), "The first host delivered nothing.");
            await first.KillAsync();
            shownAtKill = Shown(channel).Count;
        }
        Assert.True(shownAtKill < Messages, $"The kill came after the run ({shownAtKill} shown).");

        await using (await HostProcess.StartAsync(tables, prefix, Settings))
        {
            await WaitUntilAsync(() => Shown(channel).Distinct().Count() == Messages, TimeSpan.FromSeconds(60), "The second host did not deliver the rest.");
            await Task.Delay(500); // a last answer's row write
        }

        var shown = Shown(channel).GroupBy(text => text).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(keys, shown.Keys.Order(StringComparer.Ordinal));
        var twice = shown.Where(s => s.Value > 1).Select(s => s.Key).ToList();
        foreach (var key in twice)
        {
            var row = (await store.FindAsync(key, CancellationToken.None))!;
            Assert.True(row.Attempts >= 2, $"{key} was shown {shown[key]} times but attempted {row.Attempts} times.");
        }
        output.WriteLine($"killed after {shownAtKill} of {Messages} shown; shown twice (attempt cut by the kill): {twice.Count}; 429s: {channel.LimitRejections}");
        Assert.Equal(0, channel.LimitRejections);
    }

    private static List<string?> Shown(FakeChannel channel) =>
        [.. channel.Calls.Where(c => c.Method == "POST" && c.Accepted && c.Path.EndsWith("/activities", StringComparison.Ordinal))
            .Select(c => c.Body?.GetProperty("text").GetString())];

    private static async Task<ServiceProvider> StorageAsync(string tables, string prefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = tables,
            ["Storage:TablePrefix"] = prefix,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPartyBotCore(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<TableStore>().CreateTablesAsync(CancellationToken.None);
        return provider;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < timeout, failure);
            await Task.Delay(50);
        }
    }
}
