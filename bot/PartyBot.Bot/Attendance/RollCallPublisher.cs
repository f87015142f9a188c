using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;
using PartyBot.Bot.Turns;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Conversations;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;
using PartyBot.Jobs.Messaging;

namespace PartyBot.Bot.Attendance;

/// <summary>
/// What the chi bộ's conversation sees of a roll call: the roll-call card posted once when it opens, marked closed in
/// place when it closes, then the summary card (once); and the secretary's 1:1 warnings about chronic absence
/// (once each). Every post is claimed under a deterministic key first. The roll call is already stored: a connector
/// failure here is logged and does not undo it.
/// </summary>
public sealed partial class RollCallPublisher(
    IConnectorClient connector,
    ConversationStore conversations,
    ClaimStore claims,
    RollCallStore rollCalls,
    AttendanceScreens screens,
    AttendanceService attendance,
    ClaimedSender sender,
    ILogger<RollCallPublisher> logger)
{
    public const string ClaimScope = "attendance";

    /// <summary>Posts the shared roll-call card into the chi bộ's conversation once. False when the chi bộ has no linked conversation.</summary>
    public async Task<bool> PostAsync(AttendanceScope scope, RollCall rollCall, CancellationToken cancellationToken)
    {
        if (rollCall.CardActivityId is not null)
        {
            return true;
        }
        if (await AddressOfAsync(scope.Unit, cancellationToken) is not { } address)
        {
            return false;
        }
        var key = $"rollcall-card/{scope.Unit.Id}/{scope.Meeting.Id}";
        if (!await claims.TryClaimAsync(ClaimScope, key, cancellationToken))
        {
            return true;
        }
        try
        {
            var card = await screens.SharedRollCallAsync(scope, rollCall, cancellationToken);
            var sent = await connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, CardReplies.Card(card), cancellationToken);
            await rollCalls.UpdateAsync(scope.Unit.Id, scope.Meeting.Id, r => r with { CardConversationId = address.ConversationId, CardActivityId = sent.Id }, cancellationToken);
            return true;
        }
        catch (ConnectorException ex)
        {
            await claims.ReleaseAsync(ClaimScope, key, CancellationToken.None);
            LogPostFailed(logger, ex, scope.Unit.Id, scope.Meeting.Id);
            return false;
        }
    }

    /// <summary>After closing (again after a repeated close, so a crash in between loses nothing): the card in place, the summary, the warnings.</summary>
    public async Task AfterCloseAsync(AttendanceScope scope, RollCall closed, CancellationToken cancellationToken)
    {
        var record = closed.Record ?? throw new InvalidOperationException("The roll call is not closed.");
        try
        {
            if (closed is { CardConversationId: { } conversationId, CardActivityId: { } activityId } &&
                await conversations.FindConversationAsync(conversationId, cancellationToken) is { } cardAddress)
            {
                var update = CardReplies.Card(await screens.SharedRollCallAsync(scope, closed, cancellationToken));
                update.Id = activityId;
                await connector.UpdateActivityAsync(cardAddress.ServiceUrl, conversationId, activityId, update, cancellationToken);
            }
            await PostSummaryOnceAsync(scope, closed, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogPostFailed(logger, ex, scope.Unit.Id, scope.Meeting.Id);
        }
        await WarnAsync(scope, record, cancellationToken);
    }

    private async Task PostSummaryOnceAsync(AttendanceScope scope, RollCall closed, CancellationToken cancellationToken)
    {
        var key = $"rollcall-summary/{scope.Unit.Id}/{scope.Meeting.Id}";
        if (await AddressOfAsync(scope.Unit, cancellationToken) is not { } address || !await claims.TryClaimAsync(ClaimScope, key, cancellationToken))
        {
            return;
        }
        try
        {
            var summary = await screens.SummaryAsync(scope, closed, cancellationToken);
            await connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, CardReplies.Card(summary), cancellationToken);
        }
        catch (ConnectorException)
        {
            await claims.ReleaseAsync(ClaimScope, key, CancellationToken.None);
            throw;
        }
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
                var key = $"absence-warning/{scope.Unit.Id}/{scope.Meeting.Id}/{warning.MemberId}/{warning.Kind}/{leader.Id}";
                await sender.SendOnceAsync(ClaimScope, key, leader, text, cancellationToken);
            }
        }
        LogWarned(logger, scope.Unit.Id, scope.Meeting.Id, warnings.Count, leaders.Count);
    }

    private async Task<ConversationAddress?> AddressOfAsync(Unit unit, CancellationToken cancellationToken) =>
        unit.ConversationId is { } linked ? await conversations.FindConversationAsync(linked, cancellationToken) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not post the roll call of meeting {UnitId}/{MeetingId} to the chi bộ's conversation")]
    private static partial void LogPostFailed(ILogger logger, Exception exception, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roll call {UnitId}/{MeetingId}: {Warnings} absence warnings for {Leaders} leaders")]
    private static partial void LogWarned(ILogger logger, string unitId, string meetingId, int warnings, int leaders);
}
