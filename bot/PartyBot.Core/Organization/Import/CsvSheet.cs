using System.Text;
using CsvHelper;

namespace PartyBot.Core.Organization.Import;

/// <summary>One record of an import file: the line where it starts and its values by column ("" when empty or absent).</summary>
/// <param name="Refused">Columns whose value was refused (too long, a control character; already reported): read as "", not as left empty.</param>
internal sealed record SheetRow(int Line, IReadOnlyDictionary<ImportColumn, string> Values, IReadOnlySet<ImportColumn> Refused)
{
    public string this[ImportColumn column] => Values.GetValueOrDefault(column, "");

    /// <summary>True when the cell was left empty (not when its value was refused).</summary>
    public bool IsEmpty(ImportColumn column) => this[column].Length == 0 && !Refused.Contains(column);
}

/// <summary>
/// An import file read with CsvHelper: comma-separated, quoted fields allowed, UTF-8 with or without BOM. Headers
/// are matched to the expected columns ignoring case and diacritics; every problem found is reported with its line.
/// A value longer than its column allows, or holding a control character other than a line break, is refused here,
/// before any rule looks at it; a file holding a NUL (UTF-16 read as UTF-8) is refused whole.
/// </summary>
internal sealed record CsvSheet(string File, IReadOnlyList<SheetRow> Rows, bool HasAllRequiredColumns)
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
    };

    public static async Task<CsvSheet> ReadAsync(
        string file, TextReader reader, IReadOnlyList<ImportColumn> columns, ImportProblems problems, CancellationToken cancellationToken)
    {
        var malformed = new List<CsvMalformedRecord>();
        var rows = new List<SheetRow>();
        try
        {
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                problems.Error(file, 0, null, ImportTexts.NotUtf8);
                return new CsvSheet(file, [], false);
            }
            using var csv = CsvReader.Create(new StringReader(text), Options with { OnMalformedRecord = malformed.Add }, leaveOpen: false);
            await csv.ReadHeaderAsync(cancellationToken);
            var headers = csv.Headers;
            if (headers.Count == 0)
            {
                problems.Error(file, 0, null, ImportTexts.EmptyFile);
                return new CsvSheet(file, [], false);
            }
            var map = MapHeaders(file, headers, columns, problems);
            while (await csv.ReadAsync(cancellationToken))
            {
                var line = (int)csv.LineNumber;
                if (csv.FieldCount > headers.Count && Enumerable.Range(headers.Count, csv.FieldCount - headers.Count).Any(i => !csv.IsEmpty(i)))
                {
                    problems.Error(file, line, null, ImportTexts.TooManyFields(csv.FieldCount, headers.Count));
                }
                var values = map.ToDictionary(m => m.Value, m => (csv.GetString(m.Key) ?? "").Trim());
                if (values.Values.Any(v => v.Length > 0))
                {
                    rows.Add(new SheetRow(line, values, Refuse(file, line, values, problems)));
                }
            }
            // A stray quote inside an unquoted field is kept as text (Nguyễn Văn "Út"): nothing is lost, so no error.
            foreach (var record in malformed.Where(r => r.Reason != CsvMalformedReason.StrayQuote))
            {
                problems.Error(file, (int)record.LineNumber, null, Describe(record.Reason));
            }
            return new CsvSheet(file, rows, columns.Where(c => c.Required).All(map.ContainsValue));
        }
        catch (DecoderFallbackException)
        {
            problems.Error(file, 0, null, ImportTexts.NotUtf8);
            return new CsvSheet(file, [], false);
        }
    }

    /// <summary>Reports and blanks the values storage or a card cannot hold; returns their columns.</summary>
    private static HashSet<ImportColumn> Refuse(string file, int line, Dictionary<ImportColumn, string> values, ImportProblems problems)
    {
        var refused = new HashSet<ImportColumn>();
        foreach (var (column, value) in values)
        {
            var control = value.FirstOrDefault(c => char.IsControl(c) && c is not ('\r' or '\n'));
            if (value.Length > column.MaxLength)
            {
                problems.Error(file, line, column, ImportTexts.TooLong(value, column.MaxLength));
            }
            else if (control != default)
            {
                problems.Error(file, line, column, ImportTexts.ControlCharacter(value, control));
            }
            else
            {
                continue;
            }
            refused.Add(column);
        }
        foreach (var column in refused)
        {
            values[column] = "";
        }
        return refused;
    }

    private static Dictionary<int, ImportColumn> MapHeaders(
        string file, IReadOnlyList<string> headers, IReadOnlyList<ImportColumn> columns, ImportProblems problems)
    {
        var map = new Dictionary<int, ImportColumn>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim().Trim('\uFEFF');
            if (header.Length == 0)
            {
                continue;
            }
            if (columns.FirstOrDefault(c => c.Matches(header)) is not { } column)
            {
                problems.Warning(file, 1, null, ImportTexts.UnknownColumn(header));
            }
            else if (map.ContainsValue(column))
            {
                problems.Error(file, 1, column, ImportTexts.DuplicateColumn(header));
            }
            else
            {
                map[i] = column;
            }
        }
        foreach (var missing in columns.Where(c => c.Required && !map.ContainsValue(c)))
        {
            problems.Error(file, 1, null, ImportTexts.MissingColumn(missing.Header));
        }
        return map;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.TextAfterClosingQuote => ImportTexts.TextAfterQuote,
        CsvMalformedReason.UnterminatedQuote => ImportTexts.UnterminatedQuote,
        _ => ImportTexts.MalformedRecord,
    };
}
