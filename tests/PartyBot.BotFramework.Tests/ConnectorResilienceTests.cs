using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;
using PartyBot.BotFramework.Tests.Support;
using PartyBot.Testing;

namespace PartyBot.BotFramework.Tests;

/// <summary>protocol.md §5: honour Retry-After, retry transient answers, never retry the others; a bounded total time.</summary>
public sealed class ConnectorResilienceTests : IAsyncLifetime
{
    private const string ConversationId = "a:1";
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

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThenDeliversOnce()
    {
        _channel.EnqueueFailure(429, retryAfter: TimeSpan.FromSeconds(1));

        var result = await SendAsync(_connector);

        Assert.NotNull(result.Id);
        var calls = _channel.Calls;
        Assert.Equal([429, 200], calls.Select(c => c.AnsweredStatus));
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(990), $"retried after {calls[1].ReceivedAt - calls[0].ReceivedAt}");
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Send_TransientFailureThenSuccess_Retries(int status)
    {
        _channel.EnqueueFailure(status);

        await SendAsync(_connector);

        Assert.Equal([status, 200], _channel.Calls.Select(c => c.AnsweredStatus));
    }

    [Fact]
    public async Task Send_TransientFailuresBeyondRetries_ThrowsWithLastStatus()
    {
        for (var i = 0; i < 4; i++)
        {
            _channel.EnqueueFailure(503, errorCode: "ServiceUnavailable");
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(_connector));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, _channel.Calls.Count);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, null)]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(408, null)]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task Send_NonTransientFailure_ThrowsWithoutRetry(int status, string? code)
    {
        _channel.EnqueueFailure(status, errorCode: code);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(_connector));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Single(_channel.Calls);
    }

    [Theory]
    [InlineData("ConversationBlockedByUser")]
    [InlineData("BotNotInConversationRoster")]
    public async Task Send_403UserGone_ThrowsUserUnreachableWithoutRetry(string code)
    {
        _channel.EnqueueFailure(403, errorCode: code);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(_connector));

        Assert.True(error.IsUserUnreachable);
        Assert.Single(_channel.Calls);
    }

    [Fact]
    public async Task Send_AttemptTimesOut_RetriesAndDelivers()
    {
        await using var connector = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["BotFramework:ConnectorAttemptTimeout"] = "00:00:00.200",
            ["BotFramework:ConnectorTotalTimeout"] = "00:00:05",
        });
        _channel.EnqueueDelay(TimeSpan.FromSeconds(5));

        await SendAsync(connector);

        await _channel.WaitForCallAsync(c => c.AnsweredStatus == 499);
        Assert.Equal([200, 499], _channel.Calls.Select(c => c.AnsweredStatus).Order());
    }

    [Fact]
    public async Task Send_TotalTimeElapses_ThrowsWithoutStatusAndLogs()
    {
        await using var connector = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["BotFramework:ConnectorAttemptTimeout"] = "00:00:00.300",
            ["BotFramework:ConnectorTotalTimeout"] = "00:00:00.400",
        });
        _channel.EnqueueDelay(TimeSpan.FromSeconds(5));
        _channel.EnqueueDelay(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(connector));

        Assert.Null(error.StatusCode);
        Assert.False(error.IsUserUnreachable);
        Assert.Single(connector.Logs.Entries, e => e.Level == LogLevel.Error && e.Category == typeof(ConnectorClient).FullName);
    }

    [Fact]
    public async Task Send_HostClockFrozen_RetriesOnRealTime()
    {
        await using var connector = ConnectorHarness.Create(configure: services => services.AddSingleton<TimeProvider>(new FrozenTimeProvider()));
        _channel.EnqueueFailure(503);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        await connector.Client.SendToConversationAsync(_channel.ServiceUrl, ConversationId, Activity.CreateMessage("x"), cancel.Token);

        Assert.Equal([503, 200], _channel.Calls.Select(c => c.AnsweredStatus));
    }

    [Fact]
    public async Task Send_ConnectorUnreachable_ThrowsWithoutStatus()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => _connector.Client.SendToConversationAsync("http://127.0.0.1:1/", ConversationId, Activity.CreateMessage("x"), default));

        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task Send_CallerCancels_ThrowsOperationCanceled()
    {
        _channel.EnqueueDelay(TimeSpan.FromSeconds(5));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _connector.Client.SendToConversationAsync(_channel.ServiceUrl, ConversationId, Activity.CreateMessage("x"), cancel.Token));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(412)]
    public async Task SingleAttempt_TransientFailure_ThrowsAfterOneCall(int status)
    {
        _channel.EnqueueFailure(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => _connector.SingleAttemptClient.SendToConversationAsync(_channel.ServiceUrl, ConversationId, Activity.CreateMessage("x"), default));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(_channel.Calls);
    }

    [Fact]
    public async Task SingleAttempt_429_ThrowsAtOnceWithRetryAfter()
    {
        _channel.EnqueueFailure(429, retryAfter: TimeSpan.FromSeconds(7));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => _connector.SingleAttemptClient.SendToConversationAsync(_channel.ServiceUrl, ConversationId, Activity.CreateMessage("x"), default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Single(_channel.Calls);
    }

    private Task<ResourceResponse> SendAsync(ConnectorHarness connector) =>
        connector.Client.SendToConversationAsync(_channel.ServiceUrl, ConversationId, Activity.CreateMessage("nhắc họp"), default);
}
