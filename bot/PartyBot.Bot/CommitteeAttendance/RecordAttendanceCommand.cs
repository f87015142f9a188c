using PartyBot.Bot.Commands;
using PartyBot.Bot.Turns;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.CommitteeAttendance;

/// <summary>
/// "đã dự &lt;mã chi bộ&gt; [ý kiến chỉ đạo]" / "không dự được &lt;mã chi bộ&gt; [lý do]": records the outcome of the
/// latest meeting of that chi bộ already started (this quarter or the last) that the caller was assigned to attend, or,
/// for its secretary or deputy, that has an attendee. The same rules as the card (<see cref="AssignmentRecords"/>).
/// </summary>
public abstract class RecordAttendanceCommand(AssignmentRecords records, AssignmentStore store, MeetingStore meetings, OrganizationStore organization, TimeProvider time, bool attended)
    : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.ReplyAsync(await AnswerAsync(context, cancellationToken), cancellationToken);
    }

    private async Task<CommandReply> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var text = context.Arguments.Trim();
        if (text.Length == 0)
        {
            return CommandReply.Refusal(RecordTexts.Usage);
        }
        var split = text.IndexOfAny([' ', '\t', '\n']);
        var (unitId, note) = split < 0 ? (text, null) : (text[..split], text[(split + 1)..].Trim());
        if (caller.Tree.Find(unitId) is not { IsCell: true } unit)
        {
            return CommandReply.Refusal(RecordTexts.UnknownCell(unitId));
        }
        var now = time.GetUtcNow();
        var quarter = Quarter.Of(now);
        var previous = quarter.Number == 1 ? new Quarter(quarter.Year - 1, 4) : new Quarter(quarter.Year, quarter.Number - 1);
        var member = caller.Member;
        var leads = AssignmentRecords.LeadsCell(member, unit.Id);
        var rows = new List<CommitteeAssignment>();
        foreach (var q in new[] { quarter, previous })
        {
            rows.AddRange((await store.ListQuarterAsync(q, cancellationToken)).Where(r =>
                string.Equals(r.UnitId, unit.Id, StringComparison.OrdinalIgnoreCase) && r.MemberId is not null && r.State != AssignmentState.Released
                && r.StartsAt <= now && (leads || string.Equals(r.MemberId, member.Id, StringComparison.OrdinalIgnoreCase))));
        }
        if (rows.OrderByDescending(r => r.StartsAt).FirstOrDefault() is not { } row)
        {
            return CommandReply.Refusal(RecordTexts.NothingToRecord(unit.Name));
        }
        var result = await records.RecordAsync(row.Quarter, row.UnitId, row.MeetingId, null, member, attended, note, cancellationToken);
        var meeting = await meetings.GetAsync(row.UnitId, row.MeetingId, cancellationToken);
        var label = meeting is null ? row.MeetingId : RotationTexts.MeetingLabel(meeting.Kind, meeting.StartsAt);
        return result.Outcome switch
        {
            RecordOutcome.Recorded => new CommandReply(CardReplies.Text(RecordTexts.Recorded(
                await NameOfAsync(context, result.Assignment!.MemberId!, cancellationToken), unit.Name, label, attended, result.Assignment.Note)), AskerOnly: true),
            RecordOutcome.AlreadyRecorded => CommandReply.Refusal(RecordTexts.AlreadyRecorded(attended)),
            RecordOutcome.NotYours => CommandReply.Refusal(RecordTexts.NotYours),
            RecordOutcome.NotAssigned => CommandReply.Refusal(RecordTexts.NotAssigned),
            RecordOutcome.MeetingCancelled => CommandReply.Refusal(RecordTexts.MeetingCancelled),
            RecordOutcome.TooEarly => CommandReply.Refusal(RecordTexts.TooEarly(label)),
            RecordOutcome.NoteTooLong => CommandReply.Refusal(RecordTexts.NoteTooLong),
            _ => CommandReply.Refusal(RecordTexts.NotFound),
        };
    }

    private async Task<string> NameOfAsync(CommandContext context, string memberId, CancellationToken cancellationToken) =>
        string.Equals(memberId, context.Member.Member.Id, StringComparison.OrdinalIgnoreCase) ? context.Member.Member.FullName
            : (await organization.FindMemberAsync(memberId, cancellationToken))?.FullName ?? memberId;
}

public sealed class AttendedCommand(AssignmentRecords records, AssignmentStore store, MeetingStore meetings, OrganizationStore organization, TimeProvider time)
    : RecordAttendanceCommand(records, store, meetings, organization, time, attended: true);

public sealed class MissedCommand(AssignmentRecords records, AssignmentStore store, MeetingStore meetings, OrganizationStore organization, TimeProvider time)
    : RecordAttendanceCommand(records, store, meetings, organization, time, attended: false);
