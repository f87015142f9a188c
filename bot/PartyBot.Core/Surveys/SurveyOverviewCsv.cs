using System.Globalization;
using CsvHelper;

namespace PartyBot.Core.Surveys;

/// <summary>
/// "kết quả khảo sát" as CSV: UTF-8 with a byte order mark (Excel reads the diacritics), a title, the two shares against
/// their targets, then one line per chi bộ in the card's order. Text that starts like a formula is escaped.
/// Numbers are written with a dot, so a spreadsheet in any locale reads them as numbers.
/// </summary>
public static class SurveyOverviewCsv
{
    public static async Task WriteAsync(SurveyOverview overview, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(output);
        await using var csv = CsvWriter.Create(output, OfficeCsv.Options, leaveOpen: true);
        OfficeCsv.Record(csv, SurveyOverviewTexts.CsvTitle(overview.Quarter));
        OfficeCsv.Record(csv, SurveyOverviewTexts.CsvGoodShare(overview));
        OfficeCsv.Record(csv, SurveyOverviewTexts.CsvThematicShare(overview));
        OfficeCsv.Record(csv, SurveyOverviewTexts.CsvHeaders);
        foreach (var u in overview.Units)
        {
            OfficeCsv.Record(csv, u.UnitId, u.UnitName, u.UnitPath, SurveyOverviewTexts.Outcome(u), u.Score is { } score ? Number(score) : "",
                Number(u.Ballots), Number(u.Summoned), u.Summoned == 0 ? "" : Number(Math.Round(u.TurnoutPercent, 1, MidpointRounding.AwayFromZero)),
                u.HeldThematic ? SurveyOverviewTexts.Yes : SurveyOverviewTexts.No);
        }
        await csv.FlushAsync(cancellationToken);
    }

    public static async Task<byte[]> ToBytesAsync(SurveyOverview overview, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(overview, buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
