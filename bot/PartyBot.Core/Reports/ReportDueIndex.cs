using System.Globalization;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Reports;

/// <summary>
/// Owed reports by due day (table ReportIndex, beside the generation marks of ReportObligations: PartitionKey = "d" + yyyyMMdd, RowKey = unit|report), so the ladder reads
/// the reports that can have a rung today without a query per unit. <see cref="ReportStore"/> writes the pointer before a
/// row becomes owed on that day (added, or returned with a new due day); the reader reads each row and deletes, under the
/// pointer's ETag, the pointers of rows gone, accepted, withdrawn or now due another day (none of which comes back to
/// that pointer). Tables from before the index have no marker row: the first reader builds it from the Reports table.
/// </summary>
internal sealed class ReportDueIndex(TableStore store)
{
    private const string MarkerPartition = "marker";
    private const string MarkerRow = "built";

    private volatile bool _built;

    private TableClient Table => store.Table(TableNames.ReportIndex);

    private static string DayKey(DateOnly day) => "d" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public async Task WriteAsync(ReportObligation report, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity(DayKey(report.DueOn), TableKeys.Join(report.UnitId, report.Id)) { ["UnitId"] = report.UnitId, ["ReportId"] = report.Id },
            TableUpdateMode.Replace, cancellationToken);

    /// <summary>The reports still owed and due on or before <paramref name="lastDue"/>, by unit, due day and id.</summary>
    public async Task<IReadOnlyList<ReportObligation>> OwedDueByAsync(
        DateOnly lastDue, ReportStore reports, Func<CancellationToken, IAsyncEnumerable<ReportObligation>> everyReport, CancellationToken cancellationToken)
    {
        await EnsureBuiltAsync(everyReport, cancellationToken);
        var owed = new List<ReportObligation>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {"d"} and PartitionKey le {DayKey(lastDue)}");
        await foreach (var pointer in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var report = await reports.GetAsync(pointer.GetString("UnitId"), pointer.GetString("ReportId"), cancellationToken);
            if (report is { IsOwed: true } && DayKey(report.DueOn) == pointer.PartitionKey)
            {
                owed.Add(report);
            }
            else if (report is null || report.Status is ReportStatus.Accepted or ReportStatus.Withdrawn || DayKey(report.DueOn) != pointer.PartitionKey)
            {
                await DeleteAsync(pointer, cancellationToken);
            }
        }
        return [.. owed.OrderBy(r => r.UnitId, StringComparer.Ordinal).ThenBy(r => r.DueOn).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    private async Task DeleteAsync(TableEntity pointer, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(pointer.PartitionKey, pointer.RowKey, pointer.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    private async Task EnsureBuiltAsync(Func<CancellationToken, IAsyncEnumerable<ReportObligation>> everyReport, CancellationToken cancellationToken)
    {
        if (_built)
        {
            return;
        }
        if (!(await Table.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken)).HasValue)
        {
            await foreach (var report in everyReport(cancellationToken))
            {
                if (report.IsOwed)
                {
                    await WriteAsync(report, cancellationToken);
                }
            }
            await Table.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow), TableUpdateMode.Replace, cancellationToken);
        }
        _built = true;
    }
}
