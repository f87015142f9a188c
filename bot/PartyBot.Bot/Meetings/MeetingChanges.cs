using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using PartyBot.Bot.Organization;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.CommitteeAttendance;
using PartyBot.Jobs.Meetings;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Bot.Meetings;

/// <summary>
/// What follows a saved or cancelled meeting, all through the outbox (nothing here waits on the connector, so a card
/// click answers at once): its announced agenda card is updated in place, and an online meeting is reported 1:1 to
/// the upper committee (Hướng dẫn 03-HD/TW): the committee members who follow the chi bộ and the office. A moved or
/// cancelled meeting with an upper-level attendee assigned starts the assignment job at once, which keeps, releases or
/// reassigns the attendee and tells him or her (rather than at its next scheduled run).
/// </summary>
public sealed partial class MeetingChanges(
    MeetingPublisher publisher,
    MemberOutbox outbox,
    OrganizationStore organization,
    AssignmentStore assignments,
    AssignmentTrigger trigger,
    ILogger<MeetingChanges> logger)
{
    public const string OnlineReportKind = "online-report";

    /// <summary>
    /// An announced meeting's card (posted or still queued) is updated in place; a meeting saved inside the notice
    /// window is announced now rather than at the next scan.
    /// </summary>
    public async Task PublishChangeAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.CardConversationId is not null)
        {
            await publisher.RefreshCardAsync(meeting, cancellationToken);
        }
        else if (publisher.IsDue(meeting))
        {
            await publisher.AnnounceAsync(meeting, cancellationToken);
        }
    }

    /// <summary>
    /// After a save or a cancellation: when the meeting's time or length changed, or it was cancelled, and its assignment row
    /// (of the quarter it was in) names a member, the assignment job runs now. A failure to start it is logged, not shown:
    /// the meeting is saved, and the job's next scheduled run does the same.
    /// </summary>
    public async Task RecheckAssignmentAsync(Meeting before, Meeting after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = before.StartsAt != after.StartsAt || before.DurationMinutes != after.DurationMinutes
            || (after.Status == MeetingStatus.Cancelled && before.Status != MeetingStatus.Cancelled);
        if (!changed
            || await assignments.GetAsync(Core.CommitteeAttendance.Quarter.Of(before.StartsAt), before.UnitId, before.Id, cancellationToken) is not { MemberId: not null })
        {
            return;
        }
        try
        {
            await trigger.TriggerAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTriggerFailed(logger, ex, after.UnitId, after.Id);
        }
    }

    /// <summary>
    /// Reports the meeting when it is online and new, newly online, moved, or its link changed: once per recipient for each
    /// (start, link), under its outbox key, so a form saved twice reports once. With nobody to report to, a warning is logged.
    /// </summary>
    public async Task ReportOnlineAsync(Caller caller, Unit unit, Meeting saved, Meeting? before, CancellationToken cancellationToken)
    {
        if (saved.OnlineLink is not { } link || !unit.OnlineMeetingsApproved
            || before is not null && before.OnlineLink == link && before.StartsAt == saved.StartsAt)
        {
            return;
        }
        var recipients = await organization.UpperCommitteeOfAsync(caller.Permissions, unit.Id, cancellationToken);
        if (recipients.Count == 0)
        {
            LogNobodyToReport(logger, unit.Id, saved.Id);
            return;
        }
        var text = MeetingFormTexts.OnlineReport(unit.Name, MeetingFormTexts.At(saved.StartsAt), link.ToString());
        var tally = DeliveryTally.Empty;
        foreach (var recipient in recipients)
        {
            tally = tally.Add(await outbox.EnqueueAsync(OnlineReportKey(saved, recipient.Id), OnlineReportKind, recipient, Activity.CreateMessage(text), cancellationToken));
        }
        LogReported(logger, unit.Id, saved.Id, tally.Queued, recipients.Count);
    }

    /// <summary>"online-report/{unit}/{meeting}/{start}/{link hash}/{member}": a new start or link is reported again.</summary>
    public static string OnlineReportKey(Meeting meeting, string memberId)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var link = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(meeting.OnlineLink?.ToString() ?? "")))[..16];
        var start = meeting.StartsAt.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        return $"online-report/{meeting.UnitId}/{meeting.Id}/{start}/{link}/{memberId}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting the assignment job after meeting {UnitId}/{MeetingId} moved or was cancelled failed; its next scheduled run rechecks the assignment")]
    private static partial void LogTriggerFailed(ILogger logger, Exception exception, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Online meeting {UnitId}/{MeetingId} is reported to nobody: no committee member follows the chi bộ and no office administers it")]
    private static partial void LogNobodyToReport(ILogger logger, string unitId, string meetingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reported online meeting {UnitId}/{MeetingId}: {Queued} queued, of {Count} upper-committee recipients")]
    private static partial void LogReported(ILogger logger, string unitId, string meetingId, int queued, int count);
}
