using Microsoft.Extensions.Logging;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Logging;

/// <summary>
/// The bot's log says what matters: starting, and a connector call that succeeds, leave no line of the scheduler, HTTP
/// or resilience libraries (their warnings and errors still show).
/// </summary>
public sealed class LogLevelTests
{
    private static readonly string[] LibraryCategories = ["Polly", "Microsoft.Extensions.Http", "System.Net.Http.HttpClient", "Quartz"];

    [Fact]
    public async Task StartAndReply_ConnectorAnswers200_NoLibraryLinesBelowWarning()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var host = await BotHost.StartAsync(channel, withAppId: false);

        await host.PostAsync(TestActivities.Message("trợ giúp", "aad-member-1", "personal", channel.ServiceUrl));

        Assert.Single(channel.Calls, c => c.IsActivityPost());
        var noise = host.Logs.Entries.Where(e => e.Level < LogLevel.Warning && LibraryCategories.Any(c => e.Category.StartsWith(c, StringComparison.Ordinal))).ToList();
        Assert.True(noise.Count == 0, string.Join('\n', noise.Select(e => $"{e.Category} {e.Level}: {e.Message}")));
    }
}
