using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.Cards.Surveys;
using PartyBot.Core.Calendar;
using PartyBot.Core.Surveys;

namespace PartyBot.Bot.Surveys;

/// <summary>
/// "phiếu khảo sát": the caller's own ballot of his or her chi bộ's open survey, again — for a member who wrote to the
/// bot only after the ballots went out (the job could not reach him or her then), or who lost the card. The blank form,
/// or "đã ghi nhận" once voted (never the ratings); always to the asker alone.
/// </summary>
public sealed class BallotCommand(SurveyStore surveys, SurveyVoting voting, BallotReceipts receipts, TimeProvider time) : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.ReplyAsync(await AnswerAsync(context, cancellationToken) with { AskerOnly = true }, cancellationToken);
    }

    private async Task<CommandReply> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var member = context.Member.Member;
        if (context.Member.Tree.SelfAndAncestors(member.UnitId).FirstOrDefault(u => u.IsCell) is not { } cell)
        {
            return CommandReply.Refusal(SurveyTexts.NoCellForBallot);
        }
        var now = time.GetUtcNow();
        var quarter = Quarter.Of(DateOnly.FromDateTime(VietnamTime.ToVietnam(now).DateTime));
        Survey? open = null;
        foreach (var id in new[] { new SurveyId(cell.Id, quarter), new SurveyId(cell.Id, quarter.Previous) })
        {
            open ??= await surveys.GetAsync(id, cancellationToken) is { } survey && survey.TakesVotes(now) ? survey : null;
        }
        if (open is null)
        {
            return CommandReply.Refusal(SurveyTexts.NoOpenSurvey(cell.Name));
        }
        if (!open.IsSummoned(receipts.Of(open.Id, member.Id)))
        {
            return CommandReply.Refusal(SurveyTexts.NotSummonedForBallot(SurveyCardTexts.Quarter(open.Id.Quarter)));
        }
        var state = await voting.HasVotedAsync(open.Id, member.Id, cancellationToken) ? BallotState.Recorded : BallotState.Open;
        return CardReplies.Card(BallotCard.Build(BallotView.For(cell.Name, open, state, voting.Options)));
    }
}
