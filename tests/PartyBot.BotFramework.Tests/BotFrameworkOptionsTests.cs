using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Tests.Support;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

/// <summary>Settings are read from the Bot Framework keys and checked when the host starts.</summary>
public sealed class BotFrameworkOptionsTests
{
    [Fact]
    public async Task StartHost_HttpMetadataUrlOnRemoteHost_FailsAtStart()
    {
        var settings = new Dictionary<string, string?> { ["BotFramework:OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration" };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LoopbackHost.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Services.AddBotFramework(builder.Configuration);
            },
            app => app.MapBotFramework()));

        Assert.Contains("OpenIdMetadataUrl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task StartHost_NoAppIdOutsideDevelopment_FailsAtStartNamingTheRule(string environment)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LoopbackHost.StartAsync(
            builder => builder.Services.AddBotFramework(builder.Configuration),
            app => app.MapBotFramework(),
            environment));

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Development", error.Message, StringComparison.Ordinal);
        Assert.Contains(environment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartHost_NoAppIdInDevelopment_Starts()
    {
        await using var host = await LoopbackHost.StartAsync(
            builder => builder.Services.AddBotFramework(builder.Configuration),
            app => app.MapBotFramework(),
            Environments.Development);

        Assert.False(host.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.HasAppId);
    }

    [Fact]
    public void Options_NoAppIdAndNoHostEnvironment_Fails()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_NoConfiguration_PublicCloudDefaultsInLocalMode()
    {
        var options = Resolve([]);

        Assert.False(options.HasAppId);
        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal(["https://api.botframework.com"], options.ValidIssuers);
        Assert.Equal(TimeSpan.FromSeconds(60), options.ConnectorTotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), options.ConnectorAttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.ConnectorRetryBaseDelay);
    }

    [Fact]
    public void Options_RootKeysAndSection_AreRead()
    {
        var options = Resolve(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppTenantId"] = "tenant",
            ["BotFramework:OpenIdMetadataUrl"] = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
            ["BotFramework:ValidIssuers:0"] = "https://api.botframework.us",
            ["BotFramework:ConnectorTotalTimeout"] = "00:00:30",
        });

        Assert.True(options.HasAppId);
        Assert.Equal(BotAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal("tenant", options.MicrosoftAppTenantId);
        Assert.Equal(["https://api.botframework.us"], options.ValidIssuers);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ConnectorTotalTimeout);
    }

    [Fact]
    public void Options_EmptyAppId_IsLocalMode()
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });

        Assert.False(options.HasAppId);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://localhost:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://[::1]:5000/v1/.well-known/openidconfiguration")]
    public void Options_HttpMetadataUrlOnLoopback_IsAccepted(string url) =>
        Assert.Equal(url, Resolve(new() { ["BotFramework:OpenIdMetadataUrl"] = url }).OpenIdMetadataUrl);

    [Theory]
    [InlineData("OpenIdMetadataUrl", "BotFramework:OpenIdMetadataUrl", "http://10.1.2.3/v1/.well-known/openidconfiguration")]
    [InlineData("OpenIdMetadataUrl", "BotFramework:OpenIdMetadataUrl", "not a url")]
    [InlineData("MicrosoftAppTenantId", "MicrosoftAppType", "SingleTenant")]
    [InlineData("MicrosoftAppPassword", "MicrosoftAppId", "app-without-password")]
    [InlineData("UserAssignedMSI", "MicrosoftAppType", "UserAssignedMSI")]
    [InlineData("ConnectorAttemptTimeout", "BotFramework:ConnectorAttemptTimeout", "00:02:00")]
    [InlineData("ConnectorTotalTimeout", "BotFramework:ConnectorTotalTimeout", "00:00:00")]
    public void Options_BadSetting_FailsWithItsName(string expected, string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_UserAssignedMsiWithAppIdAndNoPassword_IsValid()
    {
        var options = Resolve(new() { ["MicrosoftAppId"] = "client-id", ["MicrosoftAppType"] = "UserAssignedMSI" });

        Assert.Equal(BotAppType.UserAssignedMSI, options.MicrosoftAppType);
    }

    [Fact]
    public void Options_UnknownAppType_Fails() =>
        Assert.ThrowsAny<InvalidOperationException>(() => Resolve(new() { ["MicrosoftAppType"] = "Federated" }));

    [Fact]
    public void AddBotFramework_CalledTwice_RegistersOnce()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddBotFramework(configuration);
        var count = services.Count;

        services.AddBotFramework(configuration);

        Assert.Equal(count, services.Count);
    }

    private static BotFrameworkOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddDevelopmentEnvironment().AddBotFramework(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    }
}
