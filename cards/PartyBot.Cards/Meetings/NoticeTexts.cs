using PartyBot.Core.Meetings;

namespace PartyBot.Cards.Meetings;

/// <summary>What the notice and reminder jobs tell the secretary, in Vietnamese, in one place.</summary>
public static class NoticeTexts
{
    /// <summary>To the secretary: the morning reminders that could not be delivered 1:1, and why.</summary>
    public static string UndeliveredReminders(Meeting meeting, string unitName, IReadOnlyList<string> noAddress, IReadOnlyList<string> unreachable)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(noAddress);
        ArgumentNullException.ThrowIfNull(unreachable);
        var lines = new List<string>
        {
            $"PartyBot không gửi được lời nhắc {MeetingFormat.Title(meeting).ToLowerInvariant()} của {unitName} " +
            $"({MeetingFormat.When(meeting)}) tới {noAddress.Count + unreachable.Count} đồng chí:",
        };
        if (noAddress.Count > 0)
        {
            lines.Add($"- Chưa từng nhắn tin với PartyBot: {string.Join(", ", noAddress)}.");
        }
        if (unreachable.Count > 0)
        {
            lines.Add($"- Đã chặn hoặc gỡ PartyBot: {string.Join(", ", unreachable)}.");
        }
        lines.Add("Đề nghị bí thư báo trực tiếp cho các đồng chí này.");
        return string.Join("\n\n", lines);
    }
}
