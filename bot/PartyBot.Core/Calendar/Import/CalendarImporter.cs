using System.Text;
using PartyBot.Core.Organization.Import;

namespace PartyBot.Core.Calendar.Import;

/// <summary>The columns of the calendar file (README.md, "Vietnam's calendar").</summary>
public static class CalendarColumns
{
    public static readonly ImportColumn Date = new("Ngày", true);
    public static readonly ImportColumn Kind = new("Loại", true, "Loại ngày");
    public static readonly ImportColumn Name = new("Tên", false, "Tên ngày");
    public static readonly ImportColumn Remove = new("Xóa", false, "Xoá");

    public static IReadOnlyList<ImportColumn> All { get; } = [Date, Kind, Name, Remove];
}

/// <summary>What a calendar import did: the problems (errors, warnings), then the counts (all zero when rejected).</summary>
public sealed record CalendarImportReport(IReadOnlyList<ImportProblem> Errors, IReadOnlyList<ImportProblem> Warnings, int Added, int Updated, int Removed, int Unchanged)
{
    public bool Succeeded => Errors.Count == 0;

    public IEnumerable<string> Lines() => Errors.Concat(Warnings).Select(p => p.ToString()).Append(
        Succeeded ? CalendarImportTexts.Summary(Added, Updated, Removed, Unchanged) : CalendarImportTexts.Rejected(Errors.Count));
}

/// <summary>
/// Imports the editable calendar table from a CSV file: Ngày (dd/MM/yyyy), Loại (nghỉ | làm việc), Tên (required for
/// nghỉ), Xóa (có: remove that day's row). Every row is checked first; on any error nothing is written. Rows equal to
/// the stored ones are left alone, so importing the same file again changes nothing. Days the file does not list are kept.
/// </summary>
public sealed class CalendarImporter(WorkingCalendar calendar)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Choices<CalendarOverrideKind> Kinds = new(
        CalendarImportTexts.KindWhat, Enum.GetValues<CalendarOverrideKind>(), CalendarImportTexts.KindName,
        (CalendarOverrideKind.DayOff, "ngày nghỉ"), (CalendarOverrideKind.WorkingDay, "ngày làm việc"), (CalendarOverrideKind.WorkingDay, "làm bù"));

    public async Task<CalendarImportReport> ImportAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
        return await ImportAsync(Path.GetFileName(path), reader, cancellationToken);
    }

    public async Task<CalendarImportReport> ImportAsync(string file, TextReader reader, CancellationToken cancellationToken)
    {
        var problems = new ImportProblems();
        var sheet = await CsvSheet.ReadAsync(file, reader, CalendarColumns.All, problems, cancellationToken);
        var rows = Parse(file, sheet, problems);
        if (problems.HasErrors)
        {
            return new CalendarImportReport(problems.Of(ImportSeverity.Error), problems.Of(ImportSeverity.Warning), 0, 0, 0, 0);
        }

        int added = 0, updated = 0, removed = 0, unchanged = 0;
        foreach (var year in rows.GroupBy(r => r.Date.Year))
        {
            var stored = (await calendar.OverridesAsync(year.Key, cancellationToken)).ToDictionary(o => o.Date);
            foreach (var row in year)
            {
                var existing = stored.GetValueOrDefault(row.Date);
                if (row.Remove)
                {
                    if (existing is null)
                    {
                        unchanged++;
                        continue;
                    }
                    await calendar.RemoveOverrideAsync(row.Date, cancellationToken);
                    removed++;
                    continue;
                }
                var value = new CalendarOverride(row.Date, row.Kind, string.IsNullOrWhiteSpace(row.Name) ? null : row.Name);
                if (value == existing)
                {
                    unchanged++;
                    continue;
                }
                await calendar.SetOverrideAsync(value, cancellationToken);
                if (existing is null)
                {
                    added++;
                }
                else
                {
                    updated++;
                }
            }
        }
        return new CalendarImportReport([], problems.Of(ImportSeverity.Warning), added, updated, removed, unchanged);
    }

    private static List<CalendarRow> Parse(string file, CsvSheet sheet, ImportProblems problems)
    {
        var rows = new List<CalendarRow>();
        var lineByDate = new Dictionary<DateOnly, int>();
        if (!sheet.HasAllRequiredColumns)
        {
            return rows;
        }
        foreach (var row in sheet.Rows)
        {
            var valid = true;
            var remove = false;
            var removeText = row[CalendarColumns.Remove];
            if (removeText.Length > 0 && !ImportVocabulary.YesNo.TryParse(removeText, out remove))
            {
                problems.Error(file, row.Line, CalendarColumns.Remove, CalendarImportTexts.NotYesNo(removeText));
                valid = false;
            }

            var dateText = row[CalendarColumns.Date];
            DateOnly date = default;
            if (dateText.Length == 0)
            {
                problems.Error(file, row.Line, CalendarColumns.Date, CalendarImportTexts.DateRequired);
                valid = false;
            }
            else if (!ImportVocabulary.TryDate(dateText, out date))
            {
                problems.Error(file, row.Line, CalendarColumns.Date, CalendarImportTexts.NotADate(dateText));
                valid = false;
            }
            else if (lineByDate.TryGetValue(date, out var earlier))
            {
                problems.Error(file, row.Line, CalendarColumns.Date, CalendarImportTexts.DuplicateDate(date, earlier));
                valid = false;
            }
            else
            {
                lineByDate[date] = row.Line;
            }

            // A removal needs only the date: Loại and Tên may stay as they were.
            var kind = CalendarOverrideKind.DayOff;
            var name = row[CalendarColumns.Name];
            if (!remove)
            {
                var kindText = row[CalendarColumns.Kind];
                if (kindText.Length == 0)
                {
                    problems.Error(file, row.Line, CalendarColumns.Kind, CalendarImportTexts.KindRequired);
                    valid = false;
                }
                else if (!Kinds.TryParse(kindText, out kind))
                {
                    problems.Error(file, row.Line, CalendarColumns.Kind, CalendarImportTexts.NotAKind(kindText));
                    valid = false;
                }
                else if (kind == CalendarOverrideKind.DayOff && name.Length == 0)
                {
                    problems.Error(file, row.Line, CalendarColumns.Name, CalendarImportTexts.NameRequired);
                    valid = false;
                }
                if (name.Length > CalendarOverride.MaxNameLength)
                {
                    problems.Error(file, row.Line, CalendarColumns.Name, CalendarImportTexts.NameTooLong(name.Length));
                    valid = false;
                }
            }
            if (valid)
            {
                rows.Add(new CalendarRow(date, kind, name, remove));
            }
        }
        return rows;
    }

    private sealed record CalendarRow(DateOnly Date, CalendarOverrideKind Kind, string Name, bool Remove);
}
