using Microsoft.Extensions.Options;
using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.Core.Calendar;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Jobs.CommitteeAttendance;

namespace PartyBot.Bot.CommitteeAttendance;

/// <summary>
/// "bận &lt;từ ngày&gt; &lt;đến ngày&gt; [lý do]": a committee member declares a period he or she cannot attend; the
/// assignment job then runs, so a pending assignment in it goes to someone else. Bad input changes nothing. Without
/// arguments it lists the periods declared, as "lịch bận" does.
/// </summary>
public sealed partial class UnavailableCommand(
    UnavailabilityStore store,
    CommitteeViewScreens screens,
    AssignmentTrigger trigger,
    IOptions<CommitteeAttendanceOptions> options,
    TimeProvider time,
    ILogger<UnavailableCommand> logger) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var member = context.Member.Member;
        if (member.Committee is null)
        {
            await context.ReplyAsync(CommandReply.Refusal(UnavailabilityTexts.NotCommitteeMember), cancellationToken);
            return;
        }
        if (string.IsNullOrWhiteSpace(context.Arguments))
        {
            await context.ReplyAsync(CardReplies.Card(await screens.BusyAsync(context.Member, cancellationToken)), cancellationToken);
            return;
        }
        var today = DateOnly.FromDateTime(VietnamTime.Now(time).DateTime);
        var (period, error) = UnavailabilityRequest.Parse(member.Id, context.Arguments, today, options.Value.MaxUnavailabilityDays);
        if (period is null)
        {
            await context.ReplyAsync(CommandReply.Refusal(error!), cancellationToken);
            return;
        }
        await store.SaveAsync(period, cancellationToken);
        try
        {
            await trigger.TriggerAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTriggerFailed(logger, ex, member.Id);
        }
        await context.ReplyAsync(CardReplies.Text(UnavailabilityTexts.Saved(period)), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting the assignment job after member {MemberId} declared an absence failed; its next scheduled run takes the absence into account")]
    private static partial void LogTriggerFailed(ILogger logger, Exception exception, string memberId);
}
