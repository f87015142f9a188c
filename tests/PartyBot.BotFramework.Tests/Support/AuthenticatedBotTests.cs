using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests.Support;

/// <summary>Tests against a bot host that has an app id, so every request needs the fake channel's token.</summary>
public abstract class AuthenticatedBotTests : IAsyncLifetime
{
    protected FakeChannel Channel { get; private set; } = null!;
    protected BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        Bot = await BotHost.StartAsync(BotHost.AuthenticatedSettings(Channel));
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
