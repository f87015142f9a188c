using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using PartyBot.Bot.Tests.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Testing;

namespace PartyBot.Bot.Tests.Deployment;

/// <summary>
/// The host as infra/docker/Dockerfile ships it: <c>dotnet publish</c> of what the test build already compiled
/// (--no-build, seconds), started from the publish folder in Production on loopback against Azurite, as on Azure
/// Container Apps (a user-assigned managed identity gives the outbound token).
/// </summary>
public sealed class PublishedHostTests : IClassFixture<PublishedHostTests.PublishFolder>
{
    private readonly PublishFolder publish;

    public PublishedHostTests(PublishFolder publish) => this.publish = publish;

    [Fact]
    public async Task Published_InProduction_HealthyAndAnswersASignedTurnWithTheManagedIdentitysToken()
    {
        await using var channel = await FakeChannel.StartAsync();
        var settings = new Dictionary<string, string>(channel.ManagedIdentityEnvironment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = TestActivities.BotAppId,
            ["BotFramework__OpenIdMetadataUrl"] = channel.OpenIdMetadataUrl,
            ["Surveys__BallotKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Downloads__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        await using var host = await HostProcess.StartAsync(
            await SharedAzurite.GetConnectionStringAsync(), Prefix(), settings, publish.Path);

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("healthz/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("healthz/ready")).StatusCode);
        var probe = DockerfileTests.HealthCheckCommand.Select(a => a.Replace("127.0.0.1/8080", $"127.0.0.1/{host.Http.BaseAddress!.Port}", StringComparison.Ordinal)).ToList();
        var healthCheck = await ToolProcess.RunAsync(probe[0], probe.Skip(1), timeout: TimeSpan.FromSeconds(30));
        Assert.True(healthCheck.ExitCode == 0, "The Dockerfile's HEALTHCHECK failed: " + healthCheck.All);
        var activity = TestActivities.Message("trợ giúp", "aad-published-host", ConversationTypes.Personal, channel.ServiceUrl);
        using var unsigned = await host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        using var signed = await host.Http.SendAsync(channel.CreateActivityRequest(new Uri(host.Http.BaseAddress!, "api/messages"), activity, TestActivities.BotAppId));
        Assert.True(signed.IsSuccessStatusCode, $"{signed.StatusCode}\n{host.Output}");

        var reply = await channel.WaitForCallAsync(c => c.IsActivityPost());
        Assert.Equal("Bearer " + FakeChannel.ManagedIdentityToken, reply.Authorization);
        Assert.Contains("trợ giúp", reply.CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_SeedDemo_FindsTheShippedDemoOutsideTheRepository()
    {
        var result = await ToolProcess.RunAsync("dotnet", [System.IO.Path.Combine(publish.Path, "PartyBot.Bot.dll"), "seed-demo"], workingDirectory: publish.Path,
            environment: new Dictionary<string, string?>
            {
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Tables"] = await SharedAzurite.GetConnectionStringAsync(),
                ["Storage__TablePrefix"] = Prefix(),
            });

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains(System.IO.Path.Combine(publish.Path, "demo"), result.Output, StringComparison.Ordinal);
    }

    private static string Prefix() => "p" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>One publish for the class, into a temporary folder outside the repository, removed at the end.</summary>
    public sealed class PublishFolder : IAsyncLifetime
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"partybot-publish-{Guid.NewGuid():N}");

        public async Task InitializeAsync()
        {
            var configuration = typeof(PublishedHostTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var project = System.IO.Path.Combine(RepoPaths.Root, "bot", "PartyBot.Bot", "PartyBot.Bot.csproj");
            var result = await ToolProcess.RunAsync(
                "dotnet", ["publish", project, "--no-build", "--no-restore", "-c", configuration, "-o", Path, "-nologo"], timeout: TimeSpan.FromMinutes(3));
            Assert.True(result.ExitCode == 0, result.All);
            Assert.True(File.Exists(System.IO.Path.Combine(Path, "demo", "units.csv")), "The demo organisation is not in the publish folder.");
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Path, recursive: true);
            return Task.CompletedTask;
        }
    }
}
