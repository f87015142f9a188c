using Microsoft.Extensions.Options;
using PartyBot.Core.Calendar;
using PartyBot.Core.CommitteeAttendance;
using PartyBot.Core.Downloads;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.CalendarFeeds;

/// <summary>
/// A member's calendar feed: the meetings of his or her chi bộ (cancelled ones kept as CANCELLED) and, for a committee
/// member, the meetings he or she is assigned to attend (declined ones CANCELLED). Only what the chi bộ's meeting card
/// shows everyone: kind, topic, time, place, the unit. No other member's name is in it.
/// </summary>
public sealed class CalendarFeedService(
    FeedTokenStore tokens,
    FeedSequenceStore sequences,
    OrganizationStore organization,
    OrganizationDirectory directory,
    MeetingStore meetings,
    MyAssignments assignments,
    IOptions<CalendarFeedOptions> options,
    IOptions<DownloadOptions> site,
    TimeProvider time)
{
    public CalendarFeedOptions Options => options.Value;

    public Task<bool> HasLinkAsync(Member member, CancellationToken cancellationToken) => tokens.HasTokenAsync(member.Id, cancellationToken);

    /// <summary>A new secret link for the member (the old one, if any, stops working).</summary>
    public async Task<Uri> NewLinkAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var token = await tokens.IssueAsync(member.Id, cancellationToken);
        return new Uri($"{site.Value.BaseUrl.ToString().TrimEnd('/')}/calendar/{token}.ics");
    }

    /// <summary>The feed of the token's member, or null when the token is not a member's current one (or the member is gone).</summary>
    public async Task<string?> FeedAsync(string token, CancellationToken cancellationToken)
    {
        if (await tokens.FindMemberAsync(token, cancellationToken) is not { } memberId
            || await organization.FindMemberAsync(memberId, cancellationToken) is not { } member)
        {
            return null;
        }
        var tree = await directory.TreeAsync(cancellationToken);
        var cell = tree.SelfAndAncestors(member.UnitId).FirstOrDefault(u => u.IsCell);
        var now = time.GetUtcNow();
        var events = new List<FeedEvent>();
        if (cell is not null)
        {
            foreach (var meeting in await meetings.ListForUnitAsync(cell.Id, now.AddDays(-Options.DaysBack), now.AddDays(Options.DaysAhead), cancellationToken))
            {
                events.Add(await MeetingEventAsync(meeting, cell.Name, cancellationToken));
            }
        }
        if (member.Committee is not null)
        {
            foreach (var mine in await assignments.ListAsync(member.Id, cancellationToken))
            {
                events.Add(await AssignmentEventAsync(mine, tree.Find(mine.Meeting.UnitId)?.Name ?? mine.Meeting.UnitId, member.Id, cancellationToken));
            }
        }
        return CalendarFeedBuilder.Build(FeedTexts.CalendarName(cell?.Name), events, now, Options.RefreshMinutes);
    }

    private async Task<FeedEvent> MeetingEventAsync(Meeting meeting, string unitName, CancellationToken cancellationToken)
    {
        var status = meeting.Status switch
        {
            MeetingStatus.Cancelled => FeedEventStatus.Cancelled,
            MeetingStatus.Planned => FeedEventStatus.Tentative,
            _ => FeedEventStatus.Confirmed,
        };
        var sequence = await sequences.SequenceAsync(meeting.UnitId, "m|" + meeting.Id, Fingerprint(meeting, status), cancellationToken);
        return new FeedEvent(
            $"meeting-{meeting.UnitId}-{meeting.Id}@partybot", sequence, meeting.StartsAt, meeting.EndsAt,
            FeedTexts.MeetingSummary(meeting, unitName), Where(meeting), FeedTexts.MeetingDescription(meeting, unitName), status);
    }

    private async Task<FeedEvent> AssignmentEventAsync(MyAssignment mine, string unitName, string memberId, CancellationToken cancellationToken)
    {
        var meeting = mine.Meeting;
        var status = meeting.Status == MeetingStatus.Cancelled || mine.State == MyAssignmentState.Declined ? FeedEventStatus.Cancelled
            : mine.State == MyAssignmentState.Pending ? FeedEventStatus.Tentative
            : FeedEventStatus.Confirmed;
        var sequence = await sequences.SequenceAsync(meeting.UnitId, $"a|{meeting.Id}|{memberId}", Fingerprint(meeting, status), cancellationToken);
        return new FeedEvent(
            $"assignment-{meeting.UnitId}-{meeting.Id}-{memberId}@partybot", sequence, meeting.StartsAt, meeting.EndsAt,
            FeedTexts.AssignmentSummary(unitName), Where(meeting), FeedTexts.AssignmentDescription(meeting, unitName, mine.State), status);
    }

    private static string? Where(Meeting meeting) => meeting.Place ?? (meeting.IsOnline ? FeedTexts.Online : null);

    private static string Fingerprint(Meeting meeting, FeedEventStatus status) =>
        string.Join('|', meeting.StartsAt.UtcTicks, meeting.DurationMinutes, meeting.Place, meeting.Topic, meeting.Kind, status);
}
