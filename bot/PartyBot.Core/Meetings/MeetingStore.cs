using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Meetings;

/// <summary>A meeting for a report scan to look at, with the index row that says it has (see <see cref="MeetingStore.ListUncheckedAsync"/>).</summary>
public sealed record MeetingToCheck(Meeting? Meeting, TableEntity IndexRow);

/// <summary>
/// Meetings in Table storage, one partition per chi bộ (PartitionKey = escaped unit id, RowKey = escaped meeting id).
/// Adds never overwrite; updates are read-modify-write under the row's ETag, retried on fresh data after a 412 (<see cref="ConcurrentWrites"/>).
/// </summary>
public sealed class MeetingStore(TableStore store)
{
    private readonly MeetingDayIndex _days = new(store);

    /// <summary>How many times an update is tried when other writers keep changing the row.</summary>
    public const int MaxUpdateAttempts = ConcurrentWrites.MaxAttempts;

    private const int ParallelPartitions = 8;

    private TableClient Table => store.Table(TableNames.Meetings);

    public async Task<Meeting?> GetAsync(string unitId, string meetingId, CancellationToken cancellationToken) =>
        (await GetEntityAsync(unitId, meetingId, cancellationToken)) is { } entity ? MeetingEntities.ToMeeting(entity) : null;

    /// <summary>The unit's meetings starting in [from, to), by start.</summary>
    public async Task<IReadOnlyList<Meeting>> ListForUnitAsync(string unitId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var partition = TableKeys.Escape(unitId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and StartsAt ge {from.ToUniversalTime()} and StartsAt lt {to.ToUniversalTime()}");
        var meetings = new List<Meeting>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            meetings.Add(MeetingEntities.ToMeeting(entity));
        }
        return [.. meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Meetings of these units starting in [from, to), by start: one bounded query per unit's partition (the
    /// notice scanners pass the chi bộ of the tree), never a scan of the whole table.
    /// </summary>
    public async Task<IReadOnlyList<Meeting>> ListStartingAsync(IEnumerable<string> unitIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var found = new ConcurrentBag<Meeting>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelPartitions, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(unitIds.Distinct(StringComparer.OrdinalIgnoreCase), parallel, async (unitId, ct) =>
        {
            foreach (var meeting in await ListForUnitAsync(unitId, from, to, ct))
            {
                found.Add(meeting);
            }
        });
        return [.. found.OrderBy(m => m.StartsAt).ThenBy(m => m.UnitId, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every chi bộ's meetings starting in [from, to), by start, through the day index (<see cref="MeetingDayIndex"/>):
    /// one query for the days, then a read of each meeting found, so the cost is that of the meetings, not of the units.
    /// </summary>
    public async Task<IReadOnlyList<Meeting>> ListDueAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var found = new ConcurrentBag<Meeting>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelPartitions, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(await _days.FindAsync(from, to, AllAsync, cancellationToken), parallel, async (pointer, ct) =>
        {
            if (await GetAsync(pointer.UnitId, pointer.MeetingId, ct) is { } meeting && meeting.StartsAt >= from && meeting.StartsAt < to)
            {
                found.Add(meeting);
            }
        });
        return [.. found.OrderBy(m => m.StartsAt).ThenBy(m => m.UnitId, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The meetings of the days [from, to) that the report scan <paramref name="check"/> has not seen as they are now,
    /// each with its index row for <see cref="MarkCheckedAsync"/>; the meeting is null when it is gone or now starts another day
    /// (it may start outside [from, to) on the first or last day: the caller looks at its time).
    /// </summary>
    public async Task<IReadOnlyList<MeetingToCheck>> ListUncheckedAsync(DateTimeOffset from, DateTimeOffset to, string check, CancellationToken cancellationToken)
    {
        var found = new ConcurrentBag<MeetingToCheck>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelPartitions, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(await _days.FindUncheckedAsync(from, to, check, AllAsync, cancellationToken), parallel, async (pointer, ct) =>
        {
            var meeting = await GetAsync(pointer.GetString("UnitId"), pointer.GetString("MeetingId"), ct);
            var onThatDay = meeting is not null && MeetingDayIndex.DayKey(meeting.StartsAt) == pointer.PartitionKey;
            found.Add(new MeetingToCheck(onThatDay ? meeting : null, pointer));
        });
        return [.. found.OrderBy(m => m.IndexRow.PartitionKey, StringComparer.Ordinal).ThenBy(m => m.IndexRow.RowKey, StringComparer.Ordinal)];
    }

    /// <summary>Records that the report scan <paramref name="check"/> has seen the meeting as it was read.</summary>
    public Task MarkCheckedAsync(MeetingToCheck meeting, string check, CancellationToken cancellationToken) =>
        _days.MarkCheckedAsync(meeting.IndexRow, check, cancellationToken);

    private async IAsyncEnumerable<Meeting> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            yield return MeetingEntities.ToMeeting(entity);
        }
    }

    /// <summary>Writes a new meeting (its day's index row first). False when a meeting with that id already exists (it is left as it is).</summary>
    public async Task<bool> AddAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await _days.WriteAsync(meeting, cancellationToken);
        try
        {
            await Table.AddEntityAsync(MeetingEntities.ToEntity(meeting), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
        await _days.WriteAsync(meeting, cancellationToken); // again after: clears a check made while the meeting was not yet there
        return true;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored meeting under its ETag; on a concurrent change (412) reads
    /// again and re-applies it, up to <see cref="MaxUpdateAttempts"/> times. Null when there is no such meeting.
    /// The change must keep the unit and the id.
    /// </summary>
    public Task<Meeting?> UpdateAsync(string unitId, string meetingId, Func<Meeting, Meeting> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ConcurrentWrites.RetryAsync(async () =>
        {
            if (await GetEntityAsync(unitId, meetingId, cancellationToken) is not { } entity)
            {
                return null;
            }
            var current = MeetingEntities.ToMeeting(entity);
            var changed = change(current);
            if (!string.Equals(changed.UnitId, current.UnitId, StringComparison.Ordinal) || !string.Equals(changed.Id, current.Id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A meeting update cannot change the meeting's unit or id.");
            }
            // Its day's pointer before (a crash after it leaves only a stale pointer) and after (clears a check made in between).
            var indexed = changed.StartsAt != current.StartsAt || changed.DurationMinutes != current.DurationMinutes || changed.Status != current.Status;
            if (indexed)
            {
                await _days.WriteAsync(changed, cancellationToken);
            }
            await Table.UpdateEntityAsync(MeetingEntities.ToEntity(changed), entity.ETag, TableUpdateMode.Replace, cancellationToken);
            if (indexed)
            {
                await _days.WriteAsync(changed, cancellationToken);
            }
            return (Meeting?)changed;
        });
    }

    private async Task<TableEntity?> GetEntityAsync(string unitId, string meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(meetingId);
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(unitId), TableKeys.Escape(meetingId), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
