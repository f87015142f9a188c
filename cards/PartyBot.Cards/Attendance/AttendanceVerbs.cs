namespace PartyBot.Cards.Attendance;

/// <summary>
/// The verbs and input ids of the attendance cards' Action.Execute buttons. Data carries the unit and meeting ids
/// (<see cref="Meetings.MeetingVerbs.UnitIdKey"/>, <see cref="Meetings.MeetingVerbs.MeetingIdKey"/>); the server re-checks them.
/// </summary>
public static class AttendanceVerbs
{
    /// <summary>The invitation as this viewer should see it (the card's refresh, and the "Làm mới" button).</summary>
    public const string ViewInvitation = "attendance.view";

    /// <summary>Answer the invitation (data: answer = <see cref="Attending"/> or <see cref="Excused"/>; input <see cref="ReasonInput"/>).</summary>
    public const string Rsvp = "attendance.rsvp";

    /// <summary>The roll call as this viewer should see it (refresh and "Làm mới").</summary>
    public const string ViewRollCall = "rollcall.view";

    /// <summary>A member checks in ("Có mặt").</summary>
    public const string CheckIn = "rollcall.checkin";

    /// <summary>The secretary sets a member's state (inputs <see cref="MarkMemberInput"/>, <see cref="MarkStateInput"/>, <see cref="MarkReasonInput"/>).</summary>
    public const string Mark = "rollcall.mark";

    /// <summary>The secretary marks every member still without a state present (each logged like a mark).</summary>
    public const string MarkRest = "rollcall.markrest";

    /// <summary>The page of the roll call's member list (data, 0-based; the server clamps it).</summary>
    public const string PageKey = Common.CardPaging.PageKey;

    /// <summary>The secretary closes the roll call.</summary>
    public const string Close = "rollcall.close";

    /// <summary>The secretary or the thư ký sets who spoke among the members shown (input <see cref="SpeakersInput"/>, data <see cref="SpeakersShownKey"/>).</summary>
    public const string Speakers = "rollcall.speakers";

    /// <summary>The secretary names the meeting's thư ký (input <see cref="ClerkInput"/>).</summary>
    public const string Clerk = "rollcall.clerk";

    public const string SpeakersInput = "speakerIds";
    public const string SpeakersShownKey = "speakersShown";
    public const string ClerkInput = "clerkMemberId";

    public const string AnswerKey = "answer";
    public const string Attending = "attending";
    public const string Excused = "excused";

    public const string ReasonInput = "rsvpReason";
    public const string MarkMemberInput = "markMemberId";
    public const string MarkStateInput = "markState";
    public const string MarkReasonInput = "markReason";

    /// <summary>The values of <see cref="MarkStateInput"/>: the names of <see cref="Core.Attendance.AttendanceState"/> (Pending takes a mark back).</summary>
    public static IReadOnlyList<Core.Attendance.AttendanceState> MarkStates { get; } =
        [Core.Attendance.AttendanceState.Present, Core.Attendance.AttendanceState.Excused, Core.Attendance.AttendanceState.Unexcused, Core.Attendance.AttendanceState.Pending];
}
