using System.Text;
using CsvHelper;

namespace PartyBot.Core.Organization.Import;

/// <summary>One record of an import file: the line where it starts and its values by column ("" when empty or absent).</summary>
internal sealed record SheetRow(int Line, IReadOnlyDictionary<ImportColumn, string> Values)
{
    public string this[ImportColumn column] => Values.GetValueOrDefault(column, "");
}

/// <summary>
/// An import file read with CsvHelper: comma-separated, quoted fields allowed, UTF-8 with or without BOM. Headers
/// are matched to the expected columns ignoring case and diacritics; every problem found is reported with its line.
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
            using var csv = CsvReader.Create(reader, Options with { OnMalformedRecord = malformed.Add }, leaveOpen: true);
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
                    rows.Add(new SheetRow(line, values));
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
