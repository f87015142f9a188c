using System.Globalization;
using CsvHelper;
using PartyBot.Core;
using PartyBot.Cards.Reports;
using PartyBot.Core.Downloads;
using PartyBot.Core.Organization;
using PartyBot.Core.Reports;
using SurveyQuarter = PartyBot.Core.Surveys.Quarter;

namespace PartyBot.Bot.Reports;

/// <summary>
/// The dashboard's lists as CSV behind a signed, expiring link ("report-status", "report-targets"; parameters unit and
/// quarter): made when the link is opened, for a member who still administers the unit, else nothing (404). UTF-8 with a
/// byte order mark so Excel reads the diacritics; text that starts like a formula is escaped.
/// </summary>
public abstract class ReportDownload(OrganizationStore organization, ReportFigures figures) : IDownloadSource
{
    public const string UnitKey = "unit";
    public const string QuarterKey = "quarter";

    public abstract string Kind { get; }

    protected ReportFigures Figures => figures;

    public static Dictionary<string, string> Parameters(string unitId, SurveyQuarter quarter) => new() { [UnitKey] = unitId, [QuarterKey] = quarter.ToString() };

    public async Task<DownloadFile?> ProduceAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        if (SurveyQuarter.TryParse(request.Parameter(QuarterKey)) is not { } quarter || request.Parameter(UnitKey) is not { } unitId || tree.Find(unitId) is not { } root ||
            await organization.FindMemberAsync(request.MemberId, cancellationToken) is not { } member || !new Permissions(tree).Administers(member, root.Id))
        {
            return null;
        }
        using var output = new MemoryStream();
        await using (var csv = CsvWriter.Create(output, OfficeCsv.Options, leaveOpen: true))
        {
            await WriteAsync(csv, tree, root, quarter, cancellationToken);
            await csv.FlushAsync(cancellationToken);
        }
        return new DownloadFile($"{Kind}-{root.Id}-{quarter}.csv", DownloadFile.Csv, output.ToArray());
    }

    protected abstract Task WriteAsync(CsvWriter csv, OrganizationTree tree, Unit root, SurveyQuarter quarter, CancellationToken cancellationToken);

    protected static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Every report of the quarter of the units below the root: unit, report, due day, state, working days late, who was told.</summary>
public sealed class ReportStatusDownload(OrganizationStore organization, ReportFigures figures) : ReportDownload(organization, figures)
{
    public const string KindName = "report-status";

    public override string Kind => KindName;

    protected override async Task WriteAsync(CsvWriter csv, OrganizationTree tree, Unit root, SurveyQuarter quarter, CancellationToken cancellationToken)
    {
        OfficeCsv.Record(csv, ReportTexts.CsvStatusHeaders);
        foreach (var unit in await Figures.StatusAsync(tree, root.Id, quarter, cancellationToken))
        {
            foreach (var line in unit.Lines)
            {
                var late = line.Report.IsOwed ? line.WorkingDaysOverdue : line.Report.WorkingDaysLate;
                OfficeCsv.Record(csv, unit.UnitId, unit.UnitName, line.Report.Id, line.Report.Title, ReportTexts.Date(line.Report.DueOn), line.StateText,
                    Number(late), line.Report.Link?.AbsoluteUri ?? "", string.Join("; ", line.Report.ToldSoFar.Select(t => t.FullName)));
            }
        }
    }
}

/// <summary>The quarter's targets: title, achieved, total, percent, target.</summary>
public sealed class ReportTargetsDownload(OrganizationStore organization, ReportFigures figures) : ReportDownload(organization, figures)
{
    public const string KindName = "report-targets";

    public override string Kind => KindName;

    protected override async Task WriteAsync(CsvWriter csv, OrganizationTree tree, Unit root, SurveyQuarter quarter, CancellationToken cancellationToken)
    {
        OfficeCsv.Record(csv, ReportTexts.CsvTargetHeaders);
        foreach (var figure in (await Figures.TargetsAsync(tree, root.Id, quarter, cancellationToken)).Figures)
        {
            OfficeCsv.Record(csv, figure.Title, Number(figure.Achieved), Number(figure.Total),
                figure.Percent.ToString("0.#", CultureInfo.InvariantCulture), figure.TargetPercent.ToString("0.#", CultureInfo.InvariantCulture));
        }
    }
}
