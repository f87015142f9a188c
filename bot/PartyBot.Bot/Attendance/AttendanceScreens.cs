using PartyBot.Cards.AdaptiveCards;
using PartyBot.Cards.Attendance;
using PartyBot.Core.Attendance;
using PartyBot.Core.Organization;
using PartyBot.Jobs.Meetings;

namespace PartyBot.Bot.Attendance;

/// <summary>A line for the top of a card: a confirmation, or (red) why nothing changed.</summary>
public sealed record CardNotice(string Text, bool IsError)
{
    public static CardNotice Error(string text) => new(text, true);

    public static CardNotice Done(string text) => new(text, false);
}

/// <summary>What a roll-call card shows for this viewer besides the roll call: a notice, the list's page, a refused mark.</summary>
public sealed record RollCallShown(CardNotice? Notice, int Page = 0, MarkDraft? Draft = null);

/// <summary>
/// Builds the attendance cards as a given viewer should see them: a summoned member sees his or her own answer or
/// check-in, the secretary (or an administrator) the tally and every member's line, anyone else the shared card.
/// </summary>
public sealed class AttendanceScreens(AgendaViews agendas, AttendanceService attendance, SpeakingService speaking, OrganizationStore organization, TimeProvider time)
{
    public async Task<AdaptiveCard> InvitationAsync(AttendanceScope scope, CardNotice? notice, CancellationToken cancellationToken)
    {
        var agenda = await agendas.AgendaAsync(scope.Caller.Tree, scope.Unit, scope.Meeting, scope.Members, updatedAt: null, cancellationToken);
        var entries = (await attendance.EntriesAsync(scope.Meeting, cancellationToken)).ToDictionary(e => e.MemberId, StringComparer.OrdinalIgnoreCase);
        RsvpStatus? mine = null;
        if (scope.IsSummoned)
        {
            var own = entries.GetValueOrDefault(scope.Self!.Id);
            mine = new RsvpStatus(own?.Rsvp ?? RsvpAnswer.None, own?.RsvpReason, own?.RsvpAt);
        }
        var view = new InvitationView(
            agenda, agendas.IsAnswerable(scope.Meeting), mine, scope.CanManage ? Tally(scope, entries) : null, notice?.Text, notice?.IsError ?? false,
            ReasonMaxLength: attendance.Options.ReasonMaxLength);
        return InvitationCard.Build(view);
    }

    private static RsvpTally Tally(AttendanceScope scope, Dictionary<string, AttendanceEntry> entries)
    {
        var summoned = scope.Members.Where(m => m.IsSummonedOn(scope.Day)).InNameOrder().ToList();
        RsvpAnswer AnswerOf(Member m) => entries.GetValueOrDefault(m.Id)?.Rsvp ?? RsvpAnswer.None;
        return new RsvpTally(
            [.. summoned.Where(m => AnswerOf(m) == RsvpAnswer.Attending).Select(m => m.FullName)],
            [.. summoned.Where(m => AnswerOf(m) == RsvpAnswer.Excused).Select(m => new NamedReason(m.FullName, entries[m.Id].RsvpReason))],
            [.. summoned.Where(m => AnswerOf(m) == RsvpAnswer.None).Select(m => m.FullName)]);
    }

    /// <summary>The roll call as the caller should see it: the secretary's view with every line and the form, a member's with his or her own line.</summary>
    public Task<AdaptiveCard> RollCallAsync(AttendanceScope scope, RollCall rollCall, CardNotice? notice, CancellationToken cancellationToken) =>
        RollCallAsync(scope, rollCall, new RollCallShown(notice), cancellationToken);

    /// <summary>As above, at a page of the member list, with the secretary's refused mark back in the form.</summary>
    public async Task<AdaptiveCard> RollCallAsync(AttendanceScope scope, RollCall rollCall, RollCallShown shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var lines = rollCall.Record?.Lines ?? await attendance.LinesAsync(scope.Meeting, scope.Members, cancellationToken);
        var view = View(scope.Unit, scope, rollCall, lines, await UpperAttendeeAsync(scope.Meeting, rollCall, cancellationToken)) with
        {
            ViewerIsUpperAttendee = scope.Self is null && scope.IsUpperAttendee,
            Mine = scope.Self is { } self ? lines.FirstOrDefault(l => string.Equals(l.MemberId, self.Id, StringComparison.OrdinalIgnoreCase)) : null,
            Lines = scope.CanManage || rollCall.IsClosed ? lines : null,
            Notice = shown.Notice?.Text,
            NoticeIsError = shown.Notice?.IsError ?? false,
            Page = shown.Page,
            Draft = shown.Draft,
            Speaking = await SpeakingAsync(scope, lines, forViewer: true, cancellationToken),
        };
        return RollCallCard.Build(view);
    }

    /// <summary>
    /// The roll call every member of the chi bộ's conversation sees: no one's own line, no form; once closed, the record
    /// with every member's line and check-in time (the card stays the roll call; the summary is posted beside it).
    /// </summary>
    public async Task<AdaptiveCard> SharedRollCallAsync(AttendanceScope scope, RollCall rollCall, CancellationToken cancellationToken)
    {
        var lines = rollCall.Record?.Lines ?? await attendance.LinesAsync(scope.Meeting, scope.Members, cancellationToken);
        var view = View(scope.Unit, scope, rollCall, lines, await UpperAttendeeAsync(scope.Meeting, rollCall, cancellationToken))
            with { Speaking = await SpeakingAsync(scope, lines, forViewer: false, cancellationToken) };
        return RollCallCard.Build(rollCall.IsClosed ? view with { Lines = lines } : view);
    }

    public async Task<AdaptiveCard> SummaryAsync(AttendanceScope scope, RollCall closed, CancellationToken cancellationToken)
    {
        var record = closed.Record ?? throw new InvalidOperationException("Only a closed roll call has a summary.");
        var closedBy = scope.FindMember(closed.ClosedBy)?.FullName
            ?? (closed.ClosedBy is { } id ? (await organization.FindMemberAsync(id, cancellationToken))?.FullName : null)
            ?? closed.ClosedBy ?? "";
        var view = new RollCallSummaryView(
            scope.Unit.Name, scope.Caller.Tree.PathOf(scope.Unit.Id), scope.Meeting, record, attendance.BandOf(record.Tally), closed.ClosedAt ?? time.GetUtcNow(), closedBy,
            await UpperAttendeeAsync(scope.Meeting, closed, cancellationToken));
        return RollCallSummaryCard.Build(view);
    }

    /// <summary>Who spoke and the thư ký; the forms for the secretary and the thư ký (<paramref name="forViewer"/>: the card is this caller's own).</summary>
    private async Task<SpeakingView> SpeakingAsync(AttendanceScope scope, IReadOnlyList<RollCallLine> lines, bool forViewer, CancellationToken cancellationToken)
    {
        var record = await speaking.RecordAsync(scope.Meeting, cancellationToken);
        var canTick = forViewer && (scope.CanManage || record.IsClerk(scope.Caller.Member.Id));
        return new SpeakingView(
            record.Spoke,
            [.. lines.Where(l => l.State is AttendanceState.Present or AttendanceState.Pending)],
            record.Clerk?.MemberId,
            record.Clerk is { } clerk ? lines.FirstOrDefault(l => string.Equals(l.MemberId, clerk.MemberId, StringComparison.OrdinalIgnoreCase))?.FullName ?? clerk.MemberId : null,
            canTick,
            forViewer && scope.CanManage,
            record.CorrectableUntil,
            record.Correctable);
    }

    /// <summary>Who checked in as the upper-level attendee, else the meeting's confirmed attendee (not yet checked in), else null.</summary>
    private async Task<UpperAttendeeStatus?> UpperAttendeeAsync(Core.Meetings.Meeting meeting, RollCall rollCall, CancellationToken cancellationToken) =>
        rollCall.UpperAttendee is { } checkedIn ? new UpperAttendeeStatus(checkedIn.FullName, checkedIn.At)
        : meeting.UpperAttendeeMemberId is { } id && await organization.FindMemberAsync(id, cancellationToken) is { } member ? new UpperAttendeeStatus(member.FullName, null)
        : null;

    private RollCallView View(Unit unit, AttendanceScope scope, RollCall rollCall, IReadOnlyList<RollCallLine> lines, UpperAttendeeStatus? upper)
    {
        var tally = rollCall.Record?.Tally ?? AttendanceTally.Of(lines);
        return new RollCallView(unit.Name, scope.Caller.Tree.PathOf(unit.Id), scope.Meeting, rollCall, tally, attendance.BandOf(tally), time.GetUtcNow())
        {
            UpperAttendee = upper,
            SecretaryName = scope.FindMember(rollCall.OpenedBy)?.FullName,
            ReasonMaxLength = attendance.Options.ReasonMaxLength,
        };
    }
}
