using System.Text.Json;
using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Schema;
using PartyBot.Bot.Turns;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Bot.Attendance;

/// <summary>What <see cref="RollCallPublisher.PostAsync"/> did with the shared roll-call card.</summary>
public enum RollCallCardPost
{
    /// <summary>The chi bộ has no linked conversation: nothing to post to.</summary>
    NotLinked,

    /// <summary>Queued now: the dispatcher posts it.</summary>
    Queued,

    /// <summary>Queued or posted before.</summary>
    AlreadyPosted,
}

/// <summary>
/// What the chi bộ's conversation sees of a roll call, all through the outbox under deterministic keys (nothing here
/// waits on the connector, so the close click answers at once): the roll-call card posted once when it opens (its
/// activity id recorded by <see cref="RollCallCardObserver"/>), replaced in place when it closes (one update row per
/// card, latest wins, sent once the card is posted), then the summary card (once); and the 1:1 warnings about chronic
/// absence to the secretary and deputies (once each).
/// </summary>
public sealed partial class RollCallPublisher(
    OutboxStore outbox,
    MemberOutbox memberOutbox,
    ConversationStore conversations,
    RollCallStore rollCalls,
    AttendanceScreens screens,
    AttendanceService attendance,
    TimeProvider time,
    ILogger<RollCallPublisher> logger)
{
    public const string CardKind = "rollcall-card";

    public const string CardUpdateKind = "rollcall-card-update";

    public const string SummaryKind = "rollcall-summary";

    public const string WarningKind = "absence-warning";

    /// <summary>"rollcall-card/{unit}/{meeting}": the row that posts the shared card.</summary>
    public static string CardKey(string unitId, string meetingId) => CardKeys.Of(CardKind, unitId, meetingId);

    /// <summary>Queues the shared roll-call card for the chi bộ's conversation once, and records that conversation on the roll call.</summary>
    public async Task<RollCallCardPost> PostAsync(AttendanceScope scope, RollCall rollCall, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(rollCall);
        if (rollCall.CardConversationId is not null || rollCall.CardActivityId is not null)
        {
            return RollCallCardPost.AlreadyPosted;
        }
        if (await AddressOfAsync(scope.Unit, cancellationToken) is not { } address)
        {
            return RollCallCardPost.NotLinked;
        }
        var card = CardReplies.Card(await screens.SharedRollCallAsync(scope, rollCall, cancellationToken));
        var (_, added) = await outbox.TryEnqueueAsync(Message(CardKey(scope.Unit.Id, scope.Meeting.Id), CardKind, address, card), cancellationToken);
        await rollCalls.UpdateAsync(scope.Unit.Id, scope.Meeting.Id, r => r with { CardConversationId = r.CardConversationId ?? address.ConversationId }, cancellationToken);
        return added ? RollCallCardPost.Queued : RollCallCardPost.AlreadyPosted;
    }

    /// <summary>After closing (again after a repeated close, so a crash in between loses nothing): the card in place, the summary, the warnings.</summary>
    public async Task AfterCloseAsync(AttendanceScope scope, RollCall closed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(closed);
        var record = closed.Record ?? throw new InvalidOperationException("The roll call is not closed.");
        await UpdateCardAsync(scope, closed, cancellationToken);
        await PostSummaryOnceAsync(scope, closed, cancellationToken);
        await WarnAsync(scope, record, cancellationToken);
    }

    private async Task UpdateCardAsync(AttendanceScope scope, RollCall closed, CancellationToken cancellationToken)
    {
        if (closed.CardConversationId is not { } conversationId || await conversations.FindConversationAsync(conversationId, cancellationToken) is not { } address)
        {
            return;
        }
        var (unitId, meetingId) = (scope.Unit.Id, scope.Meeting.Id);
        var key = CardKeys.Of(CardUpdateKind, unitId, meetingId);
        await outbox.EnqueueLatestAsync(key, async token =>
        {
            var current = await rollCalls.GetAsync(unitId, meetingId, token) ?? closed;
            var card = CardReplies.Card(await screens.SharedRollCallAsync(scope, current, token));
            return Message(key, CardUpdateKind, address, card) with { UpdateActivityId = current.CardActivityId, UpdateOfKey = CardKey(unitId, meetingId) };
        }, cancellationToken);
    }

    private async Task PostSummaryOnceAsync(AttendanceScope scope, RollCall closed, CancellationToken cancellationToken)
    {
        var key = CardKeys.Of(SummaryKind, scope.Unit.Id, scope.Meeting.Id);
        if (await AddressOfAsync(scope.Unit, cancellationToken) is not { } address || await outbox.FindAsync(key, cancellationToken) is not null)
        {
            return;
        }
        var summary = CardReplies.Card(await screens.SummaryAsync(scope, closed, cancellationToken));
        await outbox.EnqueueAsync(Message(key, SummaryKind, address, summary), cancellationToken);
    }

    /// <summary>Each warning goes 1:1 to the chi bộ's secretary and deputies, once per (meeting, member, kind, leader).</summary>
    private async Task WarnAsync(AttendanceScope scope, RollCallRecord record, CancellationToken cancellationToken)
    {
        var warnings = await attendance.WarningsAsync(scope.Meeting, record, cancellationToken);
        if (warnings.Count == 0)
        {
            return;
        }
        var leaders = scope.Members.Where(m => Permissions.IsSecretaryOf(m, scope.Unit.Id)).ToList();
        foreach (var warning in warnings)
        {
            var name = scope.FindMember(warning.MemberId)?.FullName ?? warning.MemberId;
            var text = Activity.CreateMessage(AttendanceCardTexts.AbsenceWarning(name, scope.Unit.Name, warning));
            foreach (var leader in leaders)
            {
                var key = $"{WarningKind}/{scope.Unit.Id}/{scope.Meeting.Id}/{warning.MemberId}/{warning.Kind}/{leader.Id}";
                await memberOutbox.EnqueueAsync(key, WarningKind, leader, text, cancellationToken);
            }
        }
        LogWarned(logger, scope.Unit.Id, scope.Meeting.Id, warnings.Count, leaders.Count);
    }

    private OutboxMessage Message(string key, string kind, ConversationAddress address, Activity activity) =>
        new(key, kind, new OutboxTarget(address.ServiceUrl, address.ConversationId, address.TenantId), JsonSerializer.Serialize(activity, BotJson.Options), time.GetUtcNow());

    private async Task<ConversationAddress?> AddressOfAsync(Unit unit, CancellationToken cancellationToken) =>
        unit.ConversationId is { } linked ? await conversations.FindConversationAsync(linked, cancellationToken) : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Roll call {UnitId}/{MeetingId}: {Warnings} absence warnings queued for {Leaders} leaders")]
    private static partial void LogWarned(ILogger logger, string unitId, string meetingId, int warnings, int leaders);
}
