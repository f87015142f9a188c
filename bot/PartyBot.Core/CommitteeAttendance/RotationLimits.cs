namespace PartyBot.Core.CommitteeAttendance;

public static class RotationLimits
{
    /// <summary>The longest reason for declining an assignment or declaring an absence, in characters.</summary>
    public const int DeclineReasonMaxLength = 200;

    /// <summary>The longest note recorded after the meeting (the ý kiến chỉ đạo, or why the member did not attend), in characters.</summary>
    public const int RecordNoteMaxLength = 500;
}
