using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Calendar;
using PartyBot.Core.Conversations;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Core.Storage;

namespace PartyBot.Jobs.Meetings;

/// <summary>
/// Posts a meeting's invitation (the agenda card with the RSVP buttons) into the chi bộ's linked conversation (once, under a claim) and updates that card
/// in place when the meeting changes. Scoped: it uses the transient connector client.
/// </summary>
public sealed partial class MeetingPublisher(
    IConnectorClient connector,
    MeetingStore meetings,
    ClaimStore claims,
    OrganizationStore organization,
    ConversationStore conversations,
    AgendaViews views,
    IOptions<MeetingOptions> options,
    TimeProvider time,
    ILogger<MeetingPublisher> logger)
{
    public const string ClaimScope = ThematicCheck.ClaimScope;

    public static string AnnounceKey(Meeting meeting) => $"announce/{meeting.UnitId}/{meeting.Id}";

    private static string NotLinkedKey(Meeting meeting) => $"not-linked/{meeting.UnitId}/{meeting.Id}";

    /// <summary>
    /// Every chi bộ's meetings starting from now to the end of the day <see cref="MeetingOptions.NoticeDaysBefore"/> days
    /// ahead (Vietnam time), not cancelled and not yet announced, are announced. A missed run catches up on the next.
    /// </summary>
    /// <returns>How many cards this call posted.</returns>
    public async Task<int> AnnounceDueAsync(CancellationToken cancellationToken)
    {
        var (now, until) = NoticeWindow();
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var cells = tree.Units.Where(u => u.IsCell).Select(u => u.Id);
        var due = await meetings.ListStartingAsync(cells, now, until, cancellationToken);
        var posted = 0;
        foreach (var meeting in due.Where(IsDue))
        {
            try
            {
                posted += await AnnounceAsync(meeting, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The scan's boundary: one chi bộ's failure (its claim given back) must not hold up the others.
                LogAnnounceFailed(logger, ex, meeting.UnitId, meeting.Id);
            }
        }
        return posted;
    }

    /// <summary>Planned, not yet announced, and starting within the notice window (now to the end of the day N days ahead).</summary>
    public bool IsDue(Meeting meeting)
    {
        var (now, until) = NoticeWindow();
        return meeting.Status == MeetingStatus.Planned && meeting.CardActivityId is null && meeting.StartsAt >= now && meeting.StartsAt < until;
    }

    private (DateTimeOffset Now, DateTimeOffset Until) NoticeWindow()
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(VietnamTime.ToVietnam(now).DateTime);
        return (now, RegularSlotRule.ToUtc(today.AddDays(options.Value.NoticeDaysBefore + 1), TimeOnly.MinValue));
    }

    /// <summary>
    /// Posts the agenda card into the chi bộ's linked conversation and records it on the meeting (Status = Announced).
    /// False when it was announced before (by anyone), is cancelled, or the chi bộ has no linked conversation yet.
    /// The claim is taken before sending and given back when the send fails, so a retry can send.
    /// </summary>
    public async Task<bool> AnnounceAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var key = AnnounceKey(meeting);
        if (!await claims.TryClaimAsync(ClaimScope, key, cancellationToken))
        {
            return false;
        }
        var posted = false;
        try
        {
            var current = await meetings.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
            if (current is null || current.Status == MeetingStatus.Cancelled || current.CardActivityId is not null)
            {
                // Nothing to post; keep the claim for an announced meeting, give it back otherwise.
                if (current?.CardActivityId is null)
                {
                    await claims.ReleaseAsync(ClaimScope, key, cancellationToken);
                }
                return false;
            }
            var tree = await organization.LoadTreeAsync(cancellationToken);
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
                await claims.ReleaseAsync(ClaimScope, key, cancellationToken);
                return false;
            }
            var card = await BuildCardAsync(tree, unit, current, updatedAt: null, cancellationToken);
            var sent = await connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, CardActivity(card), cancellationToken);
            posted = true;
            await meetings.UpdateAsync(current.UnitId, current.Id, m => m with
            {
                Status = m.Status == MeetingStatus.Cancelled ? MeetingStatus.Cancelled : MeetingStatus.Announced,
                CardConversationId = address.ConversationId,
                CardActivityId = sent.Id,
            }, cancellationToken);
            LogAnnounced(logger, current.UnitId, current.Id, sent.Id);
            return true;
        }
        catch (Exception) when (!posted)
        {
            // Not posted: give the claim back so the next run can post. Once posted, the claim stays (never twice).
            await claims.ReleaseAsync(ClaimScope, key, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Updates the meeting's agenda card in place (PUT on the same activity), cancelled state included; nothing when
    /// the meeting has no card yet. Pass the meeting as stored after the change.
    /// </summary>
    public async Task RefreshCardAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.CardConversationId is not { } conversationId || meeting.CardActivityId is not { } activityId)
        {
            return;
        }
        var address = await conversations.FindConversationAsync(conversationId, cancellationToken)
            ?? throw new InvalidOperationException($"The conversation of meeting {meeting.UnitId}/{meeting.Id}'s card is not stored.");
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var unit = tree.Find(meeting.UnitId) ?? throw new InvalidOperationException($"Unit {meeting.UnitId} is not in the tree.");
        var card = await BuildCardAsync(tree, unit, meeting, time.GetUtcNow(), cancellationToken);
        var activity = CardActivity(card);
        activity.Id = activityId;
        await connector.UpdateActivityAsync(address.ServiceUrl, conversationId, activityId, activity, cancellationToken);
        LogRefreshed(logger, meeting.UnitId, meeting.Id, activityId);
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced meeting {UnitId}/{MeetingId} (card {ActivityId})")]
    private static partial void LogAnnounced(ILogger logger, string unitId, string meetingId, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the card of meeting {UnitId}/{MeetingId} (card {ActivityId})")]
    private static partial void LogRefreshed(ILogger logger, string unitId, string meetingId, string? activityId);
}
