using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using PartyBot.Core.Storage;

namespace PartyBot.Core.Surveys;

/// <summary>
/// Surveys (table Surveys: PartitionKey = unit, RowKey = quarter) and their ballots (table SurveyBallots: PartitionKey =
/// unit|quarter, RowKey = the ballot's keyed hash from <see cref="BallotReceipts"/>). A ballot row holds the ratings and
/// the comment only: no member id, name, Entra id nor time of ours. Rows of a partition are listed in key order, i.e. in
/// the order of the hashes, never in the order of the votes or the voters.
/// </summary>
public sealed class SurveyStore(TableStore store)
{
    private TableClient Surveys => store.Table(TableNames.Surveys);

    private TableClient Ballots => store.Table(TableNames.SurveyBallots);

    public async Task<Survey?> GetAsync(SurveyId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!TableKeys.CanHold(id.UnitId))
        {
            return null;
        }
        var found = await Surveys.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(id.UnitId), id.Quarter.ToString(), cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(id, found.Value!) : null;
    }

    /// <summary>Adds the survey; when another run or host opened it first, that one is returned and Opened is false.</summary>
    public async Task<(Survey Survey, bool Opened)> OpenAsync(Survey survey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        try
        {
            await Surveys.AddEntityAsync(ToEntity(survey), cancellationToken);
            return (survey, true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await GetAsync(survey.Id, cancellationToken) ?? throw new InvalidOperationException($"Survey {survey.Id} vanished while opened."), false);
        }
    }

    /// <summary>Read, change, write under the row's ETag; on a conflict again on fresh data. Null when the survey is not there.</summary>
    public Task<Survey?> UpdateAsync(SurveyId id, Func<Survey, Survey> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ConcurrentWrites.RetryAsync(async () =>
        {
            var found = await Surveys.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(id.UnitId), id.Quarter.ToString(), cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                return null;
            }
            var current = FromEntity(id, found.Value!);
            var changed = change(current);
            if (changed == current)
            {
                return current;
            }
            await Surveys.UpdateEntityAsync(ToEntity(changed), found.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
            return changed;
        });
    }

    public async Task<Ballot?> FindBallotAsync(SurveyId id, string receipt, CancellationToken cancellationToken)
    {
        var found = await Ballots.GetEntityIfExistsAsync<TableEntity>(PartitionOf(id), receipt, cancellationToken: cancellationToken);
        return found.HasValue ? BallotOf(found.Value!) : null;
    }

    /// <summary>Adds the ballot under its receipt; false when one is there already (nothing written).</summary>
    public async Task<bool> TryAddBallotAsync(SurveyId id, string receipt, Ballot ballot, CancellationToken cancellationToken)
    {
        try
        {
            await Ballots.AddEntityAsync(BallotEntity(id, receipt, ballot, sealedAtClose: false), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The voter's own change: replaces his or her ballot (the only writer of that row before the close).</summary>
    public async Task ReplaceBallotAsync(SurveyId id, string receipt, Ballot ballot, CancellationToken cancellationToken) =>
        await Ballots.UpdateEntityAsync(BallotEntity(id, receipt, ballot, sealedAtClose: false), ETag.All, TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<Ballot>> ListBallotsAsync(SurveyId id, CancellationToken cancellationToken)
    {
        var ballots = new List<Ballot>();
        await foreach (var entity in Ballots.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionOf(id), cancellationToken: cancellationToken))
        {
            ballots.Add(BallotOf(entity));
        }
        return ballots;
    }

    /// <summary>How many have voted (turnout): keys only.</summary>
    public async Task<int> CountBallotsAsync(SurveyId id, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in Ballots.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionOf(id), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// At the close, every ballot is written again (in key order): Table storage's Timestamp and ETag of each row then tell
    /// the close, no longer when (and so, matched with other traces, by whom) each ballot was cast.
    /// </summary>
    public async Task SealBallotsAsync(SurveyId id, CancellationToken cancellationToken)
    {
        await foreach (var entity in Ballots.QueryAsync<TableEntity>(e => e.PartitionKey == PartitionOf(id), select: ["PartitionKey", "RowKey", "Sealed"], cancellationToken: cancellationToken))
        {
            if (entity.GetBoolean("Sealed") == true)
            {
                continue;
            }
            await Ballots.UpdateEntityAsync(new TableEntity(entity.PartitionKey, entity.RowKey) { ["Sealed"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
    }

    private static string PartitionOf(SurveyId id) => TableKeys.Join(id.UnitId, id.Quarter.ToString());

    private static TableEntity BallotEntity(SurveyId id, string receipt, Ballot ballot, bool sealedAtClose)
    {
        var entity = new TableEntity(PartitionOf(id), receipt)
        {
            ["Ratings"] = JsonSerializer.Serialize(new SortedDictionary<string, int>(ballot.Ratings.ToDictionary(), StringComparer.Ordinal)),
            ["Sealed"] = sealedAtClose,
        };
        if (ballot.Comment is { Length: > 0 } comment)
        {
            entity["Comment"] = comment;
        }
        return entity;
    }

    private static Ballot BallotOf(TableEntity entity) =>
        new(JsonSerializer.Deserialize<Dictionary<string, int>>(entity.GetString("Ratings") ?? "{}") ?? [], entity.GetString("Comment"));

    private static TableEntity ToEntity(Survey survey) => new(TableKeys.Escape(survey.Id.UnitId), survey.Id.Quarter.ToString())
    {
        ["UnitId"] = survey.Id.UnitId,
        ["Status"] = survey.Status.ToString(),
        ["OpenedAt"] = survey.OpenedAt,
        ["ClosesAt"] = survey.ClosesAt,
        ["Summoned"] = JsonSerializer.Serialize(survey.Summoned),
        ["OpenedBecause"] = survey.OpenedBecause,
        ["BallotsQueued"] = survey.BallotsQueued,
        ["Reminded"] = survey.Reminded,
        ["Result"] = survey.Result is null ? null : JsonSerializer.Serialize(survey.Result),
        ["ResultPosted"] = survey.ResultPosted,
    };

    private static Survey FromEntity(SurveyId id, TableEntity entity) => new(
        id,
        Enum.Parse<SurveyStatus>(entity.GetString("Status")),
        entity.GetDateTimeOffset("OpenedAt")!.Value,
        entity.GetDateTimeOffset("ClosesAt")!.Value,
        JsonSerializer.Deserialize<List<string>>(entity.GetString("Summoned") ?? "[]") ?? [],
        entity.GetString("OpenedBecause"),
        entity.GetBoolean("BallotsQueued") ?? false,
        entity.GetBoolean("Reminded") ?? false,
        entity.GetString("Result") is { } result ? JsonSerializer.Deserialize<SurveyResult>(result) : null,
        entity.GetBoolean("ResultPosted") ?? false);
}
