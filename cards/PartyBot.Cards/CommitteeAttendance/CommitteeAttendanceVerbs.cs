namespace PartyBot.Cards.CommitteeAttendance;

/// <summary>The verbs of the assigned member's card, and the keys of their data (untrusted: the bot checks them again).</summary>
public static class CommitteeAttendanceVerbs
{
    /// <summary>"Xác nhận dự" (data: quarter, unitId, meetingId, round).</summary>
    public const string Confirm = "committee.confirm";

    /// <summary>"Không dự được" (data: quarter, unitId, meetingId, round; input <see cref="ReasonInput"/>).</summary>
    public const string Decline = "committee.decline";

    public const string QuarterKey = "quarter";
    public const string UnitIdKey = "unitId";
    public const string MeetingIdKey = "meetingId";
    public const string RoundKey = "round";
    public const string ReasonInput = "declineReason";
}
