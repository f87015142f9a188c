using System.Globalization;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>
/// Declared unavailability in Table storage: one partition per member, one row per period (RowKey = from|to, so the same
/// period declared twice is one row).
/// </summary>
public sealed class UnavailabilityStore(TableStore store)
{
    private const string DateFormat = "yyyy-MM-dd";

    private TableClient Table => store.Table(TableNames.CommitteeUnavailability);

    public async Task SaveAsync(Unavailability period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var entity = new TableEntity(TableKeys.Escape(period.MemberId), TableKeys.Join(Text(period.From), Text(period.To)))
        {
            ["MemberId"] = period.MemberId,
            ["From"] = Text(period.From),
            ["To"] = Text(period.To),
            ["Reason"] = period.Reason,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Deletes the member's period [from, to]; false when he or she has no such period (another's is in another partition).</summary>
    public async Task<bool> RemoveAsync(string memberId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        try
        {
            var response = await Table.DeleteEntityAsync(TableKeys.Escape(memberId), TableKeys.Join(Text(from), Text(to)), ETag.All, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<Unavailability>> ListForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(memberId)}"), cancellationToken);

    /// <summary>Every member's periods that touch [from, to] (for the rotation: a job, not a turn; the table holds a few rows a member).</summary>
    public async Task<IReadOnlyList<Unavailability>> ListOverlappingAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await QueryAsync(TableClient.CreateQueryFilter($"To ge {Text(from)} and From le {Text(to)}"), cancellationToken);

    private async Task<IReadOnlyList<Unavailability>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var periods = new List<Unavailability>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            periods.Add(new Unavailability(e.GetString("MemberId"), Date(e.GetString("From")), Date(e.GetString("To")), e.GetString("Reason")));
        }
        return [.. periods.OrderBy(p => p.From)];
    }

    private static string Text(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
