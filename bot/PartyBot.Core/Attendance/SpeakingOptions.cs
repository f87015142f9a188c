using System.ComponentModel.DataAnnotations;

namespace PartyBot.Core.Attendance;

/// <summary>Who spoke at a meeting (section "Speaking"): how long the ticks stay correctable, when silence is flagged.</summary>
public sealed class SpeakingOptions
{
    public const string Section = "Speaking";

    /// <summary>
    /// The record of who spoke closes this many hours after the meeting's end (the minutes are due to the upper
    /// committee within 2 days); until then the secretary or the thư ký ticks and corrects.
    /// </summary>
    [Range(1, 720)]
    public int CorrectableHoursAfterEnd { get; set; } = 48;

    /// <summary>The secretary sees the members who attended this many meetings in a row without speaking.</summary>
    [Range(2, 24)]
    public int SilentInARow { get; set; } = 3;
}
