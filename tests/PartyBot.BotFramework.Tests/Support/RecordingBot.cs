using System.Collections.Concurrent;
using PartyBot.BotFramework.Hosting;
using PartyBot.BotFramework.Schema;

namespace PartyBot.BotFramework.Tests.Support;

/// <summary>What the bot saw, shared across the per-request handlers.</summary>
public sealed class TurnLog
{
    public ConcurrentQueue<Activity> Activities { get; } = new();

    /// <summary>The answer to every invoke.</summary>
    public InvokeResponse InvokeResponse { get; set; } = new(200, null);

    /// <summary>When set, every turn throws it.</summary>
    public Exception? Failure { get; set; }
}

/// <summary>The host's turn handler in these tests: records each activity, answers invokes as told.</summary>
public sealed class RecordingBot(TurnLog log) : ActivityHandler
{
    public override Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        log.Activities.Enqueue(turn.Activity);
        if (log.Failure is { } failure)
        {
            throw failure;
        }

        return base.OnTurnAsync(turn, cancellationToken);
    }

    protected override Task<InvokeResponse> OnInvokeActivityAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(log.InvokeResponse);
}
