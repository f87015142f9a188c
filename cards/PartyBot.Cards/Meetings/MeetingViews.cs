using PartyBot.Cards.AdaptiveCards;
using PartyBot.Core.Meetings;

namespace PartyBot.Cards.Meetings;

/// <summary>
/// What the agenda card (the invitation posted in the chi bộ's conversation) shows. Names are resolved by the
/// caller; the card shows only what it is given.
/// </summary>
/// <param name="UnitName">The chi bộ's name, e.g. "Chi bộ Phòng Kế hoạch – Tài chính".</param>
/// <param name="UnitPath">The chi bộ's place in the tree, shown under the title.</param>
/// <param name="PreparerNames">The members preparing the paper (đề dẫn), in the order to show.</param>
/// <param name="UpperAttendeeName">The upper-level committee member assigned to attend, once assigned and confirmed.</param>
/// <param name="UpdatedAt">When the meeting was last changed after it was announced; null for a card never changed.</param>
/// <param name="DocumentsDaysBefore">Documents are available at least this many days before (configurable; 1 by default).</param>
/// <param name="ShowDocumentsNote">False hides the documents note (e.g. a meeting without papers).</param>
/// <param name="DocumentsLink">Where the papers are, in the official channels; null for none.</param>
/// <param name="RsvpActions">
/// Hook for the RSVP buttons a later feature adds (Action.Execute with its own verbs), placed first among the
/// card's actions. A cancelled meeting shows no actions at all.
/// </param>
public sealed record AgendaView(
    string UnitName,
    string UnitPath,
    Meeting Meeting,
    IReadOnlyList<string> PreparerNames,
    string? UpperAttendeeName = null,
    DateTimeOffset? UpdatedAt = null,
    int DocumentsDaysBefore = 1,
    bool ShowDocumentsNote = true,
    Uri? DocumentsLink = null,
    IReadOnlyList<CardAction>? RsvpActions = null);

/// <summary>A member of the chi bộ the secretary can pick as a preparer: the id goes back in the input, the name is shown.</summary>
public sealed record MemberOption(string MemberId, string Name);

/// <summary>
/// The secretary's create/edit form, with the values to show (the meeting's, or what was typed when the bot
/// re-renders the form with <see cref="Errors"/>). Raw strings where the typed text may not parse.
/// </summary>
/// <param name="MeetingId">Null for a new meeting.</param>
/// <param name="Date">The meeting's day in Vietnam time.</param>
/// <param name="StartTime">The start in Vietnam time.</param>
/// <param name="MinimumMinutes">The shortest allowed length (configurable: 90, or 120 with a thematic session in the same sitting).</param>
/// <param name="OnlineApproved">The chi bộ is approved for online meetings: only then the link field is offered.</param>
/// <param name="ExtraAgendaText">The secretary's items, one per line (see <see cref="MeetingFormFields.FormatAgenda"/>).</param>
/// <param name="EarliestDate">The first day the date picker offers (today); the server checks it again.</param>
/// <param name="Errors">Validation messages from the last save, shown at the top in red.</param>
/// <param name="CreateKey">A new meeting's key, carried by "Lưu" so that saving twice creates one meeting; null for an edit.</param>
/// <param name="Held">The meeting is held (its start is past or its roll call closed): its kind, day and time are shown, not offered.</param>
public sealed record MeetingFormView(
    string UnitId,
    string UnitName,
    string? MeetingId,
    MeetingKind Kind,
    DateOnly Date,
    TimeOnly StartTime,
    int DurationMinutes,
    int MinimumMinutes,
    IReadOnlyList<MemberOption> Members,
    bool OnlineApproved,
    string? Place = null,
    string? OnlineLink = null,
    string? Topic = null,
    IReadOnlyList<string>? PreparerMemberIds = null,
    string? ExtraAgendaText = null,
    bool HolidayConfirmed = false,
    DateOnly? EarliestDate = null,
    IReadOnlyList<string>? Errors = null,
    string? CreateKey = null,
    bool Held = false)
{
    /// <summary>The form filled from a stored meeting (times converted to Vietnam time).</summary>
    public static MeetingFormView ForMeeting(
        Meeting meeting, string unitName, IReadOnlyList<MemberOption> members, int minimumMinutes, bool onlineApproved,
        DateOnly? earliestDate = null, bool holidayConfirmed = false)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var local = Core.Calendar.VietnamTime.ToVietnam(meeting.StartsAt);
        return new MeetingFormView(
            meeting.UnitId, unitName, meeting.Id, meeting.Kind, DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime),
            meeting.DurationMinutes, minimumMinutes, members, onlineApproved, meeting.Place, meeting.OnlineLink?.ToString(), meeting.Topic,
            meeting.Preparers, MeetingFormFields.FormatAgenda(meeting.Agenda), holidayConfirmed, earliestDate);
    }
}

/// <summary>
/// One line of a meeting list; <see cref="UnitName"/> is shown on a member's own "lịch" (several chi bộ). A
/// <see cref="Held"/> meeting (its start past or its roll call closed) is offered a correction of its record, never a cancel.
/// </summary>
public sealed record MeetingListRow(Meeting Meeting, string? UnitName = null, bool Held = false);

/// <summary>A list of upcoming meetings: a chi bộ's ("lịch họp", with buttons for whoever may manage it) or a member's own.</summary>
/// <param name="MonthsWithoutRegular">The months (first days) the chi bộ has no regular meeting in: told plainly, with a button to add one.</param>
public sealed record MeetingListView(
    string Title,
    string Subtitle,
    IReadOnlyList<MeetingListRow> Rows,
    string? UnitId = null,
    bool CanManage = false,
    IReadOnlyList<DateOnly>? MonthsWithoutRegular = null)
{
    /// <summary>A chi bộ's upcoming meetings; <paramref name="canManage"/> (secretary, deputy) adds the buttons; <paramref name="heldIds"/> are held.</summary>
    public static MeetingListView ForUnit(
        string unitId, string unitName, string unitPath, IReadOnlyList<Meeting> meetings, bool canManage, IReadOnlySet<string>? heldIds = null) =>
        new(MeetingTexts.ListTitleForUnit(unitName), unitPath,
            [.. meetings.Select(m => new MeetingListRow(m, Held: heldIds?.Contains(m.Id) == true))], unitId, canManage);

    /// <summary>A member's own "lịch": the meetings of every unit he or she attends or follows, with the unit named on each row; no buttons.</summary>
    public static MeetingListView ForMember(IReadOnlyList<MeetingListRow> rows) =>
        new(MeetingTexts.ListTitleForMember, MeetingTexts.ListSubtitleForMember, rows);
}

/// <summary>The morning-of-the-day reminder sent 1:1 to a summoned member (or the upper-level attendee).</summary>
public sealed record MeetingReminderView(string UnitName, Meeting Meeting, IReadOnlyList<string> PreparerNames, Uri? DocumentsLink = null);
