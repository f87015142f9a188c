using CsvHelper;

namespace PartyBot.Core;

/// <summary>
/// How the office's CSV exports are written: UTF-8 with a byte order mark (so Excel reads the diacritics), sections of
/// different widths in one file, and text that starts like a formula escaped.
/// </summary>
public static class OfficeCsv
{
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        ValidateFieldCount = false,
        Injection = CsvInjection.Escape,
    };

    public static void Record(CsvWriter csv, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.EndRecord();
    }
}
