using Microsoft.Extensions.Options;
using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Calendar;
using PartyBot.Core.Meetings;
using PartyBot.Core.Minutes;
using PartyBot.Core.Organization;

namespace PartyBot.Bot.Minutes;

/// <summary>
/// Puts together what PartyBot knows of a held meeting into the biên bản draft: the closed roll call's record, who
/// chaired (the secretary who ran the roll call), the thư ký and who spoke, the upper-level attendee who checked in, the
/// standard order of the meeting with the month's items.
/// </summary>
public sealed class MinutesDrafts(SpeakingService speaking, OrganizationStore organization, IOptions<MinutesOptions> options)
{
    public async Task<MinutesDraft> DraftAsync(OrganizationTree tree, Unit unit, Meeting meeting, RollCall closed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(closed);
        var record = closed.Record ?? throw new InvalidOperationException("Only a closed roll call has minutes.");
        var spoken = await speaking.RecordAsync(meeting, cancellationToken);
        var names = record.Lines.ToDictionary(l => l.MemberId, l => l.FullName, StringComparer.OrdinalIgnoreCase);
        var chair = names.GetValueOrDefault(closed.OpenedBy) is { } chairName
            ? await organization.FindMemberAsync(closed.OpenedBy, cancellationToken) is { } member ? new MinutesPerson(chairName, RoleOf(member)) : new MinutesPerson(chairName)
            : new MinutesPerson((await organization.FindMemberAsync(closed.OpenedBy, cancellationToken))?.FullName ?? MinutesTexts.ShortBlank);
        var local = VietnamTime.ToVietnam(meeting.StartsAt);
        var tally = record.Tally;
        return new MinutesDraft(
            tree.Find(unit.ParentId ?? "")?.Name ?? "",
            unit.Name,
            meeting.Kind == MeetingKind.Thematic ? MinutesWords.Thematic : MinutesWords.Month(local.Month, local.Year),
            meeting.Kind == MeetingKind.Thematic ? meeting.Topic : null,
            options.Value.Locality ?? MinutesTexts.ShortBlank,
            meeting.StartsAt,
            meeting.Place ?? (meeting.IsOnline ? MeetingTexts.OnlineWords : null),
            chair,
            spoken.Clerk is { } clerk ? names.GetValueOrDefault(clerk.MemberId) ?? (await organization.FindMemberAsync(clerk.MemberId, cancellationToken))?.FullName : null,
            closed.UpperAttendee?.FullName,
            record.Lines.Count,
            tally.Summoned,
            tally.FullSummoned,
            tally.Present,
            tally.FullPresent,
            [.. record.Lines.Where(l => l.State == AttendanceState.Excused).Select(Person)],
            [.. record.Lines.Where(l => l.State == AttendanceState.Unexcused).Select(Person)],
            [.. record.Exempt.Select(Person)],
            [.. MeetingTexts.StandardAgenda.Select((title, i) => new MinutesStep(title, [.. meeting.Agenda.Where(a => a.AfterStep == i + 1).Select(a => a.Title)]))],
            [.. record.Lines.Where(l => l.State == AttendanceState.Present && spoken.Spoke.Contains(l.MemberId)).Select(l => l.FullName)],
            tally.Validity.ResolutionNeeded,
            tally.Validity.ResolutionCanPass);
    }

    private static MinutesPerson Person(RollCallLine line) => new(line.FullName, line.Reason, line.Status == MemberStatus.Probationary);

    private static string? RoleOf(Member member) =>
        member.HasRole(UnitRole.Secretary) ? MinutesWords.Secretary : member.HasRole(UnitRole.DeputySecretary) ? MinutesWords.Deputy : null;
}

/// <summary>The minutes' settings (section "Minutes").</summary>
public sealed class MinutesOptions
{
    public const string Section = "Minutes";

    /// <summary>The place of the place-and-date line, e.g. "Hà Nội" (null: a blank for the thư ký).</summary>
    [System.ComponentModel.DataAnnotations.StringLength(60)]
    public string? Locality { get; set; }

    /// <summary>"biên bản" without a meeting picks the latest closed roll call of this many days.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 366)]
    public int DaysBack { get; set; } = 45;
}

/// <summary>The words the bot adds to the draft and says about it.</summary>
public static class MinutesWords
{
    public const string Thematic = "CHUYÊN ĐỀ";
    public const string Secretary = "Bí thư chi bộ";
    public const string Deputy = "Phó Bí thư chi bộ";

    public static string Month(int month, int year) => $"THÁNG {month:D2}/{year}";

    public const string Help = "Bí thư, phó bí thư nhận bản nháp biên bản sinh hoạt (Word) của buổi đã kết thúc điểm danh, điền sẵn thành phần, điểm danh, chương trình, người phát biểu.";

    public const string Example = "biên bản";

    public static string NoClosedMeeting(string unitName) => $"{unitName} chưa có buổi sinh hoạt nào đã kết thúc điểm danh gần đây để lập biên bản.";

    public const string RollCallNotClosed = "Biên bản được lập sau khi bí thư kết thúc điểm danh.";
}
