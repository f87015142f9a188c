using System.Net;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_StorageAnswers_Is200_ThenStorageStops_Is503()
    {
        await using var channel = await FakeChannel.StartAsync();
        var azurite = await AzuriteServer.StartAsync();
        await using var host = await BotHost.StartAsync(channel, tablesConnection: azurite.ConnectionString);

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/healthz")).StatusCode);

        await azurite.DisposeAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Http.GetAsync("/healthz")).StatusCode);
    }
}
