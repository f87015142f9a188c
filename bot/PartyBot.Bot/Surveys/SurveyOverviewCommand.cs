using PartyBot.Bot.Commands;
using PartyBot.Bot.CommitteeAttendance;
using PartyBot.Bot.Meetings;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Surveys;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Downloads;
using PartyBot.Core.Surveys;
using Quarter = PartyBot.Core.Surveys.Quarter;

namespace PartyBot.Bot.Surveys;

/// <summary>
/// The "kết quả khảo sát" card for the caller: the office sees its administered subtrees, a committee member his or her
/// committee's (the same scope as "tình hình dự sinh hoạt"); nobody else sees anything.
/// </summary>
public sealed class SurveyOverviewScreen(SurveyOverviewService overview, DownloadLinks links)
{
    public static IReadOnlyList<string> Scope(Caller caller) => CommitteeViewScreens.ComplianceScope(caller);

    public async Task<AdaptiveCard> BuildAsync(Caller caller, Quarter quarter, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var scope = Scope(caller);
        var figures = await overview.OverviewAsync(quarter, scope, cancellationToken);
        var scopeName = string.Join(", ", scope.Select(id => caller.Tree.Find(id)?.Name ?? id));
        var csv = links.Create(SurveyOverviewDownload.KindName, caller.Member.Id, SurveyOverviewDownload.Parameters(quarter));
        return SurveyOverviewCard.Build(new SurveyOverviewView(figures, scopeName, page, csv));
    }
}

/// <summary>"kết quả khảo sát [quý]": this quarter's, or the quarter typed ("4/2026", "quý 4/2026").</summary>
public sealed class SurveyOverviewCommand(SurveyOverviewScreen screen, TimeProvider time) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SurveyOverviewScreen.Scope(context.Member).Count == 0)
        {
            await context.ReplyAsync(CommandReply.Refusal(SurveyOverviewTexts.Denied), cancellationToken);
            return;
        }
        var typed = context.Arguments.Trim();
        var quarter = Quarter.Of(time.GetUtcNow());
        if (typed.Length > 0)
        {
            if (!QuarterText.TryParse(typed, out var asked))
            {
                await context.ReplyAsync(CommandReply.Refusal(SurveyOverviewTexts.BadQuarter(typed)), cancellationToken);
                return;
            }
            quarter = new Quarter(asked.Year, asked.Number);
        }
        await context.ReplyAsync(CardReplies.Card(await screen.BuildAsync(context.Member, quarter, 0, cancellationToken)), cancellationToken);
    }
}

/// <summary>"Trang trước / Trang sau" (survey.overview.page; data quarter, page): the caller's own scope, re-checked; a forged quarter is refused.</summary>
public sealed class SurveyOverviewPageAction(SurveyOverviewScreen screen) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SurveyOverviewScreen.Scope(context.Member).Count == 0)
        {
            return AdaptiveCardInvokeResponse.Error(403, "Denied", SurveyOverviewTexts.Denied);
        }
        if (Quarter.TryParse(CardData.Trimmed(context.Data, SurveyOverviewVerbs.QuarterKey)) is not { } quarter)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadPayload", SurveyOverviewTexts.BadQuarter(CardData.Trimmed(context.Data, SurveyOverviewVerbs.QuarterKey) ?? ""));
        }
        var card = await screen.BuildAsync(context.Member, quarter, CardData.Page(context.Data), cancellationToken);
        return AdaptiveCardInvokeResponse.Card(CardJson.ToJsonElement(card));
    }
}
