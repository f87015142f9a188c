using PartyBot.Bot.Commands;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// "phát biểu [mã chi bộ]": the secretary's (deputy's, an administrator's) view of who speaks in the year: per member
/// meetings attended and spoken in, and first those who attended <see cref="SpeakingOptions.SilentInARow"/> meetings or
/// more in a row without speaking. One bounded history query per member of the chi bộ.
/// </summary>
public sealed class SpeakingOverviewCommand(AttendanceService attendance, SpeakingService speaking, OrganizationStore organization, TimeProvider time) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.ReplyAsync(await AnswerAsync(context, cancellationToken), cancellationToken);

    private async Task<CommandReply> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var (unit, refusal) = LedCell.Resolve(context, SpeakingTexts.SpeakingHelp);
        if (unit is null)
        {
            return refusal!;
        }
        var year = VietnamTime.Now(time).Year;
        var rows = new List<SpeakingRow>();
        foreach (var member in (await organization.MembersOfSubtreeAsync(caller.Tree, unit.Id, cancellationToken)).InNameOrder())
        {
            var history = (await attendance.HistoryAsync(member.Id, year, cancellationToken)).Where(e => string.Equals(e.UnitId, unit.Id, StringComparison.OrdinalIgnoreCase));
            var figures = SilentStreaks.Of(member.Id, history);
            rows.Add(new SpeakingRow(member.FullName, figures.Attended, figures.Spoke, figures.SilentInARow));
        }
        return CardReplies.Card(SpeakingOverviewCard.Build(new SpeakingOverviewView(unit.Name, year, rows, speaking.Options.SilentInARow)));
    }
}
