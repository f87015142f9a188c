using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Reports;

/// <summary>
/// The reports units owe (table Reports: PartitionKey = unit, RowKey = the report's id). Every read is one unit's
/// partition or one row; the dashboard reads the partitions of the units it shows, filtered by due day.
/// </summary>
public sealed class ReportStore(TableStore store)
{
    private readonly ReportDueIndex _due = new(store);

    private const string GeneratedPartition = "generated";

    private TableClient Table => store.Table(TableNames.Reports);

    private TableClient Marks => store.Table(TableNames.ReportIndex);

    public async Task<ReportObligation?> GetAsync(string unitId, string id, CancellationToken cancellationToken)
    {
        if (!TableKeys.CanHold(unitId) || !TableKeys.CanHold(id))
        {
            return null;
        }
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(unitId), TableKeys.Escape(id), cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    /// <summary>Adds the obligation unless its row is there (then nothing changes): true when this call added it.</summary>
    public async Task<bool> AddIfAbsentAsync(ReportObligation obligation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        if (obligation.IsOwed)
        {
            await _due.WriteAsync(obligation, cancellationToken);
        }
        try
        {
            await Table.AddEntityAsync(ToEntity(obligation), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The unit's reports, optionally only those due from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public async Task<IReadOnlyList<ReportObligation>> ListAsync(string unitId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Escape(unitId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        if (from is { } start)
        {
            filter += " and " + TableClient.CreateQueryFilter($"DueOn ge {Day(start)}");
        }
        if (to is { } end)
        {
            filter += " and " + TableClient.CreateQueryFilter($"DueOn le {Day(end)}");
        }
        var rows = new List<ReportObligation>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(FromEntity(entity));
        }
        return [.. rows.OrderBy(r => r.DueOn).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every unit's reports still owed and due on or before <paramref name="lastDue"/> (the ladder's work), through the ReportsDue index.</summary>
    public Task<IReadOnlyList<ReportObligation>> ListOwedDueByAsync(DateOnly lastDue, CancellationToken cancellationToken) =>
        _due.OwedDueByAsync(lastDue, this, AllAsync, cancellationToken);

    private async IAsyncEnumerable<ReportObligation> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>True when a run wrote the period's rows of the kind for every unit in <paramref name="units"/> (a fingerprint of their ids).</summary>
    public async Task<bool> WasGeneratedAsync(string kindId, string periodKey, string units, CancellationToken cancellationToken) =>
        (await Marks.GetEntityIfExistsAsync<TableEntity>(GeneratedPartition, TableKeys.Join(kindId, periodKey), cancellationToken: cancellationToken))
            is { HasValue: true } mark && mark.Value!.GetString("Units") == units;

    /// <summary>Written after the period's rows: a crash before it makes the next run add them again (each a no-op).</summary>
    public async Task MarkGeneratedAsync(string kindId, string periodKey, string units, CancellationToken cancellationToken) =>
        await Marks.UpsertEntityAsync(new TableEntity(GeneratedPartition, TableKeys.Join(kindId, periodKey)) { ["Units"] = units }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The unit's reports still owed.</summary>
    public async Task<IReadOnlyList<ReportObligation>> ListOwedAsync(string unitId, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Escape(unitId);
        var owed = nameof(ReportStatus.Owed);
        var rows = new List<ReportObligation>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Status eq {owed}"), cancellationToken: cancellationToken))
        {
            rows.Add(FromEntity(entity));
        }
        return [.. rows.OrderBy(r => r.DueOn).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Read, decide, write under the row's ETag; on a conflict again on fresh data. <paramref name="change"/> returns the
    /// row unchanged to write nothing. Null when the row is not there.
    /// </summary>
    public Task<ReportObligation?> UpdateAsync(string unitId, string id, Func<ReportObligation, ReportObligation> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ConcurrentWrites.RetryAsync(async () =>
        {
            if (!TableKeys.CanHold(unitId) || !TableKeys.CanHold(id))
            {
                return null;
            }
            var found = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(unitId), TableKeys.Escape(id), cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                return null;
            }
            var current = FromEntity(found.Value!);
            var changed = change(current);
            if (changed == current)
            {
                return current;
            }
            if (changed.IsOwed && (!current.IsOwed || changed.DueOn != current.DueOn))
            {
                await _due.WriteAsync(changed, cancellationToken); // owed again (returned): its pointer before the row
            }
            await Table.UpdateEntityAsync(ToEntity(changed), found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
            return changed;
        });
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(ReportObligation r) => new(TableKeys.Escape(r.UnitId), TableKeys.Escape(r.Id))
    {
        ["UnitId"] = r.UnitId,
        ["Id"] = r.Id,
        ["KindId"] = r.KindId,
        ["Title"] = r.Title,
        ["Period"] = r.Period.ToString(),
        ["PeriodKey"] = r.PeriodKey,
        ["DueOn"] = Day(r.DueOn),
        ["Status"] = r.Status.ToString(),
        ["Round"] = r.Round,
        ["Link"] = r.Link?.AbsoluteUri,
        ["SubmittedBy"] = r.SubmittedBy,
        ["SubmittedAt"] = r.SubmittedAt,
        ["WorkingDaysLate"] = r.WorkingDaysLate,
        ["ReviewedBy"] = r.ReviewedBy,
        ["ReviewedAt"] = r.ReviewedAt,
        ["ReturnReason"] = r.ReturnReason,
        ["Told"] = r.Told is { Count: > 0 } told ? JsonSerializer.Serialize(told) : null,
        ["RequestedBy"] = r.RequestedBy,
    };

    private static ReportObligation FromEntity(TableEntity e) => new(
        e.GetString("UnitId"),
        e.GetString("Id"),
        e.GetString("KindId"),
        e.GetString("Title"),
        Enum.Parse<ReportPeriod>(e.GetString("Period")),
        e.GetString("PeriodKey"),
        DateOnly.ParseExact(e.GetString("DueOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum.Parse<ReportStatus>(e.GetString("Status")),
        e.GetInt32("Round") ?? 0,
        e.GetString("Link") is { Length: > 0 } link ? new Uri(link) : null,
        e.GetString("SubmittedBy"),
        e.GetDateTimeOffset("SubmittedAt"),
        e.GetInt32("WorkingDaysLate") ?? 0,
        e.GetString("ReviewedBy"),
        e.GetDateTimeOffset("ReviewedAt"),
        e.GetString("ReturnReason"),
        e.GetString("Told") is { Length: > 0 } told ? JsonSerializer.Deserialize<List<ReportTold>>(told) : null,
        e.GetString("RequestedBy"));
}
