using System.Text.Json;
using PartyBot.Bot.Commands;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Surveys;
using PartyBot.Core.Organization;
using PartyBot.Core.Surveys;

namespace PartyBot.Bot.Surveys;

/// <summary>
/// "Gửi phiếu" (survey.vote; data unitId, surveyId; inputs rate.{criterion}, surveyComment): the member's ballot. The
/// answer is the card again: recorded (without the ratings), or the form with the reason in red when the ballot was
/// refused; a vote that cannot be the caller's (no such survey, not a member, another chi bộ, not summoned) is an
/// error answer. Nothing is written unless every check passes.
/// </summary>
public sealed class SurveyVoteAction(SurveyVoting voting, OrganizationStore organization) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = await voting.VoteAsync(context.Caller?.Member, RequestOf(context.Data), cancellationToken);
        if (outcome.Survey is not { } survey || outcome.Status is VoteStatus.NotFound or VoteStatus.NotAMember or VoteStatus.OtherCell or VoteStatus.NotSummoned)
        {
            return AdaptiveCardInvokeResponse.Error(outcome.Status == VoteStatus.NotFound ? 404 : 403, "Survey" + outcome.Status, outcome.Message);
        }
        var (state, isError) = outcome.Status switch
        {
            VoteStatus.Recorded or VoteStatus.Changed or VoteStatus.Unchanged => (BallotState.Recorded, false),
            VoteStatus.AlreadyVoted => (BallotState.Recorded, true),
            VoteStatus.Closed => (BallotState.Closed, true),
            _ => (BallotState.Open, true),
        };
        var unitName = (await organization.FindUnitAsync(survey.Id.UnitId, cancellationToken))?.Name ?? survey.Id.UnitId;
        var view = BallotView.For(unitName, survey, state, voting.Options) with { Notice = outcome.Message, NoticeIsError = isError };
        return AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(BallotCard.Build(view)));
    }

    /// <summary>The vote as sent: strings as typed, a number as written, anything else as a value no scale holds.</summary>
    private static VoteRequest RequestOf(JsonElement? data)
    {
        var ratings = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? unitId = null, surveyId = null, comment = null;
        if (data is { ValueKind: JsonValueKind.Object } value)
        {
            foreach (var property in value.EnumerateObject())
            {
                var text = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => "?",
                };
                switch (property.Name)
                {
                    case SurveyVerbs.UnitIdKey:
                        unitId = property.Value.ValueKind == JsonValueKind.String ? text : null;
                        break;
                    case SurveyVerbs.SurveyIdKey:
                        surveyId = property.Value.ValueKind == JsonValueKind.String ? text : null;
                        break;
                    case SurveyVerbs.CommentInput:
                        comment = property.Value.ValueKind == JsonValueKind.String ? text : null;
                        break;
                    case var name when name.StartsWith(SurveyVerbs.RatingPrefix, StringComparison.Ordinal):
                        ratings[name[SurveyVerbs.RatingPrefix.Length..]] = text;
                        break;
                }
            }
        }
        return new VoteRequest(unitId, surveyId, ratings, comment);
    }
}
