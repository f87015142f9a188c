using PartyBot.Bot.Organization;
using PartyBot.Core.Downloads;
using PartyBot.Core.Organization;
using PartyBot.Core.Surveys;

namespace PartyBot.Bot.Surveys;

/// <summary>
/// "Tải CSV" on "kết quả khảo sát": the whole list of the quarter as CSV, made when the link is opened, for the scope the
/// member has then (a member who has lost the office or the committee seat since gets nothing).
/// </summary>
public sealed class SurveyOverviewDownload(OrganizationStore organization, SurveyOverviewService overview) : IDownloadSource
{
    public const string KindName = "survey-overview";

    public const string QuarterParameter = "quarter";

    public string Kind => KindName;

    public static IReadOnlyDictionary<string, string> Parameters(Quarter quarter) =>
        new Dictionary<string, string> { [QuarterParameter] = quarter.ToString() };

    public async Task<DownloadFile?> ProduceAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Quarter.TryParse(request.Parameter(QuarterParameter)) is not { } quarter
            || await organization.FindMemberAsync(request.MemberId, cancellationToken) is not { } member)
        {
            return null;
        }
        var scope = SurveyOverviewScreen.Scope(new Caller(member, await organization.LoadTreeAsync(cancellationToken)));
        if (scope.Count == 0)
        {
            return null;
        }
        var figures = await overview.OverviewAsync(quarter, scope, cancellationToken);
        return new DownloadFile($"Kết quả khảo sát quý {quarter.Number}-{quarter.Year}.csv", DownloadFile.Csv, await SurveyOverviewCsv.ToBytesAsync(figures, cancellationToken));
    }
}
