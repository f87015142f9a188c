using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Attendance;

/// <summary>Placeholder: being written.</summary>
public static class RollCallSummaryCard
{
    public static AdaptiveCard Build(RollCallSummaryView view) => throw new NotImplementedException();
}
