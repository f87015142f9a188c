using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Authentication;

namespace PartyBot.BotFramework.Tests;

public sealed class TokenProviderTests
{
    [Fact]
    public async Task GetToken_NoAppId_ReturnsNull()
    {
        var provider = new MsalBotTokenProvider(Options.Create(new BotFrameworkOptions()), NullLogger<MsalBotTokenProvider>.Instance);

        Assert.Null(await provider.GetTokenAsync(default));
    }

    [Theory]
    [InlineData(BotAppType.MultiTenant, null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData(BotAppType.SingleTenant, "c0ffee00-0000-4000-8000-000000000001", "https://login.microsoftonline.com/c0ffee00-0000-4000-8000-000000000001")]
    public void GetAuthority_AppType_FollowsProtocol(BotAppType type, string? tenant, string expected) =>
        Assert.Equal(expected, MsalBotTokenProvider.GetAuthority(new BotFrameworkOptions { MicrosoftAppType = type, MicrosoftAppTenantId = tenant }));
}
