using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Downloads;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.CommitteeAttendance;

/// <summary>
/// "Tải CSV" on "tình hình dự sinh hoạt", for the office (issue 12: "a CSV of the same for the office"): the figures of its
/// administered subtrees as they are when the link is opened; a member who is no longer the office gets nothing.
/// </summary>
public sealed class ComplianceDownload(OrganizationStore organization, ComplianceService compliance) : IDownloadSource
{
    public const string KindName = "committee-compliance";

    public const string QuarterParameter = "quarter";

    public string Kind => KindName;

    public static IReadOnlyDictionary<string, string> Parameters(Quarter quarter) =>
        new Dictionary<string, string> { [QuarterParameter] = quarter.Key };

    public async Task<DownloadFile?> ProduceAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Quarter.TryParse(request.Parameter(QuarterParameter), out var quarter)
            || await organization.FindMemberAsync(request.MemberId, cancellationToken) is not { Administers.Count: > 0 } office)
        {
            return null;
        }
        var report = await compliance.ReportAsync(quarter, office.Administers, cancellationToken);
        using var buffer = new MemoryStream();
        await ComplianceCsv.WriteAsync(report, buffer, cancellationToken);
        return new DownloadFile($"Tình hình dự sinh hoạt quý {quarter.Number}-{quarter.Year}.csv", DownloadFile.Csv, buffer.ToArray());
    }
}
