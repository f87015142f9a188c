using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Authentication;
using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Tests.Support;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

/// <summary>
/// <c>BotFramework:ToChannelFromBotLoginUrl</c> and <c>ToChannelFromBotOAuthScope</c>: public-cloud defaults, validated
/// like the metadata URL, and an http loopback authority served by the client-credentials POST (MSAL refuses http).
/// </summary>
public sealed class OutboundTokenSettingsTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public void Options_NotSet_PublicCloudAuthorityAndScope()
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret" });

        Assert.Equal("https://login.microsoftonline.com/botframework.com", MsalBotTokenProvider.GetAuthority(options));
        Assert.Equal("https://api.botframework.com/.default", MsalBotTokenProvider.GetScope(options));
        Assert.Equal("https://api.botframework.com", MsalBotTokenProvider.GetResource(options));
    }

    [Fact]
    public void Options_SovereignCloud_AuthorityAndScopeAsConfigured()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "c0ffee00-0000-4000-8000-000000000001",
            ["BotFramework:ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.us/c0ffee00-0000-4000-8000-000000000001",
            ["BotFramework:ToChannelFromBotOAuthScope"] = "https://api.botframework.us",
        });

        Assert.Equal("https://login.microsoftonline.us/c0ffee00-0000-4000-8000-000000000001", MsalBotTokenProvider.GetAuthority(options));
        Assert.Equal("https://api.botframework.us/.default", MsalBotTokenProvider.GetScope(options));
    }

    [Theory]
    [InlineData("BotFramework:ToChannelFromBotLoginUrl", "http://10.1.2.3/botframework.com")]
    [InlineData("BotFramework:ToChannelFromBotLoginUrl", "not a url")]
    [InlineData("BotFramework:ToChannelFromBotOAuthScope", "not a scope")]
    public void Options_BadSetting_FailsWithItsName(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_HttpLoginUrlOnLoopback_IsAccepted() =>
        Assert.Equal(_channel.LoginUrl, Resolve(new() { ["BotFramework:ToChannelFromBotLoginUrl"] = _channel.LoginUrl }).ToChannelFromBotLoginUrl);

    [Fact]
    public async Task Send_LoopbackLoginUrl_PostsClientCredentialsOnceAndSendsTheIssuedToken()
    {
        await using var connector = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestActivities.BotAppId,
            ["MicrosoftAppPassword"] = BotHost.AppPassword,
            ["BotFramework:ToChannelFromBotLoginUrl"] = _channel.LoginUrl,
            ["BotFramework:ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        });

        await connector.Client.SendToConversationAsync(_channel.ServiceUrl, "a:1", Activity.CreateMessage("một"), default);
        await connector.Client.SendToConversationAsync(_channel.ServiceUrl, "a:1", Activity.CreateMessage("hai"), default);

        var request = Assert.Single(_channel.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(TestActivities.BotAppId, request["client_id"]);
        Assert.Equal(BotHost.AppPassword, request["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
        Assert.All(_channel.Calls, call => Assert.Equal("Bearer " + FakeChannel.IssuedBotToken, call.Authorization));
        Assert.Equal(2, _channel.Calls.Count);
    }

    private static BotFrameworkOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddDevelopmentEnvironment().AddBotFramework(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    }
}
