using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;
using PartyBot.Core.Conversations;
using PartyBot.Core.Outbox;
using PartyBot.Core.Storage;

namespace PartyBot.Jobs.Messaging.Outbox;

/// <summary>
/// How the bot sends on its own: delivers the rows of <see cref="OutboxStore"/>. Each round reads the due rows, and per
/// conversation, in order, takes a pacing permit, leases the row under its ETag, makes ONE connector call (the
/// single-attempt client: the retries are this class's, stored as the row's next attempt, never a hidden minute of
/// retries below it) and records the outcome. 429 waits for Retry-After (only that conversation); 5xx, 412 and timeouts
/// back off exponentially with jitter up to <see cref="OutboxDispatcherOptions.MaxAttempts"/>; 403 blocked / not in
/// roster and 404 are unreachable, never retried. A serviceUrl whose circuit is open (the connector kept failing: see
/// <see cref="ConnectorBreakerOptions"/>) is not tried again before the break ends; its row goes back to pending without
/// spending an attempt. A crash mid-send leaves the lease to run out and the row is sent
/// again by whoever takes it over: at least once, and exactly once unless a host dies between the connector's answer
/// and the write of it.
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    private readonly OutboxStore _store;
    private readonly ConversationStore _conversations;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly OutboxDispatcherOptions _options;
    private readonly OutboxMetrics _metrics;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly OutboxPacing _pacing;
    private readonly string _owner;

    /// <summary>Conversations answered 429, until their Retry-After: none of their rows is tried before then (this instance's view).</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _throttledUntil = new(StringComparer.Ordinal);

    /// <summary>serviceUrl authorities whose circuit is open, until the break ends: none of their rows is tried before then.</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _circuitOpenUntil = new(StringComparer.Ordinal);

    public OutboxDispatcher(
        OutboxStore store,
        ConversationStore conversations,
        IServiceProvider services,
        TimeProvider time,
        IOptions<OutboxDispatcherOptions> options,
        OutboxMetrics metrics,
        HostInstance instance,
        ILogger<OutboxDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(instance);
        (_store, _conversations, _services, _time, _options, _metrics, _logger) = (store, conversations, services, time, options.Value, metrics, logger);
        _pacing = new OutboxPacing(_options);
        _owner = $"{instance.Id}/{Guid.NewGuid():N}"; // one owner per dispatcher, also two in one process
    }

    /// <summary>One round: every due row is tried once at most, unless its conversation or tenant is out of permits. Returns how many were attempted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var due = await _store.FindDueAsync(_options.BatchSize, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        // A new client each round: the factory rotates its handlers, a client held for ever would not.
        var connector = _services.GetRequiredKeyedService<IConnectorClient>(ConnectorClient.SingleAttempt);
        var attempted = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due.GroupBy(e => e.Message.Target.ConversationKey), parallel, async (conversation, token) =>
        {
            if (IsWaiting(_throttledUntil, conversation.Key))
            {
                return;
            }
            foreach (var entry in conversation)
            {
                var authority = Authority(entry.Message.Target.ServiceUrl);
                if (IsWaiting(_circuitOpenUntil, authority))
                {
                    return; // found open in this round or an earlier one: no lease, no call
                }
                if (await UpdateTargetAsync(entry.Message, token) is not { } updateTarget)
                {
                    continue; // an update of a post not sent yet waits, no attempt spent; it must not hold up that post
                }
                if (!_pacing.TryAcquire(entry))
                {
                    return; // this conversation's later rows wait too, so they keep their order
                }
                if (await _store.TryLeaseAsync(entry, _owner, token) is not { } leased)
                {
                    return; // another dispatcher has this conversation's earlier row: it goes on with the rest
                }
                Interlocked.Increment(ref attempted);
                var (outcome, result) = await DeliverAsync(connector, leased, updateTarget, token);
                if (outcome == DeliveryOutcome.Throttled)
                {
                    _throttledUntil[conversation.Key] = result.NextAttemptAt;
                }
                if (outcome == DeliveryOutcome.CircuitOpen && _circuitOpenUntil.TryAdd(authority, result.NextAttemptAt))
                {
                    LogCircuitOpen(_logger, authority, result.NextAttemptAt);
                }
                if (outcome is DeliveryOutcome.Throttled or DeliveryOutcome.Retried or DeliveryOutcome.CircuitOpen)
                {
                    return;
                }
            }
        });
        return attempted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            LogDisabled(_logger);
            return;
        }
        var pause = _options.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                pause = NextPause(pause, await DispatchOnceAsync(stoppingToken), _options);
                await Task.Delay(pause, _time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage unreachable, say: the rows are still there, the next round tries again.
                LogRoundFailed(_logger, ex);
                await Task.Delay(_options.PollInterval, _time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>After a round with work the poll interval; after an idle one the last pause doubled, up to the idle maximum (an idle bot makes few storage queries).</summary>
    internal static TimeSpan NextPause(TimeSpan previous, int attempted, OutboxDispatcherOptions options)
    {
        if (attempted > 0)
        {
            return options.PollInterval;
        }
        var doubled = previous * 2;
        return doubled < options.MaxIdlePollInterval ? doubled : options.MaxIdlePollInterval;
    }

    public override void Dispose()
    {
        _pacing.Dispose();
        base.Dispose();
    }

    private bool IsWaiting(ConcurrentDictionary<string, DateTimeOffset> waits, string key)
    {
        if (!waits.TryGetValue(key, out var until))
        {
            return false;
        }
        if (until > _time.GetUtcNow())
        {
            return true;
        }
        waits.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, until));
        return false;
    }

    /// <summary>What the connector's circuit breaker is kept per (scheme, host, port), as <c>SelectPipelineByAuthority</c> does.</summary>
    private static string Authority(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : serviceUrl;

    /// <summary>
    /// The activity a row replaces in place: its own <see cref="OutboxMessage.UpdateActivityId"/>, else what the row under
    /// its <see cref="OutboxMessage.UpdateOfKey"/> posted, or why there is none. Null while that post is not sent yet.
    /// </summary>
    private async Task<UpdateTarget?> UpdateTargetAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.UpdateActivityId is not null || message.UpdateOfKey is not { } postKey)
        {
            return new UpdateTarget(message.UpdateActivityId, null);
        }
        var post = await _store.FindAsync(postKey, cancellationToken);
        return post switch
        {
            null => new UpdateTarget(null, $"the post {postKey} is gone"),
            { Status: OutboxStatus.Sent, SentActivityId: { Length: > 0 } id } => new UpdateTarget(id, null),
            { Status: OutboxStatus.Sent } => new UpdateTarget(null, $"the post {postKey} was sent without an activity id"),
            { IsFinished: true } => new UpdateTarget(null, $"the post {postKey} ended {post.Status} ({post.LastAnswer ?? "no answer"})"),
            _ => null,
        };
    }

    private async Task<(DeliveryOutcome, OutboxEntry)> DeliverAsync(IConnectorClient connector, OutboxEntry leased, UpdateTarget update, CancellationToken cancellationToken)
    {
        var message = leased.Message;
        var target = message.Target;
        OutboxEntry result;
        DeliveryOutcome outcome;
        if (leased.FailedAttempts > _options.MaxAttempts)
        {
            // Its earlier attempts ended with their dispatchers (a crash, a host stopped mid-send): not one more.
            (outcome, result) = (DeliveryOutcome.Failed, Finish(leased, OutboxStatus.Failed, $"abandoned after {leased.Attempts - 1} attempts"));
            return await RecordAsync(leased, result, outcome, target);
        }
        if (update.Problem is { } problem)
        {
            (outcome, result) = (DeliveryOutcome.Failed, Finish(leased, OutboxStatus.Failed, "not sent: " + problem));
            return await RecordAsync(leased, result, outcome, target);
        }
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(message.ActivityJson, BotJson.Options)
                ?? throw new JsonException("The stored activity is null.");
            if (target.ConversationId is null)
            {
                target = target with { ConversationId = await CreatePersonalAsync(connector, target, cancellationToken) };
                await RememberPersonalAsync(target);
            }
            ResourceResponse sent;
            if (update.ActivityId is { } activityId)
            {
                activity.Id ??= activityId;
                sent = await connector.UpdateActivityAsync(target.ServiceUrl, target.ConversationId, activityId, activity, cancellationToken);
            }
            else
            {
                sent = await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, cancellationToken);
            }
            outcome = DeliveryOutcome.Sent;
            result = Finish(leased, OutboxStatus.Sent, "200") with { SentActivityId = sent.Id ?? update.ActivityId };
        }
        catch (ConnectorException ex)
        {
            (outcome, result) = AfterFailure(leased, ex);
        }
        catch (JsonException ex)
        {
            LogInvalidActivity(_logger, message.Kind, message.Key, ex);
            (outcome, result) = (DeliveryOutcome.Failed, Finish(leased, OutboxStatus.Failed, "invalid activity"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not the connector's answer (a bad serviceUrl, say): tried again like a transient failure, then given up.
            LogUnexpected(_logger, message.Kind, message.Key, ex);
            var answer = "error " + ex.GetType().Name;
            (outcome, result) = leased.FailedAttempts >= _options.MaxAttempts
                ? (DeliveryOutcome.Failed, Finish(leased, OutboxStatus.Failed, answer))
                : (DeliveryOutcome.Retried, Retry(leased, _time.GetUtcNow() + Backoff(leased.FailedAttempts), answer));
        }
        return await RecordAsync(leased, result, outcome, target);
    }

    private async Task<(DeliveryOutcome, OutboxEntry)> RecordAsync(OutboxEntry leased, OutboxEntry result, DeliveryOutcome outcome, OutboxTarget target)
    {
        var message = leased.Message;
        // A conversation created on the way is kept, so a retry does not create it again.
        result = result with { Message = result.Message with { Target = target } };
        if (await _store.TryUpdateAsync(result, CancellationToken.None) is not { } stored)
        {
            if (await _store.TryReleaseReplacedAsync(message.Key, _owner, CancellationToken.None))
            {
                LogReplaced(_logger, message.Kind, message.Key);
            }
            else
            {
                LogLeaseLost(_logger, message.Kind, message.Key);
            }
        }
        else if (stored.IsFinished)
        {
            await TellObserversAsync(stored, outcome);
        }
        _metrics.Count(outcome, message.Kind);
        LogDelivery(_logger, message.Kind, message.Key, outcome, leased.Attempts, result.LastAnswer);
        return (outcome, result);
    }

    private async Task TellObserversAsync(OutboxEntry finished, DeliveryOutcome outcome)
    {
        await using var scope = _services.CreateAsyncScope();
        foreach (var observer in scope.ServiceProvider.GetServices<IOutboxObserver>())
        {
            try
            {
                await observer.OnFinishedAsync(finished, outcome, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogObserverFailed(_logger, finished.Message.Kind, finished.Message.Key, observer.GetType().Name, ex);
            }
        }
    }

    private (DeliveryOutcome, OutboxEntry) AfterFailure(OutboxEntry leased, ConnectorException ex)
    {
        var answer = ex.StatusCode is { } status ? $"{(int)status} {ex.ErrorCode}".TrimEnd() : "no answer";
        var now = _time.GetUtcNow();
        if (ex.IsCircuitOpen)
        {
            // Not called at all: the lease's attempt is given back, so a long outage never uses up MaxAttempts.
            var notTried = leased with { Attempts = leased.Attempts - 1 };
            return (DeliveryOutcome.CircuitOpen, Retry(notTried, now + (ex.RetryAfter ?? _options.PollInterval), "circuit open"));
        }
        if (ex.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var throttled = leased with { Throttles = leased.Throttles + 1 };
            return (DeliveryOutcome.Throttled, Retry(throttled, now + (ex.RetryAfter ?? Backoff(throttled.Throttles)), answer));
        }
        if (ex.IsUserUnreachable || ex.StatusCode == HttpStatusCode.NotFound)
        {
            return (DeliveryOutcome.Unreachable, Finish(leased, OutboxStatus.Unreachable, answer));
        }
        if (!ex.IsTransient || leased.FailedAttempts >= _options.MaxAttempts)
        {
            return (DeliveryOutcome.Failed, Finish(leased, OutboxStatus.Failed, answer));
        }
        return (DeliveryOutcome.Retried, Retry(leased, now + Backoff(leased.FailedAttempts), answer));
    }

    private OutboxEntry Finish(OutboxEntry leased, OutboxStatus status, string answer) =>
        leased with { Status = status, LastAnswer = answer, LeasedBy = null, CompletedAt = _time.GetUtcNow() };

    private static OutboxEntry Retry(OutboxEntry leased, DateTimeOffset at, string answer) =>
        leased with { Status = OutboxStatus.Pending, LastAnswer = answer, LeasedBy = null, NextAttemptAt = at };

    /// <summary>Base × 2^(n−1), at most the maximum, then a random half to all of it (jitter, so retries do not come in waves).</summary>
    private TimeSpan Backoff(int failures)
    {
        var exponential = _options.RetryBaseDelay * Math.Pow(2, Math.Min(Math.Max(failures - 1, 0), 30));
        var capped = exponential < _options.RetryMaxDelay ? exponential : _options.RetryMaxDelay;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    /// <summary>The member's later messages go straight to the conversation created now (a failure here costs only a second create later).</summary>
    private async Task RememberPersonalAsync(OutboxTarget target)
    {
        if (target.AadObjectId is not { Length: > 0 } aad)
        {
            return;
        }
        try
        {
            await _conversations.SavePersonalConversationAsync(aad, target.ConversationId!, CancellationToken.None);
        }
        catch (Azure.RequestFailedException ex)
        {
            LogNotRemembered(_logger, ex);
        }
    }

    private static async Task<string> CreatePersonalAsync(IConnectorClient connector, OutboxTarget target, CancellationToken cancellationToken)
    {
        var parameters = ConversationParameters.Personal(target.BotId, target.UserId, target.TenantId);
        var created = await connector.CreateConversationAsync(target.ServiceUrl, parameters, cancellationToken);
        return string.IsNullOrEmpty(created.Id)
            ? throw new ConnectorException("The connector created a personal conversation without an id.", HttpStatusCode.OK, null)
            : created.Id;
    }

    /// <summary>What a row replaces in place (no id: it posts a new activity), or why it cannot be sent.</summary>
    private sealed record UpdateTarget(string? ActivityId, string? Problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Kind} {Key}: {Outcome} (attempt {Attempt}, connector answered {Answer})")]
    private static partial void LogDelivery(ILogger logger, string kind, string key, DeliveryOutcome outcome, int attempt, string? answer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: the connector at {Authority} is not tried before {Until}: its circuit is open; its rows wait without spending attempts")]
    private static partial void LogCircuitOpen(ILogger logger, string authority, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Kind} {Key}: the stored activity is not valid JSON; given up")]
    private static partial void LogInvalidActivity(ILogger logger, string kind, string key, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Kind} {Key}: sending failed unexpectedly; tried again later")]
    private static partial void LogUnexpected(ILogger logger, string kind, string key, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Kind} {Key}: the lease ran out before the outcome was written; another dispatcher has the row")]
    private static partial void LogLeaseLost(ILogger logger, string kind, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Kind} {Key}: newer content replaced the row while it was being sent; it is sent again with that")]
    private static partial void LogReplaced(ILogger logger, string kind, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Kind} {Key}: observer {Observer} failed after the outcome was stored")]
    private static partial void LogObserverFailed(ILogger logger, string kind, string key, string observer, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A created 1:1 conversation could not be remembered; the next 1:1 creates it again")]
    private static partial void LogNotRemembered(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox round failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The outbox dispatcher is turned off in this host (Outbox:Dispatcher:Enabled)")]
    private static partial void LogDisabled(ILogger logger);
}
