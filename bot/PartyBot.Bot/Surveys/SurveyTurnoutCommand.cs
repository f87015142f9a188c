using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.Cards.Surveys;
using PartyBot.Core.Calendar;
using PartyBot.Core.Surveys;

namespace PartyBot.Bot.Surveys;

/// <summary>
/// "khảo sát [mã chi bộ]": the turnout of the chi bộ's survey this quarter (or the last quarter's, when this one has none
/// yet), for whoever may oversee the chi bộ; the result once closed. Counts only: the receipts tell no one who voted.
/// </summary>
public sealed class SurveyTurnoutCommand(SurveyStore surveys, TimeProvider time) : IReadOnlyCommand
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.ReplyAsync(await AnswerAsync(context, cancellationToken), cancellationToken);
    }

    private async Task<CommandReply> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var typed = context.Arguments.Trim();
        var unitId = typed.Length > 0 ? typed : caller.Member.UnitId;
        if (caller.Tree.Find(unitId) is not { IsCell: true } cell)
        {
            return CommandReply.Refusal(SurveyTexts.UnknownCell(Core.TypedText.Echo(typed)));
        }
        if (!caller.Permissions.CanOversee(caller.Member, cell.Id))
        {
            return CommandReply.Refusal(SurveyTexts.TurnoutDenied);
        }
        var quarter = Quarter.Of(DateOnly.FromDateTime(VietnamTime.Now(time).DateTime));
        var survey = await surveys.GetAsync(new SurveyId(cell.Id, quarter), cancellationToken)
            ?? await surveys.GetAsync(new SurveyId(cell.Id, quarter.Previous), cancellationToken);
        if (survey is null)
        {
            return CardReplies.Text(SurveyTexts.NoSurvey(cell.Name, SurveyCardTexts.Quarter(quarter)));
        }
        var label = SurveyCardTexts.Quarter(survey.Id.Quarter);
        if (survey.Result is { } result)
        {
            var outcome = result is { Rated: true, Score: { } score, Band: { } band }
                ? $"{SurveyCardTexts.Score(score)}, xếp loại {SurveyCardTexts.Band(band)}"
                : "chưa đủ số phiếu tối thiểu nên chưa xếp loại";
            return CardReplies.Text(SurveyTexts.ClosedTurnout(cell.Name, label, result.Ballots, result.Summoned, Percent(result.TurnoutPercent), outcome));
        }
        var ballots = await surveys.CountBallotsAsync(survey.Id, cancellationToken);
        var summoned = survey.Summoned.Count;
        return CardReplies.Text(SurveyTexts.Turnout(
            cell.Name, label, ballots, summoned, Percent(summoned == 0 ? 0 : 100.0 * ballots / summoned), SurveyCardTexts.At(survey.ClosesAt)));
    }

    private static string Percent(double percent) => SurveyCardTexts.Number(percent) + " %";
}
