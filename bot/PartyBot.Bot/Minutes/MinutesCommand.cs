using Microsoft.Extensions.Options;
using PartyBot.Bot.Attendance;
using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Cards.Minutes;
using PartyBot.Core.Attendance;
using PartyBot.Core.Downloads;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Minutes;

/// <summary>Makes the draft's link for a leader of the chi bộ: signed for him or her, expiring; the file is made (and the right checked again) when opened.</summary>
public sealed class MinutesLinks(DownloadLinks links)
{
    public Cards.AdaptiveCards.AdaptiveCard Card(Caller caller, Unit unit, Meeting meeting)
    {
        var link = links.Create(MinutesSource.KindName, caller.Member.Id, MinutesSource.Parameters(meeting));
        return MinutesLinkCard.Build(new MinutesLinkView(unit.Name, meeting, link, links.ExpiryOfNewLink));
    }
}

/// <summary>
/// "biên bản [mã chi bộ]": the secretary, deputy or an administrator gets the draft of the chi bộ's latest meeting whose
/// roll call is closed (within <see cref="MinutesOptions.DaysBack"/> days), as a card with the download link, for the
/// asker alone (typed in a group chat, it goes 1:1).
/// </summary>
public sealed class MinutesCommand(MeetingStore meetings, AttendanceService attendance, MinutesLinks links, IOptions<MinutesOptions> options, TimeProvider time) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.ReplyAsync(await AnswerAsync(context, cancellationToken), cancellationToken);

    private async Task<CommandReply> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var (unit, refusal) = LedCell.Resolve(context, MinutesWords.Help);
        if (unit is null)
        {
            return refusal!;
        }
        var now = time.GetUtcNow();
        var held = (await meetings.ListForUnitAsync(unit.Id, now.AddDays(-options.Value.DaysBack), now.AddMinutes(1), cancellationToken))
            .Where(m => m.Status != MeetingStatus.Cancelled)
            .OrderByDescending(m => m.StartsAt);
        foreach (var meeting in held)
        {
            if (await attendance.RollCallAsync(meeting, cancellationToken) is { IsClosed: true })
            {
                return new CommandReply(CardReplies.Card(links.Card(caller, unit, meeting)), AskerOnly: true);
            }
        }
        return CommandReply.Refusal(MinutesWords.NoClosedMeeting(unit.Name));
    }
}

/// <summary>
/// "Biên bản (bản nháp)" on the roll-call summary (minutes.link): the leader who clicks gets the link in the card that
/// answers the invoke, which Teams shows to the clicker alone. The payload's ids are re-checked; a plain member is refused.
/// </summary>
public sealed class MinutesLinkAction(AttendanceAccess access, AttendanceService attendance, MinutesLinks links) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var (scope, error) = await access.CheckAsync(context, AttendanceActor.Manager, cancellationToken);
        if (error is not null)
        {
            return error;
        }
        return await attendance.RollCallAsync(scope!.Meeting, cancellationToken) is { IsClosed: true }
            ? MeetingAnswers.Card(links.Card(scope.Caller, scope.Unit, scope.Meeting))
            : AdaptiveCardInvokeResponse.Error(409, "RollCallNotClosed", MinutesWords.RollCallNotClosed);
    }
}
