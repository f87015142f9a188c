using Microsoft.Extensions.Logging;
using PartyBot.Bot.Organization;
using PartyBot.BotFramework.Connector;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging;

namespace PartyBot.Bot.Meetings;

/// <summary>
/// What follows a saved or cancelled meeting: its announced agenda card is updated in place, and an online meeting
/// is reported 1:1 to the upper-committee members who follow the chi bộ (Hướng dẫn 03-HD/TW). The change is already
/// stored; a connector failure here is logged and does not undo it.
/// </summary>
public sealed partial class MeetingChanges(
    MeetingPublisher publisher,
    DirectMessenger messenger,
    OrganizationStore organization,
    ILogger<MeetingChanges> logger)
{
    /// <summary>
    /// An announced meeting's card is updated in place; a meeting saved inside the notice window is announced now
    /// rather than at the next scan.
    /// </summary>
    public async Task PublishChangeAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        try
        {
            if (meeting.CardActivityId is not null)
            {
                await publisher.RefreshCardAsync(meeting, cancellationToken);
            }
            else if (publisher.IsDue(meeting))
            {
                await publisher.AnnounceAsync(meeting, cancellationToken);
            }
        }
        catch (ConnectorException ex)
        {
            LogRefreshFailed(logger, ex, meeting.UnitId, meeting.Id);
        }
    }

    /// <summary>Reports the meeting when it is online and new, newly online, moved, or its link changed.</summary>
    public async Task ReportOnlineAsync(Caller caller, Unit unit, Meeting saved, Meeting? before, CancellationToken cancellationToken)
    {
        if (saved.OnlineLink is not { } link || !unit.OnlineMeetingsApproved
            || before is not null && before.OnlineLink == link && before.StartsAt == saved.StartsAt)
        {
            return;
        }
        var followers = (await organization.AllMembersAsync(cancellationToken)).Where(m => caller.Permissions.Follows(m, unit.Id)).ToList();
        var text = MeetingFormTexts.OnlineReport(unit.Name, MeetingFormTexts.At(saved.StartsAt), link.ToString());
        foreach (var follower in followers)
        {
            try
            {
                await messenger.SendAsync(follower, Activity.CreateMessage(text), cancellationToken);
            }
            catch (ConnectorException ex)
            {
                LogReportFailed(logger, ex, unit.Id, saved.Id, follower.Id);
            }
        }
        LogReported(logger, unit.Id, saved.Id, followers.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the agenda card of meeting {UnitId}/{MeetingId}")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report online meeting {UnitId}/{MeetingId} to member {MemberId}")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string unitId, string meetingId, string memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reported online meeting {UnitId}/{MeetingId} to {Count} following committee members")]
    private static partial void LogReported(ILogger logger, string unitId, string meetingId, int count);
}
