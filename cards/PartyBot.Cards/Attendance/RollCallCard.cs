using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Attendance;

/// <summary>Placeholder: being written.</summary>
public static class RollCallCard
{
    public static AdaptiveCard Build(RollCallView view) => throw new NotImplementedException();
}
