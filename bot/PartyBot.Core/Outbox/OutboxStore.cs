using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Outbox;

/// <summary>
/// The outbox table: every proactive message is a row under its deterministic key before anything is sent. Rows are
/// spread over <see cref="Buckets"/> partitions by a hash of the key alone (so an enqueue finds its duplicate without
/// knowing anything else), and "what is due" is one filtered query per partition, never a table scan. Every change
/// after the insert is made under the row's ETag, so two dispatchers never both own a row.
/// </summary>
public sealed class OutboxStore(TableStore store, TimeProvider time, IOptions<OutboxOptions> options)
{
    /// <summary>Fixed: a row's partition follows from its key, so changing this would hide the rows already written.</summary>
    public const int Buckets = 16;

    private TableClient Table => store.Table(TableNames.Outbox);

    /// <summary>Writes the message if its key is new; otherwise leaves the existing row as it is and returns it.</summary>
    public async Task<OutboxEntry> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        (await TryEnqueueAsync(message, cancellationToken)).Entry;

    /// <summary>As <see cref="EnqueueAsync"/>, and says whether this call wrote the row (false: the key was there already).</summary>
    public async Task<(OutboxEntry Entry, bool Added)> TryEnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Validate(message);
        var entry = Fresh(message, time.GetUtcNow());
        try
        {
            var added = await Table.AddEntityAsync(OutboxRows.ToEntity(entry), cancellationToken);
            return (entry with { ETag = added.Headers.ETag ?? ETag.All }, true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await FindAsync(message.Key, cancellationToken)
                ?? throw new InvalidOperationException($"Outbox row {message.Key} was there on insert and gone on read.", ex);
            return (existing, false);
        }
    }

    /// <summary>
    /// "Latest wins", for the one row that carries every update of one thing in place (a card's content): the row under
    /// <paramref name="key"/> gets the message <paramref name="build"/> makes, whatever state the row is in, reset to
    /// pending with fresh attempts; so an older content retried can never land after a newer one. The message is built
    /// after the row is read and written under that read's ETag (built again on a conflict), so the row ends with the
    /// content built last, from the newest state. The same content on a row that has not failed changes nothing. A row
    /// replaced while a dispatcher holds its lease waits for the lease to end (the older content may still be on its way
    /// to the connector); that dispatcher, finding the row replaced, ends the wait (<see cref="TryReleaseReplacedAsync"/>).
    /// </summary>
    public Task<OutboxEntry> EnqueueLatestAsync(string key, Func<CancellationToken, Task<OutboxMessage>> build, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(build);
        return ConcurrentWrites.RetryAsync(async () =>
        {
            var existing = await FindAsync(key, cancellationToken);
            var message = await build(cancellationToken);
            if (message.Key != key)
            {
                throw new ArgumentException($"The message built for {key} has the key {message.Key}.", nameof(build));
            }
            Validate(message);
            var now = time.GetUtcNow();
            if (existing is null)
            {
                var added = await Table.AddEntityAsync(OutboxRows.ToEntity(Fresh(message, now)), cancellationToken);
                return Fresh(message, now) with { ETag = added.Headers.ETag ?? ETag.All };
            }
            if (SameContent(existing.Message, message) && existing.Status != OutboxStatus.Failed)
            {
                return existing;
            }
            // Leased, or replaced already while leased (pending, still naming its dispatcher): that call may still be on its way.
            var leaseRuns = existing is { IsFinished: false, LeasedBy: not null } && existing.NextAttemptAt > now;
            var replaced = Fresh(message, now) with
            {
                NextAttemptAt = leaseRuns && existing.NextAttemptAt > message.DueAt ? existing.NextAttemptAt : message.DueAt,
                LeasedBy = leaseRuns ? existing.LeasedBy : null, // so its dispatcher knows the row was replaced under it
                ETag = existing.ETag,
            };
            var updated = await Table.UpdateEntityAsync(OutboxRows.ToEntity(replaced), existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return replaced with { ETag = updated.Headers.ETag ?? ETag.All };
        });
    }

    /// <summary>
    /// Called by the dispatcher <paramref name="owner"/> that lost its lease on <paramref name="key"/>: when the row was
    /// replaced with newer content meanwhile (<see cref="EnqueueLatestAsync"/>), the older content's call is over now,
    /// so the newer content need not wait for the lease to run out. True when that was the case and the row is due now.
    /// </summary>
    public async Task<bool> TryReleaseReplacedAsync(string key, string owner, CancellationToken cancellationToken)
    {
        if (await FindAsync(key, cancellationToken) is not { Status: OutboxStatus.Pending } row || row.LeasedBy != owner)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var released = row with { LeasedBy = null, NextAttemptAt = row.NextAttemptAt < now ? row.NextAttemptAt : now };
        return await TryUpdateAsync(released, cancellationToken) is not null;
    }

    /// <summary>
    /// Takes back a row that is not sent yet: pending (also waiting for a retry or a Retry-After), or leased by a
    /// dispatcher whose lease ran out. A row whose lease still runs may be on its way to the connector and is left alone,
    /// as is a finished one. True when this call withdrew it; <paramref name="reason"/> goes to its last answer.
    /// </summary>
    public async Task<bool> TryWithdrawAsync(string key, string reason, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var now = time.GetUtcNow();
            if (await FindAsync(key, cancellationToken) is not { IsFinished: false } row || (row.LeasedBy is not null && row.NextAttemptAt > now))
            {
                return false;
            }
            var withdrawn = row with { Status = OutboxStatus.Withdrawn, LeasedBy = null, LastAnswer = "withdrawn: " + reason, CompletedAt = now };
            if (await TryUpdateAsync(withdrawn, cancellationToken) is not null)
            {
                return true;
            }
        }
        return false;
    }

    public async Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(key), TableKeys.Escape(key), cancellationToken: cancellationToken);
        return response.HasValue ? OutboxRows.FromEntity(response.Value!) : null;
    }

    /// <summary>Rows whose next attempt is due (pending, or leased with the lease run out), oldest first, at most <paramref name="maxPerBucket"/> per partition.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> FindDueAsync(int maxPerBucket, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = nameof(OutboxStatus.Pending);
        var leased = nameof(OutboxStatus.Leased);
        var queries = Enumerable.Range(0, Buckets).Select(async bucket =>
        {
            var partition = BucketName(bucket);
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {partition} and (Status eq {pending} or Status eq {leased}) and NextAttemptAt le {now}");
            var rows = new List<OutboxEntry>();
            await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: maxPerBucket, cancellationToken: cancellationToken))
            {
                rows.Add(OutboxRows.FromEntity(entity));
                if (rows.Count >= maxPerBucket)
                {
                    break;
                }
            }
            return rows;
        });
        var found = await Task.WhenAll(queries);
        return [.. found.SelectMany(rows => rows).OrderBy(e => e.Message.DueAt).ThenBy(e => e.EnqueuedAt).ThenBy(e => e.Message.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Takes the row for <paramref name="owner"/> until the lease runs out, counting an attempt. Null when it is not due
    /// (finished, or leased by someone whose lease still runs) or another dispatcher changed it first.
    /// </summary>
    public async Task<OutboxEntry?> TryLeaseAsync(OutboxEntry entry, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = time.GetUtcNow();
        if (entry.IsFinished || entry.NextAttemptAt > now)
        {
            return null;
        }
        var leased = entry with
        {
            Status = OutboxStatus.Leased,
            LeasedBy = owner,
            Attempts = entry.Attempts + 1,
            NextAttemptAt = now + options.Value.Lease,
        };
        return await TryUpdateAsync(leased, cancellationToken);
    }

    /// <summary>Replaces the row under <paramref name="entry"/>'s ETag; null when someone else changed it since (or it is gone).</summary>
    public async Task<OutboxEntry?> TryUpdateAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var updated = await Table.UpdateEntityAsync(OutboxRows.ToEntity(entry), entry.ETag, TableUpdateMode.Replace, cancellationToken);
            return entry with { ETag = updated.Headers.ETag ?? ETag.All };
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>Deletes finished rows older than the retention; unfinished rows stay whatever their age. Returns how many went.</summary>
    public async Task<int> PurgeFinishedAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.Retention;
        var removed = 0;
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {BucketName(bucket)} and CompletedAt lt {cutoff}");
            await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                await Table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
                removed++;
            }
        }
        return removed;
    }

    private static bool SameContent(OutboxMessage stored, OutboxMessage message) =>
        stored.ActivityJson == message.ActivityJson && stored.Kind == message.Kind
        && stored.UpdateActivityId == message.UpdateActivityId && stored.UpdateOfKey == message.UpdateOfKey;

    private static OutboxEntry Fresh(OutboxMessage message, DateTimeOffset now) =>
        new(message, OutboxStatus.Pending, message.DueAt, 0, 0, null, null, null, now, null, default);

    internal static string PartitionOf(string key) => BucketName((int)(Fnv1a(key) % Buckets));

    private static string BucketName(int bucket) => "b" + bucket.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>FNV-1a over the key's UTF-8: stable across processes and .NET versions (string.GetHashCode is not).</summary>
    private static uint Fnv1a(string key)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return hash;
    }

    private void Validate(OutboxMessage message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message.Key);
        ArgumentException.ThrowIfNullOrEmpty(message.Kind);
        ArgumentException.ThrowIfNullOrEmpty(message.Target.ServiceUrl);
        if (!TableKeys.CanHold(message.Key))
        {
            throw new ArgumentException("The outbox key is too long for a row key.", nameof(message));
        }
        if (message.Target.ConversationId is null && (string.IsNullOrEmpty(message.Target.UserId) || string.IsNullOrEmpty(message.Target.BotId)))
        {
            throw new ArgumentException("A message without a conversation needs the user and bot ids to create the 1:1.", nameof(message));
        }
        if (Encoding.UTF8.GetByteCount(message.ActivityJson) > options.Value.MaxActivityBytes)
        {
            throw new ArgumentException($"The activity is larger than {options.Value.MaxActivityBytes} bytes.", nameof(message));
        }
    }
}
