using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Attendance;

/// <summary>Placeholder: being written.</summary>
public static class AttendanceHistoryCard
{
    public static AdaptiveCard Build(AttendanceHistoryView view) => throw new NotImplementedException();
}
