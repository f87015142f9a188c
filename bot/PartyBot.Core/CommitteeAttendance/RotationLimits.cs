namespace PartyBot.Core.CommitteeAttendance;

public static class RotationLimits
{
    /// <summary>The longest reason for declining an assignment or declaring an absence, in characters.</summary>
    public const int DeclineReasonMaxLength = 200;
}
