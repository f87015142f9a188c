namespace PartyBot.Cards.CommitteeAttendance;

/// <summary>The verbs of the assigned member's card, and the keys of their data (untrusted: the bot checks them again).</summary>
public static class CommitteeAttendanceVerbs
{
    /// <summary>"Xác nhận dự" (data: quarter, unitId, meetingId, round).</summary>
    public const string Confirm = "committee.confirm";

    /// <summary>"Không dự được" (data: quarter, unitId, meetingId, round; input <see cref="ReasonInput"/>).</summary>
    public const string Decline = "committee.decline";

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
}
