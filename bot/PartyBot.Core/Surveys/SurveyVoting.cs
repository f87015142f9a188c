using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Surveys;

public enum VoteStatus
{
    Recorded,
    Changed,
    Unchanged,
    NotFound,
    NotAMember,
    OtherCell,
    NotSummoned,
    Closed,
    AlreadyVoted,
    Invalid,
}

/// <summary>A vote as the card sent it (untrusted): the ratings by criterion id as typed, and the comment.</summary>
public sealed record VoteRequest(string? UnitId, string? SurveyId, IReadOnlyDictionary<string, string?> Ratings, string? Comment);

/// <summary>What became of a vote; <see cref="Message"/> is the Vietnamese answer. Only Recorded and Changed wrote anything.</summary>
public sealed record VoteOutcome(VoteStatus Status, string Message, Survey? Survey = null)
{
    public bool Accepted => Status is VoteStatus.Recorded or VoteStatus.Changed or VoteStatus.Unchanged;
}

/// <summary>
/// Takes a member's ballot: every id and value of the card is checked again (survey, member, chi bộ, summoned, open,
/// each criterion and its range, the comment's length) before anything is written; one ballot per member and survey
/// under the keyed hash, changed in place until the close when the configuration allows. Logs carry the survey, never
/// the voter.
/// </summary>
public sealed partial class SurveyVoting(
    SurveyStore store, BallotReceipts receipts, OrganizationStore organization, IOptions<SurveyOptions> options, TimeProvider time, ILogger<SurveyVoting> logger)
{
    public const string Kind = "survey-vote";

    public SurveyOptions Options => options.Value;

    public async Task<VoteOutcome> VoteAsync(Member? voter, VoteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.UnitId is not { Length: > 0 } unitId || Quarter.TryParse(request.SurveyId) is not { } quarter ||
            await store.GetAsync(new SurveyId(unitId, quarter), cancellationToken) is not { } survey)
        {
            return Refuse(VoteStatus.NotFound, SurveyTexts.NotFound, null);
        }
        if (voter is null)
        {
            return Refuse(VoteStatus.NotAMember, SurveyTexts.NotAMember, survey);
        }
        var receipt = receipts.Of(survey.Id, voter.Id);
        if (!survey.IsSummoned(receipt))
        {
            var tree = await organization.LoadTreeAsync(cancellationToken);
            return tree.IsWithin(voter.UnitId, survey.Id.UnitId)
                ? Refuse(VoteStatus.NotSummoned, SurveyTexts.NotSummoned, survey)
                : Refuse(VoteStatus.OtherCell, SurveyTexts.OtherCell, survey);
        }
        if (!survey.TakesVotes(time.GetUtcNow()))
        {
            return Refuse(VoteStatus.Closed, SurveyTexts.Closed, survey);
        }
        if (Check(request) is { } problem)
        {
            return Refuse(VoteStatus.Invalid, problem, survey);
        }
        var ballot = new Ballot(
            Options.CriteriaInUse.ToDictionary(c => c.Id, c => int.Parse(request.Ratings[c.Id]!.Trim(), System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal),
            request.Comment?.Trim() is { Length: > 0 } comment ? comment : null);
        if (await store.TryAddBallotAsync(survey.Id, receipt, ballot, cancellationToken))
        {
            LogBallot(logger, survey.Id, "recorded");
            return new VoteOutcome(VoteStatus.Recorded, SurveyTexts.Recorded, survey);
        }
        if (!Options.AllowVoteChanges)
        {
            return Refuse(VoteStatus.AlreadyVoted, SurveyTexts.AlreadyVoted, survey);
        }
        if (await store.FindBallotAsync(survey.Id, receipt, cancellationToken) is { } stored && stored.SameAs(ballot))
        {
            return new VoteOutcome(VoteStatus.Unchanged, SurveyTexts.Unchanged, survey);
        }
        await store.ReplaceBallotAsync(survey.Id, receipt, ballot, cancellationToken);
        LogBallot(logger, survey.Id, "changed");
        return new VoteOutcome(VoteStatus.Changed, SurveyTexts.Changed, survey);
    }

    /// <summary>Whether the member has voted (for the reminder): re-derives the keyed hash; nothing is stored about who voted.</summary>
    public async Task<bool> HasVotedAsync(SurveyId survey, string memberId, CancellationToken cancellationToken) =>
        await store.FindBallotAsync(survey, receipts.Of(survey, memberId), cancellationToken) is not null;

    private string? Check(VoteRequest request)
    {
        var criteria = Options.CriteriaInUse;
        if (request.Ratings.Keys.Any(id => Options.FindCriterion(id) is null))
        {
            return SurveyTexts.UnknownCriterion;
        }
        var missing = criteria.Where(c => !request.Ratings.TryGetValue(c.Id, out var v) || string.IsNullOrWhiteSpace(v)).Select(c => c.Title).ToList();
        if (missing.Count > 0)
        {
            return SurveyTexts.MissingCriteria(missing);
        }
        foreach (var criterion in criteria)
        {
            if (!int.TryParse(request.Ratings[criterion.Id]!.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var rating) ||
                rating < Options.ScaleMin || rating > Options.ScaleMax)
            {
                return SurveyTexts.OutOfRange(criterion.Title, Options.ScaleMin, Options.ScaleMax);
            }
        }
        return request.Comment?.Trim() is { } comment && comment.Length > Options.CommentMaxLength ? SurveyTexts.CommentTooLong(Options.CommentMaxLength) : null;
    }

    private VoteOutcome Refuse(VoteStatus status, string message, Survey? survey)
    {
        LogRefused(logger, survey?.Id, status);
        return new VoteOutcome(status, message, survey);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {Survey}: a ballot was {What}")]
    private static partial void LogBallot(ILogger logger, SurveyId survey, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey {Survey}: a vote was refused ({Status})")]
    private static partial void LogRefused(ILogger logger, SurveyId? survey, VoteStatus status);
}
