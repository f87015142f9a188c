using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Attendance;

/// <summary>
/// Members' attendance rows and their change log, one partition per meeting (PartitionKey = "unit|meeting"):
/// a member's row is "m|{member}", a change "log|{ticks}|{id}". A change and its log line are written in one
/// transaction under the row's ETag, so each click is counted exactly once and nothing is logged that did not
/// happen. Rows of different members never contend: 200 members clicking at once write 200 rows.
/// </summary>
public sealed class AttendanceStore(TableStore store, TimeProvider time)
{
    private const string MemberPrefix = "m|";
    private const string LogPrefix = "log|";
    private const string SpokePrefix = "spoke|";
    private const string ClerkRow = "clerk";

    private TableClient Table => store.Table(TableNames.Attendance);

    public async Task<IReadOnlyList<AttendanceEntry>> ListAsync(string unitId, string meetingId, CancellationToken cancellationToken)
    {
        var entries = new List<AttendanceEntry>();
        await foreach (var entity in QueryRangeAsync(unitId, meetingId, MemberPrefix, cancellationToken))
        {
            entries.Add(AttendanceEntities.ToEntry(entity));
        }
        return entries;
    }

    public async Task<AttendanceEntry?> GetAsync(string unitId, string meetingId, string memberId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(unitId, meetingId), MemberRow(memberId), cancellationToken: cancellationToken);
        return response.HasValue ? AttendanceEntities.ToEntry(response.Value!) : null;
    }

    /// <summary>Every change to the meeting's rows, oldest first.</summary>
    public async Task<IReadOnlyList<AttendanceChange>> ChangesAsync(string unitId, string meetingId, CancellationToken cancellationToken)
    {
        var changes = new List<AttendanceChange>();
        await foreach (var entity in QueryRangeAsync(unitId, meetingId, LogPrefix, cancellationToken))
        {
            changes.Add(AttendanceEntities.ToChange(entity));
        }
        return changes;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the member's row (a new row when there is none) and logs what changed, by
    /// whom, when; retried on fresh data when another writer got there first. Applying the same answer again writes
    /// nothing. Returns the row as it was and as it is.
    /// </summary>
    public Task<(AttendanceEntry Before, AttendanceEntry After)> ChangeAsync(
        string unitId, string meetingId, string memberId, string byMemberId, Func<AttendanceEntry, AttendanceEntry> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ConcurrentWrites.RetryAsync(async () =>
        {
            var partition = Partition(unitId, meetingId);
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(partition, MemberRow(memberId), cancellationToken: cancellationToken);
            var before = stored.HasValue ? AttendanceEntities.ToEntry(stored.Value!) : new AttendanceEntry(memberId);
            var after = change(before) with { MemberId = before.MemberId };
            if (after == before)
            {
                return (before, after);
            }
            var row = AttendanceEntities.ToEntity(partition, MemberRow(memberId), after);
            var now = time.GetUtcNow();
            var actions = new List<TableTransactionAction>
            {
                stored.HasValue
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, stored.Value!.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, row),
            };
            actions.AddRange(AttendanceEntities.Describe(before, after, byMemberId, now)
                .Select(c => new TableTransactionAction(TableTransactionActionType.Add, AttendanceEntities.ToEntity(partition, LogRow(now), c))));
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return (before, after);
        });
    }

    /// <summary>The members ticked as having spoken (phát biểu) at the meeting, with who ticked them and when.</summary>
    public async Task<IReadOnlyList<SpeakerTick>> SpeakersAsync(string unitId, string meetingId, CancellationToken cancellationToken)
    {
        var ticks = new List<SpeakerTick>();
        await foreach (var entity in QueryRangeAsync(unitId, meetingId, SpokePrefix, cancellationToken))
        {
            ticks.Add(new SpeakerTick(entity.GetString("MemberId"), entity.GetString("ByMemberId"), entity.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
        }
        return ticks;
    }

    /// <summary>
    /// Ticks (a row "spoke|{member}") or unticks (the row deleted) one member, logged like a mark in the same
    /// transaction. Ticking a member already ticked, or unticking one who is not, writes nothing. True when it changed.
    /// </summary>
    public Task<bool> SetSpokeAsync(string unitId, string meetingId, string memberId, bool spoke, string byMemberId, CancellationToken cancellationToken) =>
        ConcurrentWrites.RetryAsync(async () =>
        {
            var partition = Partition(unitId, meetingId);
            var row = SpokePrefix + TableKeys.Escape(memberId);
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            if (stored.HasValue == spoke)
            {
                return false;
            }
            var now = time.GetUtcNow();
            var change = new AttendanceChange(memberId, byMemberId, now, AttendanceEntities.Spoke, (!spoke).ToString(), spoke.ToString());
            var tick = new TableEntity(partition, row) { ["MemberId"] = memberId, ["ByMemberId"] = byMemberId, ["At"] = now };
            await Table.SubmitTransactionAsync(
            [
                spoke
                    ? new TableTransactionAction(TableTransactionActionType.Add, tick)
                    : new TableTransactionAction(TableTransactionActionType.Delete, stored.Value!, stored.Value!.ETag),
                new TableTransactionAction(TableTransactionActionType.Add, AttendanceEntities.ToEntity(partition, LogRow(now), change)),
            ], cancellationToken);
            return true;
        });

    /// <summary>The thư ký the secretary named for the meeting, or null.</summary>
    public async Task<SpeakerTick?> ClerkAsync(string unitId, string meetingId, CancellationToken cancellationToken)
    {
        var stored = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(unitId, meetingId), ClerkRow, cancellationToken: cancellationToken);
        return stored.HasValue
            ? new SpeakerTick(stored.Value!.GetString("MemberId"), stored.Value.GetString("ByMemberId"), stored.Value.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue)
            : null;
    }

    /// <summary>Names (or replaces) the meeting's thư ký, logged; naming the same member again writes nothing. True when it changed.</summary>
    public Task<bool> NameClerkAsync(string unitId, string meetingId, string memberId, string byMemberId, CancellationToken cancellationToken) =>
        ConcurrentWrites.RetryAsync(async () =>
        {
            var partition = Partition(unitId, meetingId);
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(partition, ClerkRow, cancellationToken: cancellationToken);
            var before = stored.HasValue ? stored.Value!.GetString("MemberId") : null;
            if (string.Equals(before, memberId, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            var now = time.GetUtcNow();
            var clerk = new TableEntity(partition, ClerkRow) { ["MemberId"] = memberId, ["ByMemberId"] = byMemberId, ["At"] = now };
            var change = new AttendanceChange(memberId, byMemberId, now, AttendanceEntities.Clerk, before, memberId);
            await Table.SubmitTransactionAsync(
            [
                stored.HasValue
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, clerk, stored.Value!.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, clerk),
                new TableTransactionAction(TableTransactionActionType.Add, AttendanceEntities.ToEntity(partition, LogRow(now), change)),
            ], cancellationToken);
            return true;
        });

    private AsyncPageable<TableEntity> QueryRangeAsync(string unitId, string meetingId, string prefix, CancellationToken cancellationToken)
    {
        var partition = Partition(unitId, meetingId);
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        return Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {end}"),
            cancellationToken: cancellationToken);
    }

    private static string Partition(string unitId, string meetingId) => TableKeys.Join(unitId, meetingId);

    private static string MemberRow(string memberId) => MemberPrefix + TableKeys.Escape(memberId);

    /// <summary>Time first so the log reads in order; a random tail so two changes in the same tick do not collide.</summary>
    private static string LogRow(DateTimeOffset at) => $"{LogPrefix}{at.UtcTicks:D19}|{Guid.NewGuid():N}";
}
