using System.Globalization;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Calendar;

/// <summary>The editable table in Table storage: PartitionKey = year, RowKey = yyyy-MM-dd, Kind = DayOff|WorkingDay, Name.</summary>
public sealed class CalendarOverrideStore(TableStore store)
{
    private const string DateFormat = "yyyy-MM-dd";

    private TableClient Table => store.Table(TableNames.CalendarOverrides);

    public async Task<IReadOnlyList<CalendarOverride>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var partition = Partition(year);
        var overrides = new List<CalendarOverride>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            overrides.Add(new CalendarOverride(
                DateOnly.ParseExact(entity.RowKey, DateFormat, CultureInfo.InvariantCulture),
                Enum.Parse<CalendarOverrideKind>(entity.GetString("Kind")),
                entity.GetString("Name")));
        }
        return overrides;
    }

    /// <summary>Writes the day's row, replacing any earlier one for that day.</summary>
    public async Task SaveAsync(CalendarOverride value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var entity = new TableEntity(Partition(value.Date.Year), Row(value.Date))
        {
            ["Kind"] = value.Kind.ToString(),
            ["Name"] = value.Name,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Removes the day's row; nothing happens when there is none.</summary>
    public async Task RemoveAsync(DateOnly date, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(Partition(date.Year), Row(date), ETag.All, cancellationToken);

    private static string Partition(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Row(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
