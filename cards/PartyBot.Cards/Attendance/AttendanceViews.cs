using PartyBot.Cards.Meetings;
using PartyBot.Core.Attendance;
using PartyBot.Core.Meetings;

namespace PartyBot.Cards.Attendance;

/// <summary>A name with a reason (an excused absence).</summary>
public sealed record NamedReason(string Name, string? Reason);

/// <summary>The viewer's own answer to the invitation.</summary>
public sealed record RsvpStatus(RsvpAnswer Answer, string? Reason = null, DateTimeOffset? AnsweredAt = null);

/// <summary>The live tally of the answers, for the secretary: who comes, who is excused and why, who has not answered.</summary>
public sealed record RsvpTally(IReadOnlyList<string> Attending, IReadOnlyList<NamedReason> Excused, IReadOnlyList<string> NoAnswer)
{
    public int Summoned => Attending.Count + Excused.Count + NoAnswer.Count;
}

/// <summary>
/// The invitation: the agenda card with the RSVP buttons ("Tham dự", "Vắng có lý do" with its reason, "Làm mới") and a
/// refresh (Universal Actions), so each viewer is shown his or her own state. The shared card posted in the chi bộ's
/// conversation has neither <see cref="Mine"/> nor <see cref="Tally"/>; a member's refreshed view has <see cref="Mine"/>,
/// the secretary's has <see cref="Tally"/> too.
/// </summary>
/// <param name="Answerable">Before the start and not cancelled: the RSVP buttons are shown.</param>
/// <param name="Notice">A line at the top for this viewer: a refusal in red, or a confirmation.</param>
/// <param name="NoticeIsError">Shows <see cref="Notice"/> as an error.</param>
/// <param name="RefreshUserIds">The Teams user ids to refresh for (at most 60), or null for everyone in a small conversation.</param>
/// <param name="ReasonMaxLength">The longest reason the form takes (<see cref="AttendanceOptions.ReasonMaxLength"/>; the server checks it again).</param>
public sealed record InvitationView(
    AgendaView Agenda,
    bool Answerable,
    RsvpStatus? Mine = null,
    RsvpTally? Tally = null,
    string? Notice = null,
    bool NoticeIsError = false,
    IReadOnlyList<string>? RefreshUserIds = null,
    int ReasonMaxLength = InvitationView.DefaultReasonMaxLength)
{
    /// <summary>The default of <see cref="AttendanceOptions.ReasonMaxLength"/>.</summary>
    public const int DefaultReasonMaxLength = 200;

    public Meeting Meeting => Agenda.Meeting;
}

/// <summary>
/// The roll call card (điểm danh), posted in the chi bộ's conversation when the secretary opens it. The shared card
/// and a member's view show the status, the counts and the "Có mặt" button while check-in is open; a member's view
/// adds his or her own line (<see cref="Mine"/>); the secretary's (<see cref="Lines"/>) every member's line, the form
/// to mark or correct one member, "mark the rest present" and "Kết thúc điểm danh". A closed roll call shows the
/// final counts and (with <see cref="Lines"/>, for everyone) the list with the check-in times, and no buttons.
/// </summary>
/// <param name="Now">The time the card is built, to tell whether check-in is open.</param>
/// <param name="SecretaryName">Who opened it, shown under the title (with <see cref="RollCall.OpenedAt"/>); null shows the time only.</param>
/// <param name="ReasonMaxLength">The longest reason the secretary's form takes (<see cref="AttendanceOptions.ReasonMaxLength"/>).</param>
/// <param name="Page">The page of the member list shown (0-based; clamped to the pages there are).</param>
/// <param name="Draft">The refused mark, to fill the form with again.</param>
/// <param name="UpperAttendee">The meeting's upper-level attendee (confirmed or checked in), shown apart from the members' counts.</param>
/// <param name="ViewerIsUpperAttendee">The card is built for that attendee: "Có mặt" is his or hers to press until checked in.</param>
public sealed record RollCallView(
    string UnitName,
    string UnitPath,
    Meeting Meeting,
    RollCall RollCall,
    AttendanceTally Tally,
    AttendanceBand Band,
    DateTimeOffset Now,
    RollCallLine? Mine = null,
    IReadOnlyList<RollCallLine>? Lines = null,
    string? Notice = null,
    bool NoticeIsError = false,
    IReadOnlyList<string>? RefreshUserIds = null,
    string? SecretaryName = null,
    int ReasonMaxLength = InvitationView.DefaultReasonMaxLength,
    int Page = 0,
    MarkDraft? Draft = null,
    UpperAttendeeStatus? UpperAttendee = null,
    bool ViewerIsUpperAttendee = false,
    SpeakingView? Speaking = null);

/// <summary>Who spoke at the meeting, as the roll-call card shows it.</summary>
/// <param name="Eligible">The members who may be ticked (summoned, not recorded absent), in name order.</param>
/// <param name="CanTick">The viewer is the secretary (deputy, administrator) or the meeting's thư ký.</param>
/// <param name="CanNameClerk">The viewer is the secretary (deputy, administrator).</param>
/// <param name="Correctable">Before <paramref name="CorrectableUntil"/>: the forms are shown.</param>
public sealed record SpeakingView(
    IReadOnlySet<string> Spoke,
    IReadOnlyList<RollCallLine> Eligible,
    string? ClerkId,
    string? ClerkName,
    bool CanTick,
    bool CanNameClerk,
    DateTimeOffset CorrectableUntil,
    bool Correctable);

/// <summary>The upper-level attendee (đại biểu cấp trên) of a roll call: the name, and when he or she checked in (null: not yet).</summary>
public sealed record UpperAttendeeStatus(string FullName, DateTimeOffset? CheckedInAt);

/// <summary>What the secretary chose in the mark form, shown again (the form open) when the mark was refused.</summary>
public sealed record MarkDraft(string? MemberId, string? State, string? Reason);

/// <summary>The record of a closed roll call, posted as a summary (the data of the biên bản).</summary>
/// <param name="ClosedByName">The secretary who closed it.</param>
public sealed record RollCallSummaryView(
    string UnitName,
    string UnitPath,
    Meeting Meeting,
    RollCallRecord Record,
    AttendanceBand Band,
    DateTimeOffset ClosedAt,
    string ClosedByName,
    UpperAttendeeStatus? UpperAttendee = null);

/// <summary>One line of a member's attendance history.</summary>
/// <param name="UnitName">The chi bộ of the meeting.</param>
public sealed record AttendanceHistoryRow(string UnitName, MeetingKind Kind, DateTimeOffset StartsAt, AttendanceState State, string? Reason = null, bool Spoke = false);

/// <summary>A member's attendance in a calendar year ("chuyên cần"), with the counts that the warnings watch.</summary>
/// <param name="UnexcusedMonths">Months of the year with an unexcused absence (three may lead to striking off).</param>
/// <param name="WarnAtMonths">The configured numbers of such months that warn (<see cref="AttendanceOptions.UnexcusedMonthsToWarn"/>): the card warns from the smallest.</param>
public sealed record AttendanceHistoryView(
    string MemberName, string UnitName, int Year, IReadOnlyList<AttendanceHistoryRow> Rows, int UnexcusedMonths, IReadOnlyList<int> WarnAtMonths)
{
    /// <summary>The number of unexcused months from which the card shows a warning.</summary>
    public int WarnFrom => WarnAtMonths.Count > 0 ? WarnAtMonths.Min() : AttendanceCardTexts.StrikeOffMonths;
}
