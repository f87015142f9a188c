using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// "chuyên cần [mã đảng viên]": a member's attendance in the current year, from the closed roll calls. Without a code,
/// the caller's own; with one, for whoever may oversee that member's chi bộ (its leaders, the committee members
/// following it, administrators).
/// </summary>
public sealed class AttendanceHistoryCommand(AttendanceService attendance, OrganizationStore organization, TimeProvider time) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.Turn.SendActivityAsync(await AnswerAsync(context, cancellationToken), cancellationToken);

    private async Task<Activity> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var code = context.Arguments.Trim();
        var member = caller.Member;
        if (code.Length > 0 && !string.Equals(code, member.Id, StringComparison.OrdinalIgnoreCase))
        {
            if (await organization.FindMemberAsync(code, cancellationToken) is not { } other)
            {
                return CardReplies.Text(AttendanceTexts.UnknownMemberId(code));
            }
            if (!caller.Permissions.CanOversee(caller.Member, other.UnitId))
            {
                return CardReplies.Text(AttendanceTexts.HistoryDenied(code));
            }
            member = other;
        }
        var year = VietnamTime.Now(time).Year;
        var entries = await attendance.HistoryAsync(member.Id, year, cancellationToken);
        var rows = entries
            .Select(e => new AttendanceHistoryRow(caller.Tree.Find(e.UnitId)?.Name ?? e.UnitId, e.Kind, e.StartsAt, e.State, e.Reason))
            .ToList();
        var unexcusedMonths = entries
            .Where(e => e.State == AttendanceState.Unexcused)
            .Select(e => VietnamTime.ToVietnam(e.StartsAt).Month)
            .Distinct()
            .Count();
        var unitName = caller.Tree.Find(member.UnitId)?.Name ?? member.UnitId;
        return CardReplies.Card(AttendanceHistoryCard.Build(new AttendanceHistoryView(member.FullName, unitName, year, rows, unexcusedMonths, attendance.Options.UnexcusedMonthsToWarn)));
    }
}
