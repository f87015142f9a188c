using PartyBot.Bot.Commands;
using PartyBot.Bot.Meetings;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.CommitteeAttendance;
using PartyBot.Core.CommitteeAttendance;

namespace PartyBot.Bot.CommitteeAttendance;

/// <summary>
/// "Đã dự" / "Không dự được" on the assignment card after the meeting's start (committee.attended / committee.missed,
/// input recordNote): only the assigned member of the card's round, or the chi bộ's secretary or deputy, records it;
/// anyone else, a forged payload, a note too long or a meeting not yet started changes nothing.
/// </summary>
public abstract class RecordAttendanceAction(AssignmentRecords records, AssignmentScreens screens, bool attended) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AssignmentRef.From(context) is not { } target)
        {
            return AssignmentScreens.BadPayload();
        }
        var note = CardData.Text(context.Data, CommitteeAttendanceVerbs.NoteInput);
        var result = await records.RecordAsync(target.Quarter, target.UnitId, target.MeetingId, target.Round, context.Member.Member, attended, note, cancellationToken);
        return await screens.RecordAsync(result, context.Member.Tree, cancellationToken);
    }
}

public sealed class RecordAttendedAction(AssignmentRecords records, AssignmentScreens screens) : RecordAttendanceAction(records, screens, attended: true);

public sealed class RecordMissedAction(AssignmentRecords records, AssignmentScreens screens) : RecordAttendanceAction(records, screens, attended: false);

/// <summary>"Làm mới" (committee.view): the card as it stands now, for the assigned member of the card's round or the chi bộ's secretary or deputy only.</summary>
public sealed class ViewAssignmentAction(AssignmentStore store, AssignmentScreens screens) : ICardActionHandler
{
    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AssignmentRef.From(context) is not { } target)
        {
            return AssignmentScreens.BadPayload();
        }
        var row = await store.GetAsync(target.Quarter, target.UnitId, target.MeetingId, cancellationToken);
        var caller = context.Member.Member;
        var allowed = row is not null && row.Round == target.Round
            && (string.Equals(row.MemberId, caller.Id, StringComparison.OrdinalIgnoreCase) || AssignmentRecords.LeadsCell(caller, row.UnitId));
        return await screens.RecordAsync(new RecordResult(allowed ? RecordOutcome.AlreadyRecorded : row is null ? RecordOutcome.NotFound : RecordOutcome.NotYours, row),
            context.Member.Tree, cancellationToken);
    }
}
