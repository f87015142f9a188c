using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Surveys;

/// <summary>
/// Reads what <see cref="SurveyOverviewFigures"/> needs: one point read of the survey row per chi bộ of the scope, the
/// ballot keys of the surveys still open, and the quarter's meetings (one bounded query per chi bộ) — never a table scan.
/// </summary>
public sealed class SurveyOverviewService(
    OrganizationStore organization, SurveyStore surveys, MeetingStore meetings, IOptions<SurveyOptions> options, TimeProvider time)
{
    private const int ParallelReads = 8;

    /// <param name="scopeUnitIds">The subtrees the viewer may see; their chi bộ are reported on.</param>
    public async Task<SurveyOverview> OverviewAsync(Quarter quarter, IReadOnlyList<string> scopeUnitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopeUnitIds);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var cells = tree.Units.Where(u => u.IsCell && scopeUnitIds.Any(root => tree.IsWithin(u.Id, root))).Select(u => u.Id).ToList();
        var found = new ConcurrentBag<Survey>();
        var openBallots = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(cells, parallel, async (unitId, ct) =>
        {
            if (await surveys.GetAsync(new SurveyId(unitId, quarter), ct) is not { } survey)
            {
                return;
            }
            found.Add(survey);
            if (survey.Status != SurveyStatus.Closed)
            {
                openBallots[unitId] = await surveys.CountBallotsAsync(survey.Id, ct);
            }
        });
        return SurveyOverviewFigures.Compute(new SurveyOverviewInput(
            quarter,
            time.GetUtcNow(),
            tree,
            scopeUnitIds,
            [.. found],
            openBallots,
            await meetings.ListStartingAsync(cells, quarter.Starts, quarter.Ends, cancellationToken),
            options.Value.GoodShareTargetPercent,
            options.Value.ThematicShareTargetPercent));
    }
}
