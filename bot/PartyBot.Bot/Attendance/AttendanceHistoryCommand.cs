using PartyBot.Bot.Commands;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// "chuyên cần [mã đảng viên | họ tên]": a member's attendance in the current year, from the closed roll calls. Without
/// an argument, the caller's own; with a code or a full name, for whoever may oversee that member's chi bộ (its
/// leaders, the committee members following it, administrators). A name is looked for only among the members the
/// caller may see; several of one name are listed with their codes.
/// </summary>
public sealed class AttendanceHistoryCommand(
    AttendanceService attendance, OrganizationStore organization, MemberNameSearch names, TimeProvider time) : IReadOnlyCommand
{
    private const int MaxCandidates = 10;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        await context.ReplyAsync(await AnswerAsync(context, cancellationToken), cancellationToken);

    private async Task<CommandReply> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var typed = context.Arguments.Trim();
        var member = caller.Member;
        if (typed.Length > 0 && !string.Equals(typed, member.Id, StringComparison.OrdinalIgnoreCase))
        {
            var (other, problem) = await FindAsync(caller, typed, cancellationToken);
            if (problem is not null)
            {
                return CommandReply.Refusal(problem);
            }
            member = other!;
        }
        var year = VietnamTime.Now(time).Year;
        var entries = await attendance.HistoryAsync(member.Id, year, cancellationToken);
        var rows = entries
            .Select(e => new AttendanceHistoryRow(caller.Tree.Find(e.UnitId)?.Name ?? e.UnitId, e.Kind, e.StartsAt, e.State, e.Reason, e.Spoke))
            .ToList();
        var unexcusedMonths = entries
            .Where(e => e.State == AttendanceState.Unexcused)
            .Select(e => VietnamTime.ToVietnam(e.StartsAt).Month)
            .Distinct()
            .Count();
        var unitName = caller.Tree.Find(member.UnitId)?.Name ?? member.UnitId;
        return CardReplies.Card(AttendanceHistoryCard.Build(new AttendanceHistoryView(member.FullName, unitName, year, rows, unexcusedMonths, attendance.Options.UnexcusedMonthsToWarn)));
    }

    /// <summary>The member a code names (if the caller may oversee it), else the one member of that name the caller may see.</summary>
    private async Task<(Member? Member, string? Problem)> FindAsync(Caller caller, string typed, CancellationToken cancellationToken)
    {
        if (await organization.FindMemberAsync(typed, cancellationToken) is { } byCode)
        {
            return caller.Permissions.CanOversee(caller.Member, byCode.UnitId) ? (byCode, null) : (null, AttendanceTexts.HistoryDenied(typed));
        }
        var named = await names.FindAsync(caller, typed, cancellationToken);
        return named.Count switch
        {
            0 => (null, AttendanceTexts.NoSuchMember(typed)),
            1 => (named[0], null),
            _ => (null, AttendanceTexts.SameName(typed, [.. named.Take(MaxCandidates).Select(m => (m.Id, caller.Tree.Find(m.UnitId)?.Name ?? m.UnitId))])),
        };
    }
}
