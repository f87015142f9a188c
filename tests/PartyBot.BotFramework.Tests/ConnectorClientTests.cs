using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyBot.BotFramework.Authentication;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Tests.Support;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

/// <summary>protocol.md §2 against the fake connector: methods, paths, escaping, bodies, answers, tokens.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1700000000000";
    private const string EscapedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000";
    private const string ActivityId = "1:fake=activity;1";
    private const string EscapedActivityId = "1%3Afake%3Dactivity%3B1";

    private FakeChannel _channel = null!;
    private ConnectorHarness _connector = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _connector = ConnectorHarness.Create();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private IConnectorClient Client => _connector.Client;

    [Fact]
    public async Task SendToConversation_PostsActivityToEscapedPath()
    {
        var result = await Client.SendToConversationAsync(_channel.ServiceUrl, ConversationId, Activity.CreateMessage("Họp chi bộ"), default);

        var call = Assert.Single(_channel.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/connector/v3/conversations/{EscapedConversationId}/activities", call.RawPath);
        Assert.Equal($"/connector/v3/conversations/{ConversationId}/activities", call.Path);
        Assert.Equal("message", call.Body!.Value.GetProperty("type").GetString());
        Assert.Equal("Họp chi bộ", call.Body.Value.GetProperty("text").GetString());
        Assert.False(call.Body.Value.TryGetProperty("id", out _), "nulls are not sent");
        Assert.StartsWith("1:fake-activity-", result.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToConversation_ServiceUrlWithoutTrailingSlash_UsesSamePath()
    {
        await Client.SendToConversationAsync(_channel.ServiceUrl.TrimEnd('/'), ConversationId, Activity.CreateMessage("x"), default);

        Assert.Equal($"/connector/v3/conversations/{EscapedConversationId}/activities", Assert.Single(_channel.Calls).RawPath);
    }

    [Fact]
    public async Task ReplyToActivity_PostsToActivityPath()
    {
        var reply = Activity.CreateMessage("trả lời");
        reply.ReplyToId = ActivityId;

        var result = await Client.ReplyToActivityAsync(_channel.ServiceUrl, ConversationId, ActivityId, reply, default);

        var call = Assert.Single(_channel.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/connector/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", call.RawPath);
        Assert.Equal(ActivityId, call.Body!.Value.GetProperty("replyToId").GetString());
        Assert.NotNull(result.Id);
    }

    [Fact]
    public async Task UpdateActivity_PutsToActivityPath()
    {
        var card = Activity.CreateMessage();
        card.Attachments = [Attachment.AdaptiveCardAttachment(new { type = "AdaptiveCard", version = "1.5" })];

        var result = await Client.UpdateActivityAsync(_channel.ServiceUrl, ConversationId, ActivityId, card, default);

        var call = Assert.Single(_channel.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.Equal($"/connector/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", call.RawPath);
        var attachment = call.Body!.Value.GetProperty("attachments")[0];
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.GetProperty("contentType").GetString());
        Assert.Equal("1.5", attachment.GetProperty("content").GetProperty("version").GetString());
        Assert.Equal(ActivityId, result.Id);
    }

    [Fact]
    public async Task DeleteActivity_DeletesActivityPath()
    {
        await Client.DeleteActivityAsync(_channel.ServiceUrl, ConversationId, ActivityId, default);

        var call = Assert.Single(_channel.Calls);
        Assert.Equal("DELETE", call.Method);
        Assert.Equal($"/connector/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", call.RawPath);
        Assert.Null(call.Body);
        Assert.Equal(200, call.AnsweredStatus);
    }

    [Fact]
    public async Task CreateConversation_PostsParametersAndReturnsId()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = TestActivities.Bot(),
            Members = [new ChannelAccount { Id = "29:user-1" }],
            TenantId = TestActivities.TenantId,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TestActivities.TenantId } }),
        };

        var result = await Client.CreateConversationAsync(_channel.ServiceUrl, parameters, default);

        var call = Assert.Single(_channel.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/connector/v3/conversations", call.RawPath);
        var body = call.Body!.Value;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal(TestActivities.BotId, body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-1", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(TestActivities.TenantId, body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("a:fake-29:user-1", result.Id);
    }

    [Fact]
    public async Task GetPagedMembers_FollowsContinuationToken()
    {
        for (var i = 1; i <= 3; i++)
        {
            _channel.AddMember(new ChannelAccount { Id = $"29:u{i}", Name = $"Đảng viên {i}", ObjectId = $"aad-{i}" });
        }

        var first = await Client.GetPagedMembersAsync(_channel.ServiceUrl, ConversationId, 2, null, default);
        var second = await Client.GetPagedMembersAsync(_channel.ServiceUrl, ConversationId, 2, first.ContinuationToken, default);

        Assert.Equal(["29:u1", "29:u2"], first.Members.Select(m => m.Id));
        Assert.Equal(["aad-3"], second.Members.Select(m => m.EntraObjectId));
        Assert.Null(second.ContinuationToken);
        Assert.Equal($"/connector/v3/conversations/{EscapedConversationId}/pagedmembers", _channel.Calls[0].RawPath);
        Assert.Equal("pageSize=2", _channel.Calls[0].Query);
        Assert.Equal($"pageSize=2&continuationToken={first.ContinuationToken}", _channel.Calls[1].Query);
    }

    [Fact]
    public async Task GetPagedMembers_ContinuationTokenIsEscaped()
    {
        await Client.GetPagedMembersAsync(_channel.ServiceUrl, ConversationId, 100, "a+b/c=&d", default);

        Assert.Equal("pageSize=100&continuationToken=a%2Bb%2Fc%3D%26d", Assert.Single(_channel.Calls).Query);
    }

    [Fact]
    public async Task GetConversationMember_KnownUser_ReturnsTeamsFields()
    {
        _channel.AddMember(new ChannelAccount
        {
            Id = "29:u1", Name = "Nguyễn Văn A", ObjectId = "aad-1", Email = "a@contoso.vn", UserPrincipalName = "a@contoso.vn",
        });

        var member = await Client.GetConversationMemberAsync(_channel.ServiceUrl, ConversationId, "29:u1", default);

        Assert.Equal("aad-1", member.EntraObjectId);
        Assert.Equal("a@contoso.vn", member.Email);
        Assert.Equal("a@contoso.vn", member.UserPrincipalName);
        Assert.Equal($"/connector/v3/conversations/{EscapedConversationId}/members/29%3Au1", Assert.Single(_channel.Calls).RawPath);
    }

    [Fact]
    public async Task GetConversationMember_UnknownUser_ThrowsNotFoundWithoutRetry()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client.GetConversationMemberAsync(_channel.ServiceUrl, ConversationId, "29:nobody", default));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("MemberNotFoundInConversation", error.ErrorCode);
        Assert.False(error.IsUserUnreachable);
        Assert.Single(_channel.Calls);
    }

    [Fact]
    public async Task AnyCall_NoAppId_SendsNoAuthorization()
    {
        await Client.SendToConversationAsync(_channel.ServiceUrl, ConversationId, Activity.CreateMessage("x"), default);

        Assert.Null(Assert.Single(_channel.Calls).Authorization);
    }

    [Fact]
    public async Task AnyCall_TokenProvided_SendsBearerOnEveryAttempt()
    {
        await using var connector = ConnectorHarness.Create(configure: services => services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider("t0ken")));
        _channel.EnqueueFailure(503);

        await connector.Client.SendToConversationAsync(_channel.ServiceUrl, ConversationId, Activity.CreateMessage("x"), default);

        Assert.All(_channel.Calls, call => Assert.Equal("Bearer t0ken", call.Authorization));
        Assert.Equal(2, _channel.Calls.Count);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/connector/")]
    [InlineData("/connector/")]
    public async Task SendToConversation_InvalidServiceUrl_ThrowsArgumentException(string serviceUrl) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Client.SendToConversationAsync(serviceUrl, ConversationId, Activity.CreateMessage("x"), default));

    [Fact]
    public void ReadErrorCode_ConnectorErrorBody_ReturnsCode()
    {
        Assert.Equal("BadSyntax", ConnectorClient.ReadErrorCode("""{"error":{"code":"BadSyntax","message":"m"}}"""u8.ToArray()));
        Assert.Null(ConnectorClient.ReadErrorCode("<html>"u8.ToArray()));
        Assert.Null(ConnectorClient.ReadErrorCode("""{"error":"text"}"""u8.ToArray()));
        Assert.Null(ConnectorClient.ReadErrorCode([]));
    }

    private sealed class FixedTokenProvider(string token) : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
    }
}
