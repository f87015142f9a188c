namespace PartyBot.Core.Organization.Import;

/// <summary>A line of units.csv, read on its own (references to other units are checked by <see cref="TreeRules"/>).</summary>
/// <param name="Kind">Null when the value was wrong (already reported).</param>
internal sealed record UnitRow(int Line, string Id, string Name, UnitKind? Kind, string? ParentId, MeetingSlot? Slot, bool OnlineMeetingsApproved);

/// <summary>Reads the lines of units.csv: required values, kind, meeting slot (chi bộ only, defaults from <see cref="MeetingSlot.Default"/>).</summary>
internal static class UnitRows
{
    private static readonly ImportColumn[] MeetingColumns =
        [UnitColumns.MeetingDay, UnitColumns.MeetingTime, UnitColumns.ShiftToWorkingDay, UnitColumns.OnlineApproved];

    public static IReadOnlyList<UnitRow> Read(CsvSheet sheet, ImportProblems problems) =>
        [.. sheet.Rows.Select(row => Read(sheet.File, row, problems))];

    private static UnitRow Read(string file, SheetRow row, ImportProblems problems)
    {
        var values = new RowValues(file, row, problems);
        var id = values.UnitId(UnitColumns.Id, required: true) ?? "";
        var name = values.Required(UnitColumns.Name);
        var kind = values.Choice(UnitColumns.Kind, ImportVocabulary.Kinds, required: true);
        var parent = values.UnitId(UnitColumns.Parent, required: false);
        if (kind is { } notCell && notCell != UnitKind.Cell)
        {
            foreach (var column in MeetingColumns.Where(c => row[c].Length > 0))
            {
                problems.Error(file, row.Line, column, ImportTexts.OnlyForCells(row[column], notCell));
            }
            return new UnitRow(row.Line, id, name, kind, parent, null, false);
        }
        var slot = new MeetingSlot(
            values.Day(UnitColumns.MeetingDay) ?? MeetingSlot.Default.DayOfMonth,
            values.Time(UnitColumns.MeetingTime) ?? MeetingSlot.Default.Time,
            values.Choice(UnitColumns.ShiftToWorkingDay, ImportVocabulary.YesNo, required: false) ?? MeetingSlot.Default.ShiftToWorkingDay);
        var online = values.Choice(UnitColumns.OnlineApproved, ImportVocabulary.YesNo, required: false) ?? false;
        return new UnitRow(row.Line, id, name, kind, parent, slot, online);
    }
}
