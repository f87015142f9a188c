using PartyBot.Bot.Commands;
using PartyBot.Bot.Conversations;
using PartyBot.Bot.Meetings;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.CalendarFeeds;
using PartyBot.Core.CalendarFeeds;

namespace PartyBot.Bot.CalendarFeeds;

/// <summary>
/// "lịch của tôi trên Outlook [đổi]": the member's secret calendar link, made the first time (or with "đổi"); after
/// that the card says a link exists and offers a new one, since only the token's hash is kept. Typed in a group chat or
/// a channel, the answer goes to the asker alone.
/// </summary>
public sealed class CalendarFeedCommand(CalendarFeedService feeds) : ICommandHandler
{
    private static readonly string[] RenewWords = ["đổi", "doi", "mới", "moi"];

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var member = context.Member.Member;
        var renew = RenewWords.Contains(context.Arguments.Trim().ToLowerInvariant(), StringComparer.Ordinal);
        var hasLink = await feeds.HasLinkAsync(member, cancellationToken);
        var view = hasLink && !renew
            ? new CalendarFeedView(null)
            : new CalendarFeedView(await feeds.NewLinkAsync(member, cancellationToken), Renewed: hasLink);
        await context.ReplyAsync(new CommandReply(CardReplies.Card(CalendarFeedCard.Build(view)), AskerOnly: true), cancellationToken);
    }
}

/// <summary>"Xác nhận cấp liên kết mới" (calendarfeed.renew): a new link for the caller; the old one stops working. Only in the personal chat.</summary>
public sealed class RenewCalendarFeedAction(CalendarFeedService feeds) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        if (ConversationRecorder.ConversationTypeOf(context.Turn.Activity) != ConversationTypes.Personal)
        {
            return AdaptiveCardInvokeResponse.Error(403, "PersonalOnly", CalendarFeedBotTexts.PersonalOnly);
        }
        var link = await feeds.NewLinkAsync(context.Member.Member, cancellationToken);
        return MeetingAnswers.Card(CalendarFeedCard.Build(new CalendarFeedView(link, Renewed: true)));
    }
}

internal static class CalendarFeedBotTexts
{
    public const string PersonalOnly = "Liên kết lịch là riêng của đồng chí: xin gõ “lịch của tôi trên Outlook” trong cuộc trò chuyện riêng với PartyBot.";
}
