using Azure;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Tests.Storage;

public sealed class ConcurrentWritesTests
{
    [Theory]
    [InlineData(409)]
    [InlineData(412)]
    public async Task Retry_ConflictThenSuccess_RunsAgainAndReturnsTheResult(int status)
    {
        var calls = 0;

        var result = await ConcurrentWrites.RetryAsync(() => ++calls < 3 ? throw new RequestFailedException(status, "lost the race") : Task.FromResult(calls));

        Assert.Equal(3, result);
    }

    [Fact]
    public async Task Retry_ConflictEveryTime_GivesUpAfterMaxAttemptsWithTheLastError()
    {
        var calls = 0;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => ConcurrentWrites.RetryAsync<int>(() => throw new RequestFailedException(412, $"attempt {++calls}")));

        Assert.Equal(ConcurrentWrites.MaxAttempts, calls);
        Assert.Equal($"attempt {ConcurrentWrites.MaxAttempts}", error.Message);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Retry_OtherStorageError_NotRetried(int status)
    {
        var calls = 0;

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => ConcurrentWrites.RetryAsync<int>(() => { calls++; throw new RequestFailedException(status, "no"); }));

        Assert.Equal((status, 1), (error.Status, calls));
    }

    [Fact]
    public async Task Retry_OtherException_NotRetried()
    {
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => ConcurrentWrites.RetryAsync<int>(() => { calls++; throw new InvalidOperationException(); }));

        Assert.Equal(1, calls);
    }
}
