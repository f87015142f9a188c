using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Tests.Support;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

/// <summary>Metadata and keys: cached for 24 h, one refresh on an unknown kid (rate-limited), clock from TimeProvider.</summary>
public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private FakeChannel _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _bot = await BotHost.StartAsync(BotHost.AuthenticatedSettings(_channel), services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Post_ManyRequests_FetchesMetadataOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync());
        }

        Assert.Equal(1, _channel.MetadataRequests);
    }

    [Fact]
    public async Task Post_KeyRotatedIn_RefreshesOnceAndAccepts()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        var rotated = _channel.PublishKey();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(new TokenOptions { KeyId = rotated, Now = _clock.GetUtcNow() }));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(new TokenOptions { KeyId = rotated, Now = _clock.GetUtcNow() }));

        Assert.Equal(2, _channel.MetadataRequests);
        Assert.Equal(3, _bot.Turns.Activities.Count);
    }

    [Fact]
    public async Task Post_UnknownKids_RefreshAtMostOncePerInterval()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(TokenOptions.UnknownKey with { Now = _clock.GetUtcNow() }));
        }

        Assert.Equal(2, _channel.MetadataRequests);
        Assert.Empty(_bot.Turns.Activities);

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(TokenOptions.UnknownKey with { Now = _clock.GetUtcNow() }));
        Assert.Equal(3, _channel.MetadataRequests);
    }

    [Fact]
    public async Task Post_After24Hours_RefreshesMetadata()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        _clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(HttpStatusCode.OK, await PostAsync());
        Assert.Equal(1, _channel.MetadataRequests);

        _clock.Advance(TimeSpan.FromHours(2));
        // Also proves the lifetime check reads the TimeProvider: by the real clock this token is not valid for 25 hours.
        Assert.Equal(HttpStatusCode.OK, await PostAsync());

        Assert.Equal(2, _channel.MetadataRequests);
    }

    [Fact]
    public async Task Post_TokenExpiredByTheInjectedClock_Returns401()
    {
        _clock.Advance(TimeSpan.FromHours(2));

        // Valid by the real clock for an hour; expired an hour ago by the bot's clock.
        var status = await PostAsync(new TokenOptions());

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(_bot.Turns.Activities);
    }

    private async Task<HttpStatusCode> PostAsync(TokenOptions? options = null)
    {
        var activity = TestActivities.Message("hi", "aad-user-1", ConversationTypes.Personal, _channel.ServiceUrl);
        using var response = await _bot.PostAsync(_channel, activity, TestActivities.BotAppId, options ?? new TokenOptions { Now = _clock.GetUtcNow() });
        return response.StatusCode;
    }
}
