using Microsoft.Extensions.Logging;
using PartyBot.BotFramework.Schema;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Messaging;
using PartyBot.Jobs.Messaging.Outbox;

namespace PartyBot.Jobs.Meetings;

/// <summary>
/// The morning of the day: every member summoned to a meeting today (and the upper-level attendee) gets the reminder
/// card 1:1 through the outbox, once per meeting start, under "reminder/{unit}/{meeting}/{member}/{start}" (the
/// dispatcher delivers it). Those without an address, or found unreachable by the dispatcher, are not retried; the
/// secretary is told their names once ("reminder-report/{unit}/{meeting}/{start}").
/// </summary>
public sealed partial class MeetingReminders(
    MeetingStore meetings,
    OrganizationStore organization,
    MemberOutbox outbox,
    TimeProvider time,
    ILogger<MeetingReminders> logger)
{
    public const string Kind = "reminder";

    public const string ReportKind = "reminder-report";

    public static string ReminderKey(Meeting meeting, string memberId) => $"{Kind}/{meeting.UnitId}/{meeting.Id}/{memberId}/{Start(meeting)}";

    public static string ReportKey(Meeting meeting) => $"{ReportKind}/{meeting.UnitId}/{meeting.Id}/{Start(meeting)}";

    /// <summary>Enqueues the reminders of today's meetings (Vietnam time) not yet over; safe to run again: nothing is enqueued twice.</summary>
    public async Task<DeliveryTally> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(VietnamTime.ToVietnam(now).DateTime);
        var tree = await organization.LoadTreeAsync(cancellationToken);
        var todays = (await meetings.ListDueAsync(RegularSlotRule.ToUtc(today, TimeOnly.MinValue), RegularSlotRule.ToUtc(today.AddDays(1), TimeOnly.MinValue), cancellationToken))
            .Where(m => tree.Find(m.UnitId) is { IsCell: true });
        var tally = DeliveryTally.Empty;
        foreach (var meeting in todays.Where(m => m.Status != MeetingStatus.Cancelled && m.EndsAt > now))
        {
            tally = await RemindAsync(tree, meeting, today, tally, cancellationToken);
        }
        LogRun(logger, tally.Queued, tally.NoAddress, tally.Unreachable, tally.Failed);
        return tally;
    }

    private async Task<DeliveryTally> RemindAsync(OrganizationTree tree, Meeting meeting, DateOnly today, DeliveryTally tally, CancellationToken cancellationToken)
    {
        var members = await organization.MembersOfSubtreeAsync(tree, meeting.UnitId, cancellationToken);
        var byId = members.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var recipients = members.Where(m => m.IsSummonedOn(today)).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        if (meeting.UpperAttendeeMemberId is { } upperId && !byId.ContainsKey(upperId) &&
            await organization.FindMemberAsync(upperId, cancellationToken) is { } upper)
        {
            recipients.Add(upper);
        }
        var unitName = tree.Find(meeting.UnitId)?.Name ?? meeting.UnitId;
        var preparers = meeting.Preparers.Select(id => byId.TryGetValue(id, out var m) ? m.FullName : null).OfType<string>().ToList();
        var card = MeetingReminderCard.Build(new MeetingReminderView(unitName, meeting, preparers));
        List<string> noAddress = [], unreachable = [];
        foreach (var member in recipients)
        {
            var activity = MeetingPublisher.CardActivity(card);
            var outcome = await outbox.EnqueueAsync(ReminderKey(meeting, member.Id), Kind, member, activity, cancellationToken);
            tally = tally.Add(outcome);
            (outcome switch { SendOutcome.NoAddress => noAddress, SendOutcome.Unreachable => unreachable, _ => null })?.Add(member.FullName);
        }
        if (noAddress.Count + unreachable.Count > 0 && await organization.SecretaryOfAsync(meeting.UnitId, cancellationToken) is { } secretary)
        {
            // Tell the secretary whom the bot could not remind (design.md: never retry them, tell the secretary).
            var text = NoticeTexts.UndeliveredReminders(meeting, unitName, noAddress, unreachable);
            await outbox.EnqueueAsync(ReportKey(meeting), ReportKind, secretary, Activity.CreateMessage(text), cancellationToken);
        }
        return tally;
    }

    private static string Start(Meeting meeting) => meeting.StartsAt.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting reminders: {Queued} queued, {NoAddress} without address, {Unreachable} unreachable, {Failed} failed")]
    private static partial void LogRun(ILogger logger, int queued, int noAddress, int unreachable, int failed);
}
