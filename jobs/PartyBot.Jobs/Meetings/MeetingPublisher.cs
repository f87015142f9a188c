using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Outbox;
using PartyBot.Core.Storage;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Meetings;

/// <summary>
/// A meeting's invitation (the agenda card with the RSVP buttons) in the chi bộ's linked conversation, through the
/// outbox: announcing enqueues the card once under <see cref="InvitationKey"/> and marks the meeting announced; the
/// dispatcher posts it and <see cref="InvitationObserver"/> records its activity id. A change of the meeting replaces
/// the card in place through one row per card (<see cref="UpdateKey"/>, latest wins), which the dispatcher sends once
/// the invitation is posted. Nothing here calls the connector, so an invoke can use it.
/// </summary>
public sealed partial class MeetingPublisher(
    MeetingStore meetings,
    OutboxStore outbox,
    ClaimStore claims,
    OrganizationStore organization,
    ConversationStore conversations,
    AgendaViews views,
    IOptions<MeetingOptions> options,
    TimeProvider time,
    ILogger<MeetingPublisher> logger)
{
    public const string ClaimScope = ThematicCheck.ClaimScope;

    public const string Kind = "invitation";

    public const string UpdateKind = "invitation-update";

    /// <summary>"invitation/{unit}/{meeting}": the row that posts the card.</summary>
    public static string InvitationKey(Meeting meeting) => CardKeys.Of(Kind, meeting.UnitId, meeting.Id);

    /// <summary>"invitation-update/{unit}/{meeting}": the one row that carries the card's latest content in place.</summary>
    public static string UpdateKey(Meeting meeting) => CardKeys.Of(UpdateKind, meeting.UnitId, meeting.Id);

    private static string NotLinkedKey(Meeting meeting) => $"not-linked/{meeting.UnitId}/{meeting.Id}";

    /// <summary>
    /// Every chi bộ's meetings starting from now to the end of the day <see cref="MeetingOptions.NoticeDaysBefore"/> days
    /// ahead (Vietnam time), not cancelled and not yet announced, are announced. A missed run catches up on the next.
    /// </summary>
    /// <returns>How many cards this call enqueued.</returns>
    public async Task<int> AnnounceDueAsync(CancellationToken cancellationToken)
    {
        var (now, until) = NoticeWindow();
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var due = (await meetings.ListDueAsync(now, until, cancellationToken)).Where(m => tree.Find(m.UnitId) is { IsCell: true });
        var queued = 0;
        foreach (var meeting in due.Where(IsDue))
        {
            try
            {
                queued += await AnnounceAsync(meeting, tree, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The scan's boundary: one chi bộ's failure must not hold up the others; the next run tries again.
                LogAnnounceFailed(logger, ex, meeting.UnitId, meeting.Id);
            }
        }
        return queued;
    }

    /// <summary>Planned, not yet announced (its card not even queued), and starting within the notice window (now to the end of the day N days ahead).</summary>
    public bool IsDue(Meeting meeting)
    {
        var (now, until) = NoticeWindow();
        return meeting.Status == MeetingStatus.Planned && meeting.CardConversationId is null && meeting.StartsAt >= now && meeting.StartsAt < until;
    }

    private (DateTimeOffset Now, DateTimeOffset Until) NoticeWindow()
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(VietnamTime.ToVietnam(now).DateTime);
        return (now, RegularSlotRule.ToUtc(today.AddDays(options.Value.NoticeDaysBefore + 1), TimeOnly.MinValue));
    }

    /// <summary>
    /// Enqueues the agenda card for the chi bộ's linked conversation and records on the meeting that it is announced
    /// (Status = Announced, CardConversationId); the card's activity id follows when the dispatcher has posted it.
    /// True when this call enqueued it; false when it was announced before (by anyone), is cancelled, or the chi bộ has
    /// no linked conversation yet. Enqueuing first and recording after is safe: a crash in between is mended by the
    /// next scan, whose enqueue finds the row already there.
    /// </summary>
    public Task<bool> AnnounceAsync(Meeting meeting, CancellationToken cancellationToken) => AnnounceAsync(meeting, tree: null, cancellationToken);

    /// <param name="tree">The tree the scan has read (one read per scan, not per meeting), or null to read it.</param>
    private async Task<bool> AnnounceAsync(Meeting meeting, OrganizationTree? tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var current = await meetings.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        if (current is null || current.Status == MeetingStatus.Cancelled || current.CardConversationId is not null)
        {
            return false;
        }
        tree ??= await organization.LoadTreeAsync(cancellationToken);
        var unit = tree.Find(current.UnitId);
        var address = unit?.ConversationId is { } linked ? await conversations.FindConversationAsync(linked, cancellationToken) : null;
        if (unit is null || address is null)
        {
            // Every run (15 minutes) finds it again until the chi bộ is linked: warn once per meeting, then quietly.
            if (await claims.TryClaimAsync(ClaimScope, NotLinkedKey(current), cancellationToken))
            {
                LogNotLinked(logger, current.UnitId, current.Id);
            }
            else
            {
                LogStillNotLinked(logger, current.UnitId, current.Id);
            }
            return false;
        }
        var card = await BuildCardAsync(tree, unit, current, updatedAt: null, cancellationToken);
        var message = new OutboxMessage(InvitationKey(current), Kind, TargetOf(address), Json(CardActivity(card)), time.GetUtcNow());
        var (_, added) = await outbox.TryEnqueueAsync(message, cancellationToken);
        var recorded = await meetings.UpdateAsync(current.UnitId, current.Id, m => m with
        {
            Status = m.Status == MeetingStatus.Cancelled ? MeetingStatus.Cancelled : MeetingStatus.Announced,
            CardConversationId = address.ConversationId,
        }, cancellationToken);
        if (recorded?.Status == MeetingStatus.Cancelled)
        {
            // Cancelled while its card was being queued (the cancel saw no card to mark): the card says so.
            await RefreshCardAsync(recorded, cancellationToken);
        }
        if (added)
        {
            LogAnnounced(logger, current.UnitId, current.Id);
        }
        return added;
    }

    /// <summary>
    /// Replaces the meeting's agenda card in place (cancelled state included) with the meeting as stored now, through
    /// the card's one update row (latest wins: an older content never lands after a newer one); the dispatcher sends it
    /// once the invitation is posted. Nothing when the meeting was never announced.
    /// </summary>
    public async Task RefreshCardAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.CardConversationId is not { } conversationId)
        {
            return;
        }
        var address = await conversations.FindConversationAsync(conversationId, cancellationToken)
            ?? throw new InvalidOperationException($"The conversation of meeting {meeting.UnitId}/{meeting.Id}'s card is not stored.");
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var unit = tree.Find(meeting.UnitId) ?? throw new InvalidOperationException($"Unit {meeting.UnitId} is not in the tree.");
        await outbox.EnqueueLatestAsync(UpdateKey(meeting), async token =>
        {
            // Read again inside the write: the content written last is built from the newest meeting.
            var current = await meetings.GetAsync(meeting.UnitId, meeting.Id, token) ?? meeting;
            var card = await BuildCardAsync(tree, unit, current, time.GetUtcNow(), token);
            return new OutboxMessage(UpdateKey(meeting), UpdateKind, TargetOf(address), Json(CardActivity(card)), time.GetUtcNow(),
                UpdateActivityId: current.CardActivityId, UpdateOfKey: InvitationKey(meeting));
        }, cancellationToken);
        LogRefreshQueued(logger, meeting.UnitId, meeting.Id);
    }

    private static OutboxTarget TargetOf(ConversationAddress address) => new(address.ServiceUrl, address.ConversationId, address.TenantId);

    private static string Json(Activity activity) => JsonSerializer.Serialize(activity, BotJson.Options);

    private async Task<AdaptiveCard> BuildCardAsync(OrganizationTree tree, Unit unit, Meeting meeting, DateTimeOffset? updatedAt, CancellationToken cancellationToken) =>
        InvitationCard.Build(await views.SharedInvitationAsync(tree, unit, meeting, updatedAt, cancellationToken));

    internal static Activity CardActivity(AdaptiveCard card)
    {
        var activity = Activity.CreateMessage();
        activity.Attachments = [Attachment.AdaptiveCardAttachment(CardJson.ToJsonElement(card))];
        return activity;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting {UnitId}/{MeetingId} is due for its notice but the chi bộ has no linked conversation (said once per meeting; link one with \"liên kết chi bộ {UnitId}\" in its chat)")]
    private static partial void LogNotLinked(ILogger logger, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Meeting {UnitId}/{MeetingId} still waits for the chi bộ's conversation to be linked")]
    private static partial void LogStillNotLinked(ILogger logger, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Announcing meeting {UnitId}/{MeetingId} failed; the next run tries again")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced meeting {UnitId}/{MeetingId}: its card is queued")]
    private static partial void LogAnnounced(ILogger logger, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued the update of meeting {UnitId}/{MeetingId}'s card")]
    private static partial void LogRefreshQueued(ILogger logger, string unitId, string meetingId);
}
