using System.Net;
using System.Net.Http.Headers;
using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Tests.Support;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

/// <summary>protocol.md §1 with an app id: every request carries a valid channel token, or 401 and no turn.</summary>
public sealed class InboundAuthenticationTests : AuthenticatedBotTests
{
    [Fact]
    public async Task Post_ValidToken_Returns200AndRunsHandler()
    {
        var activity = Message();

        using var response = await Bot.PostAsync(Channel, activity, TestActivities.BotAppId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(Bot.Logs.Entries, e => e.Message.Contains("rejected", StringComparison.Ordinal));
        Assert.Equal(activity.Id, Assert.Single(Bot.Turns.Activities).Id);
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Returns401AndSkipsHandler()
    {
        using var response = await Bot.PostAsync(Channel, Message(), audience: null);

        AssertRejected(response);
    }

    [Theory]
    [InlineData("alg none", "not signed with RS256")]
    [InlineData("HS256 with the published kid", "not signed with RS256")]
    [InlineData("RS384", "not signed with RS256")]
    [InlineData("expired beyond the skew", "InvalidLifetime")]
    [InlineData("not yet valid beyond the skew", "InvalidLifetime")]
    [InlineData("wrong issuer", "InvalidIssuer")]
    [InlineData("unknown key", "key is not published")]
    [InlineData("key not endorsed for the channel", "not endorsed")]
    [InlineData("serviceurl mismatch", "serviceurl claim")]
    public async Task Post_SpoiledToken_Returns401ForThatReasonAndSkipsHandler(string spoil, string reason)
    {
        var options = spoil switch
        {
            "alg none" => TokenOptions.AlgorithmNone,
            "HS256 with the published kid" => TokenOptions.Hs256,
            "RS384" => new TokenOptions { Algorithm = "RS384" },
            "expired beyond the skew" => TokenOptions.Expired(TimeSpan.FromMinutes(6)),
            "not yet valid beyond the skew" => TokenOptions.NotYetValid(TimeSpan.FromMinutes(6)),
            "wrong issuer" => TokenOptions.WrongIssuer,
            "unknown key" => TokenOptions.UnknownKey,
            "key not endorsed for the channel" => TokenOptions.KeyNotEndorsed,
            "serviceurl mismatch" => TokenOptions.OtherServiceUrl,
            _ => throw new ArgumentOutOfRangeException(nameof(spoil)),
        };

        using var response = await Bot.PostAsync(Channel, Message(), TestActivities.BotAppId, options);

        AssertRejected(response, reason);
    }

    [Fact]
    public async Task Post_WrongAudience_Returns401AndSkipsHandler()
    {
        using var response = await Bot.PostAsync(Channel, Message(), "another-bots-app-id");

        AssertRejected(response, "InvalidAudience");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30")]
    public async Task Post_GarbageToken_Returns401AndSkipsHandler(string token)
    {
        using var request = Channel.CreateActivityRequest(Bot.Endpoint, Message(), audience: null);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Bot.Client.SendAsync(request);

        AssertRejected(response, "not a JWT");
    }

    [Fact]
    public async Task Post_TokenUnderAnotherScheme_Returns401AndSkipsHandler()
    {
        using var request = Channel.CreateActivityRequest(Bot.Endpoint, Message(), audience: null);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Channel.CreateToken(TestActivities.BotAppId, Channel.ServiceUrl));

        using var response = await Bot.Client.SendAsync(request);

        AssertRejected(response);
    }

    [Fact]
    public async Task Post_ActivityFromChannelTheKeyIsNotEndorsedFor_Returns401()
    {
        var activity = Message();
        activity.ChannelId = "slack";
        using var request = Channel.CreateActivityRequest(Bot.Endpoint, activity, audience: null);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Channel.CreateToken(TestActivities.BotAppId, Channel.ServiceUrl));

        using var response = await Bot.Client.SendAsync(request);

        AssertRejected(response, "not endorsed");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-3)]
    public async Task Post_LifetimeOffByLessThanTheSkew_Returns200(int minutes)
    {
        var options = minutes > 0
            ? TokenOptions.NotYetValid(TimeSpan.FromMinutes(minutes))
            : TokenOptions.Expired(TimeSpan.FromMinutes(-minutes));

        using var response = await Bot.PostAsync(Channel, Message(), TestActivities.BotAppId, options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Bot.Turns.Activities);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersOnlyByTrailingSlashAndCase_Returns200()
    {
        var options = new TokenOptions { ServiceUrlClaim = Channel.ServiceUrl.TrimEnd('/').ToUpperInvariant() };

        using var response = await Bot.PostAsync(Channel, Message(), TestActivities.BotAppId, options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_RejectedToken_LogsReasonWithoutToken()
    {
        using var request = Channel.CreateActivityRequest(Bot.Endpoint, Message(), TestActivities.BotAppId, TokenOptions.Expired(TimeSpan.FromHours(1)));
        var token = request.Headers.Authorization!.Parameter!;

        using var response = await Bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(Bot.Logs.Entries, e => e.Message.Contains("token rejected", StringComparison.Ordinal));
        Assert.DoesNotContain(Bot.Logs.Entries, e => e.Message.Contains(token, StringComparison.Ordinal) || e.Message.Contains(token[..20], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_MetadataUnreachable_Returns401AndSkipsHandler()
    {
        var settings = BotHost.AuthenticatedSettings(Channel);
        settings["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:1/v1/.well-known/openidconfiguration";
        await using var bot = await BotHost.StartAsync(settings);

        using var response = await bot.PostAsync(Channel, Message(), TestActivities.BotAppId);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns.Activities);
    }

    private Activity Message() => TestActivities.Message("xin chào", "aad-user-1", ConversationTypes.Personal, Channel.ServiceUrl);

    private void AssertRejected(HttpResponseMessage response, string? reason = null)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Bot.Turns.Activities);
        if (reason is not null)
        {
            Assert.Contains(Bot.Logs.Entries, e => e.Message.Contains("token rejected", StringComparison.Ordinal) && e.Message.Contains(reason, StringComparison.Ordinal));
        }
    }
}
