using System.Globalization;
using CsvHelper;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>
/// The compliance view as CSV for the office: UTF-8 with a byte order mark (so Excel reads the diacritics), a title, then
/// the chi bộ without an attendee and the committee members, each under its own header. Text that starts like a formula is escaped.
/// </summary>
public static class ComplianceCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        ValidateFieldCount = false,
        Injection = CsvInjection.Escape,
    };

    public static async Task WriteAsync(ComplianceReport report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        Record(csv, ComplianceTexts.CsvTitle(report.Quarter));
        Record(csv, ComplianceTexts.CsvCellsTitle);
        Record(csv, ComplianceTexts.CsvCellHeaders);
        foreach (var cell in report.Uncovered)
        {
            Record(csv, cell.UnitId, cell.UnitName, cell.UnitPath, ComplianceTexts.Gap(cell.Gap), Number(cell.Confirmed), Number(cell.Required));
        }
        Record(csv, ComplianceTexts.CsvMembersTitle);
        Record(csv, ComplianceTexts.CsvMemberHeaders);
        foreach (var m in report.Members)
        {
            Record(csv, m.MemberId, m.FullName, ComplianceTexts.Rank(m.Rank), Number(m.Attended), Number(m.Due),
                m.QuotaMet ? ComplianceTexts.Yes : ComplianceTexts.No, Number(m.Upcoming), Number(m.Pending), Number(m.Declined), Number(m.NoShows), Number(m.AwaitingRecord));
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void Record(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.EndRecord();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
