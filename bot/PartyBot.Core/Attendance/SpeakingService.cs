using Microsoft.Extensions.Options;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Organization;

namespace PartyBot.Core.Attendance;

/// <summary>What the meeting knows of who spoke: the ticks and the thư ký, and whether they can still be corrected.</summary>
public sealed record SpeakingRecord(IReadOnlySet<string> Spoke, SpeakerTick? Clerk, DateTimeOffset CorrectableUntil, bool Correctable)
{
    public bool IsClerk(string memberId) => Clerk is { } clerk && string.Equals(clerk.MemberId, memberId, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Who spoke (phát biểu), stored with the meeting like the marks (logged, one row per member): ticked by the secretary or
/// the thư ký he or she names, from the roll call's opening until <see cref="SpeakingOptions.CorrectableHoursAfterEnd"/>
/// after the end. A member counts as having spoken only when present. The caller has checked who may act.
/// </summary>
public sealed class SpeakingService(
    AttendanceStore attendance, RollCallStore rollCalls, AttendanceHistoryStore history, IOptions<SpeakingOptions> options, TimeProvider time)
{
    public SpeakingOptions Options => options.Value;

    public async Task<SpeakingRecord> RecordAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var spoke = (await attendance.SpeakersAsync(meeting.UnitId, meeting.Id, cancellationToken)).Select(t => t.MemberId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var clerk = await attendance.ClerkAsync(meeting.UnitId, meeting.Id, cancellationToken);
        var until = CorrectableUntil(meeting);
        return new SpeakingRecord(spoke, clerk, until, time.GetUtcNow() <= until);
    }

    public DateTimeOffset CorrectableUntil(Meeting meeting) => meeting.EndsAt.AddHours(Options.CorrectableHoursAfterEnd);

    /// <summary>
    /// Sets who spoke among <paramref name="shown"/> (the members the form listed): those in <paramref name="ticked"/>
    /// spoke, the others not. Every id must be a summoned member; a ticked one must not be recorded absent. All or nothing.
    /// </summary>
    public async Task<AttendanceResult<int>> SetSpeakersAsync(
        Meeting meeting, IReadOnlyList<Member> members, IReadOnlyCollection<string> shown, IReadOnlyCollection<string> ticked, Member by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(ticked);
        ArgumentNullException.ThrowIfNull(by);
        var rollCall = await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        var day = DateOnly.FromDateTime(VietnamTime.ToVietnam(meeting.StartsAt).DateTime);
        var byId = members.Where(m => m.IsSummonedOn(day)).ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var refusal = Refusal(meeting, rollCall)
            ?? (shown.Concat(ticked).Any(id => !byId.ContainsKey(id)) || ticked.Any(id => !shown.Contains(id, StringComparer.OrdinalIgnoreCase)) ? SpeakingTexts.UnknownSpeaker : null);
        var entries = (await attendance.ListAsync(meeting.UnitId, meeting.Id, cancellationToken)).ToDictionary(e => e.MemberId, StringComparer.OrdinalIgnoreCase);
        var absent = ticked.Select(id => byId.GetValueOrDefault(id)).FirstOrDefault(m => m is not null && !MayHaveSpoken(rollCall, entries, m.Id));
        refusal ??= absent is not null ? SpeakingTexts.NotPresent(absent.FullName) : null;
        if (refusal is not null)
        {
            return AttendanceResult.Refused<int>(refusal);
        }
        var changed = new List<string>();
        foreach (var id in shown.Select(id => byId[id].Id).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await attendance.SetSpokeAsync(meeting.UnitId, meeting.Id, id, ticked.Contains(id, StringComparer.OrdinalIgnoreCase), by.Id, cancellationToken))
            {
                changed.Add(id);
            }
        }
        var spoke = (await attendance.SpeakersAsync(meeting.UnitId, meeting.Id, cancellationToken)).Select(t => t.MemberId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Closed: the history already holds the meeting; rewrite the lines that changed. Still open: the close writes them.
        if (changed.Count > 0 && (await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken))?.Record is { } record)
        {
            var changedSet = changed.ToHashSet(StringComparer.OrdinalIgnoreCase);
            await history.SaveAsync(AttendanceService.HistoryOf(meeting, record, spoke).Where(e => changedSet.Contains(e.MemberId)), cancellationToken);
        }
        return AttendanceResult.Ok(spoke.Count);
    }

    /// <summary>Names the meeting's thư ký: a summoned member of the chi bộ.</summary>
    public async Task<AttendanceResult<Member>> NameClerkAsync(Meeting meeting, Member clerk, Member by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(clerk);
        ArgumentNullException.ThrowIfNull(by);
        var rollCall = await rollCalls.GetAsync(meeting.UnitId, meeting.Id, cancellationToken);
        var refusal = Refusal(meeting, rollCall)
            ?? (!clerk.IsSummonedOn(DateOnly.FromDateTime(VietnamTime.ToVietnam(meeting.StartsAt).DateTime)) ? SpeakingTexts.ClerkNotSummoned(clerk.FullName) : null);
        if (refusal is not null)
        {
            return AttendanceResult.Refused<Member>(refusal);
        }
        await attendance.NameClerkAsync(meeting.UnitId, meeting.Id, clerk.Id, by.Id, cancellationToken);
        return AttendanceResult.Ok(clerk);
    }

    private string? Refusal(Meeting meeting, RollCall? rollCall) =>
        meeting.Status == MeetingStatus.Cancelled ? AttendanceTexts.MeetingCancelled
        : rollCall is null ? AttendanceTexts.RollCallNotOpen
        : time.GetUtcNow() > CorrectableUntil(meeting) ? SpeakingTexts.RecordClosed(VietnamTime.Format(CorrectableUntil(meeting)))
        : null;

    /// <summary>Present in the record once closed; until then anyone not (yet) recorded absent.</summary>
    private static bool MayHaveSpoken(RollCall? rollCall, Dictionary<string, AttendanceEntry> entries, string memberId) =>
        rollCall?.Record is { } record
            ? record.Lines.Any(l => string.Equals(l.MemberId, memberId, StringComparison.OrdinalIgnoreCase) && l.State == AttendanceState.Present)
            : entries.GetValueOrDefault(memberId)?.Current.State is not (AttendanceState.Excused or AttendanceState.Unexcused);
}
