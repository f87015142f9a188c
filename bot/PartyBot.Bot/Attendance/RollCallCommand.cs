using PartyBot.Bot.Commands;
using PartyBot.Bot.Conversations;
using PartyBot.Bot.Organization;
using PartyBot.Bot.Turns;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// "điểm danh [mã chi bộ]": the secretary (or deputy, or an administrator naming the chi bộ) opens the roll call of
/// the meeting under way or about to start. The roll-call card goes into the chi bộ's conversation, where members
/// check in; the secretary gets his or her own view (every member's line, the form to mark, the button to close)
/// here, unless this is that conversation. A closed roll call answers with its summary.
/// </summary>
public sealed class RollCallCommand(
    MeetingStore meetings,
    AttendanceService attendance,
    AttendanceAccess access,
    AttendanceScreens screens,
    RollCallPublisher publisher,
    TimeProvider time) : ICommandHandler
{
    /// <summary>A roll call not taken at the meeting may still be entered this many days after it (from the paper record).</summary>
    public const int DaysBackForLateEntry = 7;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        foreach (var reply in await AnswerAsync(context, cancellationToken))
        {
            await context.ReplyAsync(reply, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<CommandReply>> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var caller = context.Member;
        var conversationId = ConversationRecorder.ThreadRoot(context.Turn.Activity.Conversation?.Id ?? "");
        var (unit, problem) = UnitFor(caller, context.Arguments.Trim(), conversationId);
        if (unit is null)
        {
            return [CommandReply.Refusal(problem!)];
        }
        if (await MeetingToCallAsync(unit, cancellationToken) is not { } meeting)
        {
            return [CardReplies.Text(AttendanceTexts.NoMeetingToCall(unit.Name))];
        }
        var opened = await attendance.OpenRollCallAsync(meeting, caller.Member, cancellationToken);
        if (opened.Error is { } refusal)
        {
            return [CardReplies.Text(refusal)];
        }
        var rollCall = opened.Value!;
        var scope = await access.ScopeAsync(caller, unit, meeting, cancellationToken);
        if (rollCall.IsClosed)
        {
            return [CardReplies.Card(await screens.SummaryAsync(scope, rollCall, cancellationToken))];
        }
        var posted = await publisher.PostAsync(scope, rollCall, cancellationToken);
        if (posted != RollCallCardPost.NotLinked && string.Equals(unit.ConversationId, conversationId, StringComparison.Ordinal))
        {
            // The card is (or is about to be) in this conversation; Teams refreshes it into the secretary's own view.
            return posted == RollCallCardPost.Queued ? [] : [CardReplies.Text(AttendanceTexts.RollCallAlreadyPosted)];
        }
        var current = await attendance.RollCallAsync(meeting, cancellationToken) ?? rollCall;
        var mine = CardReplies.Card(await screens.RollCallAsync(scope, current, notice: null, cancellationToken));
        var note = posted switch
        {
            RollCallCardPost.NotLinked => AttendanceTexts.NotLinkedForRollCall(unit.Name),
            RollCallCardPost.Queued => AttendanceTexts.RollCallPosted(unit.Name),
            _ => AttendanceTexts.RollCallOpenIn(unit.Name),
        };
        return [CardReplies.Text(note), mine];
    }

    /// <summary>The chi bộ named, else the one whose conversation this is, else the caller's own; only for who may manage it.</summary>
    private static (Unit? Unit, string? Problem) UnitFor(Caller caller, string code, string conversationId)
    {
        var tree = caller.Tree;
        var unit = code.Length > 0 ? tree.Find(code)
            : tree.Units.FirstOrDefault(u => u.IsCell && string.Equals(u.ConversationId, conversationId, StringComparison.Ordinal))
              ?? tree.SelfAndAncestors(caller.Member.UnitId).FirstOrDefault(u => u.IsCell);
        if (unit is null)
        {
            return (null, code.Length > 0 ? MeetingFormTexts.UnknownUnit(code) : AttendanceTexts.RollCallCommandUsage);
        }
        if (!unit.IsCell)
        {
            return (null, MeetingFormTexts.NotACell(unit.Name));
        }
        return caller.Permissions.CanManage(caller.Member, unit.Id) ? (unit, null) : (null, AttendanceTexts.OnlyLeaders);
    }

    /// <summary>
    /// The meeting to call: among the chi bộ's meetings that are not cancelled and start between
    /// <see cref="DaysBackForLateEntry"/> days ago and the time the roll call may open, the one with an open roll call,
    /// else the latest (a closed one answers with its summary).
    /// </summary>
    private async Task<Meeting?> MeetingToCallAsync(Unit unit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = (await meetings.ListForUnitAsync(
                unit.Id, now.AddDays(-DaysBackForLateEntry), now.AddMinutes(attendance.Options.RollCallOpensMinutesBefore + 1), cancellationToken))
            .Where(m => m.Status != MeetingStatus.Cancelled)
            .OrderByDescending(m => m.StartsAt)
            .ToList();
        foreach (var meeting in candidates)
        {
            if (await attendance.RollCallAsync(meeting, cancellationToken) is { IsClosed: false })
            {
                return meeting;
            }
        }
        return candidates.FirstOrDefault();
    }
}
