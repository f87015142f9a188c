using System.Globalization;
using CsvHelper;

namespace PartyBot.Core.CommitteeAttendance;

/// <summary>
/// The compliance view as CSV for the office: UTF-8 with a byte order mark (so Excel reads the diacritics), a title, then
/// the chi bộ without an attendee and the committee members, each under its own header. Text that starts like a formula is escaped.
/// </summary>
public static class ComplianceCsv
{
    public static async Task WriteAsync(ComplianceReport report, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await using var csv = CsvWriter.Create(output, OfficeCsv.Options, leaveOpen: true);
        OfficeCsv.Record(csv, ComplianceTexts.CsvTitle(report.Quarter));
        OfficeCsv.Record(csv, ComplianceTexts.CsvCellsTitle);
        OfficeCsv.Record(csv, ComplianceTexts.CsvCellHeaders);
        foreach (var cell in report.Uncovered)
        {
            OfficeCsv.Record(csv, cell.UnitId, cell.UnitName, cell.UnitPath, ComplianceTexts.Gap(cell.Gap), Number(cell.Confirmed), Number(cell.Required));
        }
        OfficeCsv.Record(csv, ComplianceTexts.CsvMembersTitle);
        OfficeCsv.Record(csv, ComplianceTexts.CsvMemberHeaders);
        foreach (var m in report.Members)
        {
            OfficeCsv.Record(csv, m.MemberId, m.FullName, ComplianceTexts.Rank(m.Rank), Number(m.Attended), Number(m.Due),
                m.QuotaMet ? ComplianceTexts.Yes : ComplianceTexts.No, Number(m.Upcoming), Number(m.Pending), Number(m.Declined), Number(m.NoShows), Number(m.AwaitingRecord));
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
