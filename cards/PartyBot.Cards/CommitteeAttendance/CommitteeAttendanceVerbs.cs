namespace PartyBot.Cards.CommitteeAttendance;

/// <summary>The verbs of the assigned member's card, and the keys of their data (untrusted: the bot checks them again).</summary>
public static class CommitteeAttendanceVerbs
{
    /// <summary>"Xác nhận dự" (data: quarter, unitId, meetingId, round).</summary>
    public const string Confirm = "committee.confirm";

    /// <summary>"Không dự được" (data: quarter, unitId, meetingId, round; input <see cref="ReasonInput"/>).</summary>
    public const string Decline = "committee.decline";

    /// <summary>"Đã dự", from the meeting's start (data as above; input <see cref="NoteInput"/>, the ý kiến chỉ đạo).</summary>
    public const string Attended = "committee.attended";

    /// <summary>"Không dự được" after the meeting (data as above; input <see cref="NoteInput"/>, why not).</summary>
    public const string Missed = "committee.missed";

    /// <summary>"Làm mới": the card as it stands now (after the start, with the buttons to record the outcome).</summary>
    public const string View = "committee.view";

    /// <summary>"Trang trước / Trang sau" on "lịch dự họp" (data: page).</summary>
    public const string MinePage = "committee.mine.page";

    /// <summary>"Xóa" beside a declared absence on "lịch bận" (data: from, to as yyyy-MM-dd; the caller's own period only).</summary>
    public const string RemoveUnavailability = "committee.unavailable.remove";

    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string QuarterKey = "quarter";
    public const string UnitIdKey = "unitId";
    public const string MeetingIdKey = "meetingId";
    public const string RoundKey = "round";
    public const string ReasonInput = "declineReason";
    public const string NoteInput = "recordNote";
}
